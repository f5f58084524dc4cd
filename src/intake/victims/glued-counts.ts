import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { VICTIM_VERBS } from './victim-vocabulary.js';
import { isPerson } from './victim-words.js';

/**
 * A count glued to the word it counts, as a phone typed at night sends it (reports28): "3morts 2 blessés", "3dead
 * 2wld", "5civ tués par ADF", "2pers enlevées", and "2x cultivateurs" (reports42). The tokenizer keeps "3morts" one word, so the general readers see no
 * number; here the digits count the casualty word glued to them, or the person glued to them when a casualty word
 * follows. Only a count the readers left unknown is set. Cheap trigger: a word that starts with a digit and ends with
 * a letter.
 */
const GLUED = /^(\d{1,4})([a-z]+)$/;

function timesCounted(tokens: readonly Token[], i: number): VictimKey | undefined {
  const person = tokens[i + 1];
  if (!person || person.breakBefore || !isPerson(person.norm)) return undefined;
  const after = tokens[i + 2];
  if (after && !after.breakBefore && VICTIM_VERBS[after.norm]) return VICTIM_VERBS[after.norm];
  return ['de', 'of', 'd'].includes(tokens[i - 1]?.norm ?? '') ? VICTIM_VERBS[tokens[i - 2]?.norm ?? ''] : undefined;
}

export function gluedCounts(tokens: readonly Token[], victims: Victims): void {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const c = w.charCodeAt(0);
    if (c < 48 || c > 57 || w.charCodeAt(w.length - 1) < 97) continue;
    const m = GLUED.exec(w);
    if (!m) continue;
    const n = Number(m[1]);
    let key: VictimKey | undefined = VICTIM_VERBS[m[2]!];
    // "5civ tués": the person glued, the casualty word next
    if (!key && isPerson(m[2]!) && tokens[i + 1] && !tokens[i + 1]!.breakBefore) key = VICTIM_VERBS[tokens[i + 1]!.norm];
    // ("kidnapping de 2x cultivateurs", "3x civils tués": an SMS "x" after the digits, the person next; the harm after them or named before "de")
    if (m[2] === 'x') key = timesCounted(tokens, i);
    if (key && key !== 'displaced' && victims[key] === null && n > 0) victims[key] = n;
  }
}
