import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import type { SignalHit } from '../categories/categories.js';
import type { Signal } from '../categories/keywords.js';

/**
 * Several actors, one harm (pending reports38): a side named only in a clash or an ambush on another armed side, when the
 * harm to civilians is told in a sentence of its own whose doer is another actor, did not do that harm (C4 names the
 * parties to a clash that harmed civilians; here the clash harmed nobody and the harm has its own doer):
 * "Wazalendo ambushed an M23 column on the road; M23 then searched homes and shot dead two young men" (M23 only),
 * "accrochage ADF/FARDC terminé vers Halungupa. Les ADF se sont retirés en emportant des otages" (ADF only),
 * "les FARDC ont attaqué une position CODECO; les CODECO ont ensuite enlevé 3 femmes" (CODECO only).
 * Kept: a clash with its harm in its own sentence and no doer named for it ("clashes between M23 and Wazalendo, 3
 * civilians killed": both), a harm told of both sides, a report whose category is the fighting or the flight.
 */
const CLASH_WORDS = ['clash', 'clashes', 'clashed', 'accrochage', 'accrochages', 'combat', 'combats', 'affrontement', 'affrontements', 'fighting', 'fight', 'ambush', 'ambushed', 'embuscade', 'attacked', 'attaque', 'attaquent', 'attaquee', 'engaged', 'accroche', 'skirmish', 'echange', 'echanges', 'exchange'];
const CLASH = oneOf(CLASH_WORDS);
const CLASH_SAID = trigger(CLASH_WORDS);
const ARMED_OBJECT = /^(column|colonne|convoy|convoi|position|positions|post|poste|patrol|patrouille|troops|troupes|base|camp|elements|fighters|combattants)$/;
const HARM: ReadonlySet<Signal> = new Set(['kill', 'injure', 'abduct', 'sexual', 'torture', 'detention']);
const HARM_CATEGORIES = new Set(['attack_on_civilians', 'abduction', 'crsv', 'torture_ill_treatment', 'arbitrary_detention', 'child_violation']);

interface Named {
  start: number;
  end: number;
  id: string;
}

// The sentence around k: between full stops or semicolons (commas stay inside).
function sentenceOf(tokens: readonly Token[], text: string, k: number): [number, number] {
  const stop = (i: number): boolean => tokens[i]!.stopBefore || text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(';');
  let from = k;
  while (from > 0 && !stop(from)) from--;
  let to = k + 1;
  while (to < tokens.length && !stop(to)) to++;
  return [from, to];
}

/** The actor named at `m` only fought another armed side, and the harm is told later with another actor as its doer. */
export function sideOnlyInClash(tokens: readonly Token[], text: string, m: Named, named: readonly Named[], hits: readonly SignalHit[], category: string): boolean {
  if (!HARM_CATEGORIES.has(category) || !said(tokens, CLASH_SAID)) return false;
  const [from, to] = sentenceOf(tokens, text, m.start);
  let clash = false;
  for (let k = from; k < to; k++) if (CLASH.test(tokens[k]!.norm)) clash = true;
  if (!clash || hits.some((h) => HARM.has(h.value.signal) && h.start >= from && h.start < to)) return false;
  // the other side is armed: another actor named in the sentence, or its column, post or patrol ("ADF attacked Mbau" is no clash)
  let armedSide = false;
  for (let k = from; k < to && !armedSide; k++) {
    if (ARMED_OBJECT.test(tokens[k]!.norm)) armedSide = true;
    else if (k !== m.start && named.some((x) => x.id !== m.id && tokens[x.start]!.norm === tokens[k]!.norm)) armedSide = true;
  }
  if (!armedSide) return false;
  // (the actor finder names each actor once, at its first words: a later sentence is searched for the same words)
  for (const o of named) {
    if (o.id === m.id) continue;
    const word = tokens[o.start]!.norm;
    const own = tokens[m.start]!.norm;
    for (let k = to; k < tokens.length; k++) {
      if (tokens[k]!.norm !== word) continue;
      const [a, b] = sentenceOf(tokens, text, k);
      let mine = false;
      for (let j = a; j < b; j++) if (tokens[j]!.norm === own) mine = true;
      // (the other actor before the harm, its doer: not "2 civilians killed by crossfire, M23 withdrew north")
      if (!mine && hits.some((h) => HARM.has(h.value.signal) && h.start > k && h.start < b)) return true;
      k = b - 1;
    }
  }
  return false;
}
