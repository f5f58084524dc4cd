import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * C21: fighting between armed sides with civilians hiding or sheltering where they are ("villagers hiding in the
 * forest", "la population terrée", "les gens réfugiés à la paroisse") and nobody hurt is the clash (movement, or the
 * attack): people who hide are not yet people who fled. People said to flee, leave, be displaced or come back, or
 * counted as displaced, keep the displacement ("1,000 fled to the centre", "500 civils abrités …, retour ce matin").
 */
const HIDE = new Set(['hiding', 'hide', 'hid', 'hidden', 'cachee', 'cachees', 'caches', 'cache', 'terree', 'terrees', 'terres', 'terre', 'refugies', 'refugiee', 'refugiees', 'refugie', 'sheltering', 'trapped', 'coinces', 'coincee', 'coincees', 'barricaded', 'barricades', 'enfermes', 'locked', 'wamejificha']);
const FLEE = /^(fled|flee|flees|fleeing|flight|fuient|fui|fuite|fuyant|fuyaient|fuir|deplaces?|deplacees?|displaced|displacement|deplacement|exode|exodus|left|leaving|quitte|quittent|quittant|vide|vidé|empty|emptied|desertee?|deserted|retour|return|returned|returning|rentrent|rentres|back|wamekimbia|wakimbizi)$/;
const HARM = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'torture', 'detention'] as const;

export function hidingInFightingFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'displacement' || !s.has('fighting') || victims.displaced !== null || HARM.some((x) => s.has(x))) return ranked;
  const t = s.tokens;
  // (the hit on the hiding word, or on the people hiding: "villagers hiding in the forest")
  const hiding = (k: number): boolean => [-4, -3, -2, -1, 0, 1, 2, 3].some((d) => HIDE.has(t[k + d]?.norm ?? ''));
  if (!s.all('displace').every((h) => hiding(h.start)) || t.some((x, k) => FLEE.test(x.norm) || refugeElsewhere(t, k))) return ranked;
  const clash = ranked.find((r) => r.category === 'armed_group_movement') ?? ranked.find((r) => r.category === 'attack_on_civilians');
  return clash ? [clash, ...ranked.filter((r) => r !== clash)] : [{ ...ranked[0]!, category: 'armed_group_movement', subType: null } as R, ...ranked.slice(1)];
}

// "la population se réfugie à Fataki", "took refuge in Bunia": refuge in another place (a name) is flight.
function refugeElsewhere(t: Signals['tokens'], k: number): boolean {
  if (!/^(refugie|refugient|refugies|refugiee|refugiees|refuge|sheltering|sheltered)$/.test(t[k]!.norm)) return false;
  const to = /^(a|au|vers|to|in|at|towards|en)$/.test(t[k + 1]?.norm ?? '') ? k + 2 : -1;
  return to > 0 && /^[A-Z]/.test(t[to]?.text ?? '');
}
