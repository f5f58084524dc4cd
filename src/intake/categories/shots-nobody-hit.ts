import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * Shots with nobody hit and no clash (pending reports48): "Shots fired near Mangina market around 21h, nobody hit, pop stayed
 * indoors", "shots in air by drunk soldiers at Bunagana bar all night, pop scared", "tirs en l'air toute la nuit au marché de
 * Kiwanja, la population a peur". Nobody was harmed and no side fought another: the shooting frightened people, a threat
 * (main corpus: r12-en-050 "shots fired, nobody hit. Pop nervous" → threat; en5-069 warning shots, nobody hit → threat or attack).
 * Look-alikes kept out: shots fired on or at someone ("poachers fired on a canoe, nobody hit": an attack, r10en-047), shots to
 * disperse a crowd (categories/crowd readers), a clash or a group moving (C21 readers), any harm, theft or explosive told.
 */

const GUNFIRE = /^(de|shots?|shooting|gunfire|gunshots?|fired|fire|firing|tirs?|coups|feu|balles?|rafales?|fusillades?|detonations?|crepitements?|entendus?)$/;
const AIR = /^(air|l air)$/;
const AIMED = /^(on|at|upon|sur|towards|vers)$/;
const CROWD = /^(disperse|dispersed|dispersing|disperser|disperse\w*|crowd|crowds|foule|foules|attroupement|manifestants?|protesters?|demonstrators?|marchers)$/;
const HARMS = ['abduct', 'sexual', 'loot', 'explosive', 'fighting', 'movement', 'detention', 'torture', 'peacekeeper', 'humanitarian', 'idpSite', 'school', 'hospital'] as const;

/** True when the report's only harm word is gunfire that hit nobody, with no aim, crowd or clash said. */
function shotsNobodyHit(s: Signals, victims: Victims): boolean {
  const attacks = s.all('attack');
  if (attacks.length === 0 || HARMS.some((h) => s.has(h))) return false;
  // ("soldiers chasing thieves": shots of a pursuit are no conflict incident, constructions/everyday-kivu.ts)
  if (s.all('neutral').some((h) => h.value.subType === 'pursuit')) return false;
  const tokens = s.tokens;
  if (!attacks.every((h) => tokens.slice(h.start, h.end).every((t) => GUNFIRE.test(t.norm)))) return false;
  const inAir = tokens.some((t, i) => t.norm === 'air' && /^(in|the|l|en)$/.test(tokens[i - 1]?.norm ?? ''));
  const nobody = victims.killed === 0 && victims.injured === 0;
  // (a death or a wound word is only the "nobody hit" itself)
  if (!nobody && (!inAir || s.has('kill') || s.has('injure'))) return false;
  if (tokens.some((t) => CROWD.test(t.norm))) return false;
  // ("fired on a canoe", "tiré sur un véhicule": shots aimed at someone are an attack)
  return !attacks.some((h) => AIMED.test(tokens[h.end]?.norm ?? '') && !AIR.test(tokens[h.end + 1]?.norm ?? '') && tokens[h.end + 1]?.norm !== 'l');
}

export function shotsNobodyHitFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'attack_on_civilians' || !shotsNobodyHit(s, victims)) return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation') ?? { ...ranked[0], category: 'threat_intimidation' as CategoryId, subType: null };
  return [threat, ...ranked.filter((r) => r !== threat)];
}
