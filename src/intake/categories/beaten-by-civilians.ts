import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * A beating by unknown people, youths or villagers, out of any custody (pending reports48): "infirmier du CS de Luofu tabassé
 * par des inconnus en rentrant chez lui", "4 Pygmy women beaten by Bantu farmers at Mambasa over a field". No state agent held
 * or punished them: an attack on civilians (main corpus: r36en-047 "beaten by youths" → attack; r36fr-006 "tabassée par des
 * jeunes du quartier" → attack or ill-treatment). Mob justice too: "thief beaten by the crowd", "tabassé par la foule" (reports51). Ill-treatment stays for custody, state agents and people tied up (C22, C25).
 */

const BEATEN = /^(beaten|beat|tabasse|tabassee|tabasses|tabassees|battu|battue|battus|battues|frappe|frappee|frappes|frappees|roue|rouee|roues|bastonne|bastonnee|bastonnes|assaulted|agresse|agressee|agresses)$/;
const BY = /^(by|par)$/;
const FILL = /^(des|les|a|an|the|some|group|groupe|of|de|d|un|une|unknown|unidentified|bantu|local|angry|en|colere|la|le|l|furious|furieuse|enraged)$/;
const CIVIL_DOERS = /^(inconnus?|unknowns?|unidentified|people|persons|individus|individuals|farmers?|cultivateurs?|agriculteurs?|youths?|jeunes|voisins?|neighbou?rs?|villagers|villageois|habitants|residents|men|hommes|crowd|crowds|foule|foules|mob|mobs)$/;
const CUSTODY: readonly string[] = ['detention', 'abduct'];
const TIED = /^(tied|ligote|ligotee|ligotes|attache|attachee|attaches|lynched|lynche|lynchee)$/;

export function beatenByCiviliansFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'torture_ill_treatment' || CUSTODY.some((c) => s.has(c as never))) return ranked;
  const tokens = s.tokens;
  if (tokens.some((t) => TIED.test(t.norm))) return ranked;
  // ("des inconnus" is read as armed men elsewhere; soldiers or gunmen are not civilians)
  if (s.all('armed').some((h) => !tokens.slice(h.start, h.end).every((t) => CIVIL_DOERS.test(t.norm) || FILL.test(t.norm)))) return ranked;
  const byCivilians = tokens.some((t, i) => {
    if (!BEATEN.test(t.norm) || !BY.test(tokens[i + 1]?.norm ?? '')) return false;
    let k = i + 2;
    while (k < i + 6 && FILL.test(tokens[k]?.norm ?? '')) k++;
    return CIVIL_DOERS.test(tokens[k]?.norm ?? '') || (k > i + 2 && /^(unknown|unidentified)$/.test(tokens[k - 1]!.norm));
  });
  if (!byCivilians) return ranked;
  const attack = ranked.find((r) => r.category === 'attack_on_civilians') ?? { ...ranked[0], category: 'attack_on_civilians' as CategoryId, subType: null };
  return [attack, ...ranked.filter((r) => r !== attack)];
}
