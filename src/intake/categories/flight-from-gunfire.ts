import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * People who fled gunfire only heard (pending reports48, C21: people fleeing in numbers are the displacement): "Lume: on a
 * entendu des détonations toute la nuit, bato bakimi vers Mutwanga", "heard shooting all night in Kasindi, families running
 * to Mutwanga". Shooting said to go on with people running stays the attack (main corpus, en-152, r7en-117). Nobody was harmed, so the flight is the report, not an attack on civilians.
 * Look-alikes kept out: any harm said (killed, wounded, looted, taken, raped), a named clash (C21 readers), shells or bombs
 * that fell on houses (an attack).
 */

const GUNFIRE = /^(de|shots?|shooting|gunfire|gunshots?|fired|firing|tirs?|coups|feu|rafales?|fusillades?|detonations?|crepitements?|explosions?|heard|entendus?|entendues?)$/;
const NOW = /^(now|ongoing|continue|continuent|cours|maintenant|sasa|right|urgent)$/;
const HEARD_OR_AFTER = /^(heard|entendu|entendus|entendue|entendues|after|apres|suite|following)$/;
const HARMS = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'explosive', 'detention', 'torture', 'peacekeeper', 'humanitarian', 'idpSite', 'school', 'hospital', 'threat'] as const;

export function flightFromGunfireFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'attack_on_civilians' || !s.has('displace') || HARMS.some((h) => s.has(h))) return ranked;
  const tokens = s.tokens;
  if (!s.all('attack').every((h) => tokens.slice(h.start, h.end).every((t) => GUNFIRE.test(t.norm)))) return ranked;
  // (shooting going on with people running is the attack, main corpus: "shooting ongoing in Eringeti right now, pop fleeing";
  // only gunfire heard, or the flight after it, is the displacement)
  if (s.has('underway') || tokens.some((t) => NOW.test(t.norm)) || !tokens.some((t) => HEARD_OR_AFTER.test(t.norm))) return ranked;
  const flight = ranked.find((r) => r.category === 'displacement') ?? { ...ranked[0], category: 'displacement' as CategoryId, subType: null };
  return [flight, ...ranked.filter((r) => r !== flight)];
}

/**
 * People sleeping out or fleeing over a rumoured attack (C9, main corpus r10fr-035, r18en-030): "on dit que les ADF se sont
 * infiltrés près de Mangina, rien de confirmé, bcp dorment en brousse". The attack is only said to come, the flight happened:
 * the displacement. A threat told (a group's words, a letter) keeps the threat.
 */
export function flightFromRumourFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'threat_intimidation' || !s.has('displace')) return ranked;
  if (!s.all('threat').every((h) => h.value.subType === 'rumoured_attack') || HARMS.some((h) => h !== 'threat' && s.has(h))) return ranked;
  const flight = ranked.find((r) => r.category === 'displacement');
  return flight ? [flight, ...ranked.filter((r) => r !== flight)] : ranked;
}
