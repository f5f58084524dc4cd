import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';

/**
 * Goods or money TAKEN with a weapon pointed ("men in uniform taking gold from diggers at gunpoint", "armed men taking money
 * from traders at gunpoint", "ils prennent l'argent des passagers sous la menace des armes") is a robbery: the looting is
 * the report. C6's "a threat said with it makes it a threat" stays for money DEMANDED ("demanding 5,000 FC at gunpoint",
 * "exigent de l'argent sous la menace"), and for a threat said in words ("taking money and threatening to kill").
 */
const TAKING = /^(taking|prennent|prenaient|prenant)$/;
const WEAPON_POINTED = /^(gunpoint|poing|gun)$/;

export function robbedAtGunpoint(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (h.value.signal !== 'loot' || !TAKING.test(tokens[h.start]!.norm)) return false;
  const threats = hits.filter((x) => x.value.signal === 'threat');
  // ("at gunpoint", "arme au poing", "sous la menace des armes / d'une arme")
  const pointed = (x: SignalHit): boolean => {
    for (let j = x.start; j < x.end; j++) {
      if (WEAPON_POINTED.test(tokens[j]!.norm)) return true;
      if (tokens[j]!.norm === 'menace' && /^(des|d|de)$/.test(tokens[j + 1]?.norm ?? '') && /^(armes?|une)$/.test(tokens[j + 2]?.norm ?? '')) return true;
    }
    return false;
  };
  return threats.length > 0 && threats.every(pointed) && !hits.some((x) => x.value.signal === 'humanitarian' || x.value.signal === 'peacekeeper');
}
