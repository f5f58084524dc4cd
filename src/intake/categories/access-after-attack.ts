import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * Aid workers kept out AFTER an attack (reports37): "fardc denied red cross access to collect bodies after yday attack",
 * "MSF refused access to Kitchanga following yesterday's attack", "la Croix-Rouge interdite d'accès suite à l'attaque
 * d'hier": the attack named only after "after/following/suite à" is the earlier incident, the report is the access
 * denied to the humanitarians, not an attack on them. Look-alikes kept out: aid workers attacked ("red cross team
 * attacked, 1 volunteer injured"), an attack told as news beside the refusal, aid workers hurt, taken or robbed.
 */
const AFTER = /^(after|apres|following|suite|since|depuis)$/;
const LINK = /^(the|le|la|l|les|des|de|du|d|a|an|un|une|of|this|that|ce|cette|recent|recente|last|dernier|derniere|yesterday|yesterdays|yday|ystday|hier|s|au|aux|night|nuit|morning|matin|s)$/;

export function accessAfterAttackFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'attack_on_humanitarians' || !s.has('access') || !s.has('attack')) return ranked;
  if (s.has('injure') || s.has('kill') || s.has('abduct') || s.has('loot') || s.has('sexual')) return ranked;
  const t = s.tokens;
  const referred = s.all('attack').every((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
      if (AFTER.test(t[k]!.norm)) return true;
      if (t[k + 1]!.breakBefore || !LINK.test(t[k]!.norm)) return false;
    }
    return false;
  });
  if (!referred) return ranked;
  const denial = ranked.find((r) => r.category === 'access_denial');
  return [denial ?? ({ ...ranked[0], category: 'access_denial', subType: null } as unknown as R), ...ranked.filter((r) => r !== denial)];
}
