import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { readNumber } from '../numbers.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * People still in the bush with an armed group, or back from it, were taken (pending reports40): "3 tjrs ds la brousse
 * avec les Mai-Mai", "2 toujours en brousse chez les ADF", "4 still in the bush with CODECO", "3 women back from 2 months
 * in the bush with ADF", "5 femmes revenues de la brousse avec les ADF" (the group held them: an abduction, counted).
 * A follow-up often says no taking verb. Look-alikes kept out: people who fled to the bush ("3 familles toujours en
 * brousse", no group), the army in the bush ("still in the bush with FARDC": a state force), armed men alone ("ADF
 * still in the bush near Oicha": no count of people). Behind a cheap trigger: a bush or captivity word is said.
 */
const BUSH = new Set(['bush', 'brousse', 'foret', 'forest', 'captivity', 'captivite']);
const BUSH_SAID = trigger([...BUSH]);
const STILL = new Set(['still', 'toujours', 'tjrs', 'tjs', 'encore']);
const IN = new Set(['in', 'dans', 'ds', 'en']);
const BACK = new Set(['back', 'returned', 'revenues', 'revenus', 'rentrees', 'rentres', 'sorties', 'sortis']);
const FROM = new Set(['from', 'de', 'd', 'du']);
const WITH = new Set(['with', 'avec', 'chez', 'among', 'aupres']);
const ART = new Set(['the', 'les', 'des', 'la', 'le', 'l']);

/** The count of people held at `i`, or 0. `groupAt(k)`: a non-state armed group's name starts at k. */
function heldAt(tokens: readonly Token[], i: number, groupAt: (k: number) => boolean): number {
  const n = readNumber(tokens, i);
  if (!n || n.article || n.zero || n.value < 1 || n.value > 200) return 0;
  let k = n.next;
  for (let p = 0; p < 2 && k < tokens.length && isPerson(tokens[k]!.norm) && !tokens[k]!.breakBefore; p++) k++;
  const w = tokens[k]?.norm ?? '';
  if (tokens[k]?.breakBefore) return 0;
  let bush = -1;
  if (STILL.has(w) && IN.has(tokens[k + 1]?.norm ?? '')) {
    let b = k + 2;
    if (ART.has(tokens[b]?.norm ?? '')) b++;
    if (BUSH.has(tokens[b]?.norm ?? '')) bush = b;
  } else if (BACK.has(w) && FROM.has(tokens[k + 1]?.norm ?? '')) {
    for (let b = k + 2; b <= k + 7 && b < tokens.length && !tokens[b]!.breakBefore; b++) {
      if (BUSH.has(tokens[b]!.norm)) {
        bush = b;
        break;
      }
    }
  }
  if (bush < 0) return 0;
  const w2 = bush + 1;
  if (!WITH.has(tokens[w2]?.norm ?? '') || tokens[w2]!.breakBefore) return 0;
  const g = ART.has(tokens[w2 + 1]?.norm ?? '') ? w2 + 2 : w2 + 1;
  return groupAt(g) ? n.value : 0;
}

function triggered(tokens: readonly Token[]): boolean {
  return said(tokens, BUSH_SAID) && tokens.some((t) => BUSH.has(t.norm));
}

/** An abduction hit on each count of people held in the bush by an armed group. */
export function heldInBushHits(tokens: readonly Token[], groupAt: (k: number) => boolean): SignalHit[] {
  if (!triggered(tokens)) return [];
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) if (heldAt(tokens, i, groupAt) > 0) out.push({ value: { signal: 'abduct', subType: null }, start: i, end: i + 1 });
  return out;
}

/** Those people counted as abducted, unless another reading counted more. */
export function heldInBushCount(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims, groupAt: (k: number) => boolean): void {
  if (hits.length === 0 || !triggered(tokens)) return;
  const n = hits.reduce((total, h) => total + heldAt(tokens, h.start, groupAt), 0);
  // (a reader may have counted only someone freed before: "le chef … libéré, 3 tjrs ds la brousse"; those held are more)
  if (n > 0 && (victims.abducted === null || victims.abducted < n)) victims.abducted = n;
}
