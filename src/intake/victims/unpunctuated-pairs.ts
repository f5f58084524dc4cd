import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { CHILD_NOUNS, VICTIM_VERBS } from './victim-vocabulary.js';
import { said, trigger } from '../triggers.js';

/**
 * Two tolls typed with no comma between them (pending reports38): "1 woman killed 2 children injured", "1 femme tuée 2
 * enfants blessés", "2 civ dead 3 wounded". The word-by-word reading takes the first verb's object from the count that
 * follows it ("killed 2 children": 2 killed); here each count goes with its own verb, the one right after its noun.
 * Only when both halves are "count, person noun (optional), victim verb" and the verbs differ; "killed 2 children and
 * wounded 3" (verb before count) is not this shape.
 */
interface Half {
  count: number;
  key: VictimKey;
  next: number;
}

function half(tokens: readonly Token[], i: number): Half | null {
  const n = readNumber(tokens, i);
  if (!n || n.zero || n.article) return null;
  let j = n.next;
  const noun = tokens[j]?.norm ?? '';
  if (tokens[j] && !tokens[j]!.breakBefore && (isPerson(noun) || CHILD_NOUNS.has(noun))) j++;
  const verb = tokens[j];
  if (!verb || verb.breakBefore) return null;
  const key = VICTIM_VERBS[verb.norm];
  if (key !== 'killed' && key !== 'injured') return null;
  return { count: n.value, key, next: j + 1 };
}

// (two halves, one killed and one injured)
const verbsOf = (key: VictimKey): string[] => Object.keys(VICTIM_VERBS).filter((w) => VICTIM_VERBS[w] === key);
const KILLED_SAID = trigger(verbsOf('killed'));
const INJURED_SAID = trigger(verbsOf('injured'));
export function unpunctuatedPairs(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, KILLED_SAID) || !said(tokens, INJURED_SAID)) return;
  for (let i = 0; i < tokens.length - 3; i++) {
    const w = tokens[i]!.norm;
    const d = w.charCodeAt(0);
    if (!(d >= 48 && d <= 57) && w !== 'one' && w !== 'un' && w !== 'une') continue;
    const first = half(tokens, i);
    if (!first || !tokens[first.next] || tokens[first.next]!.breakBefore) continue;
    const second = half(tokens, first.next);
    if (!second || second.key === first.key) continue;
    victims[first.key] = first.count;
    victims[second.key] = second.count;
    return;
  }
}
