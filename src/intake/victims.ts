import { noVictims, type VictimKey, type Victims } from '../domain/alert.js';
import { CHILD_NOUNS, NOT_COUNT_UNITS, VICTIM_FILLERS, VICTIM_NOUNS, VICTIM_VERBS } from './keywords.js';
import type { Token } from './normalize.js';
import { readNumber, type NumberRead } from './numbers.js';

/**
 * Victim counts from text: "4 killed", "3 tués", "deux enfants enlevés", "12 women raped",
 * "300 ménages déplacés", "killed 4 civilians", "no one was killed". A count is never guessed:
 * what the text does not say stays null (unknown is not zero).
 */
export function countVictims(tokens: readonly Token[], skip?: Uint8Array): Victims {
  const victims = noVictims();
  const used = new Uint8Array(tokens.length);
  const add = (key: VictimKey, n: number): void => {
    victims[key] = (victims[key] ?? 0) + n;
  };

  // Number first: "4 killed", "deux enfants enlevés", "2 men and 3 women killed". Children with
  // no verb ("including 2 children") wait until the verb-first pass has had its say.
  const childGroups: Array<{ start: number; next: number; value: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const groups = readGroups(tokens, i, skip);
    if (!groups) continue;
    const { list, verb, next } = groups;
    if (!verb) {
      const value = list.filter((g) => g.child).reduce((sum, g) => sum + g.value, 0);
      if (value > 0) childGroups.push({ start: i, next, value });
      continue;
    }
    for (const g of list) {
      if (g.child) add('childrenAffected', g.value);
      add(verb, g.value);
    }
    used.fill(1, i, next);
  }

  // "no casualties", "aucune victime", "pas de victimes": nobody killed or injured.
  for (let i = 0; i < tokens.length; i++) {
    if (!NONE.has(tokens[i]!.norm) || skip?.[i]) continue;
    const k = tokens[i + 1]?.norm === 'de' ? i + 2 : i + 1;
    const word = tokens[k];
    if (word && !word.breakBefore && CASUALTY_WORDS.has(word.norm)) {
      victims.killed ??= 0;
      victims.injured ??= 0;
    }
  }

  // Verb first: "killed 4 civilians", "ont enlevé deux enfants", "abducted a child".
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || skip?.[i]) continue;
    const verb = VICTIM_VERBS[tokens[i]!.norm];
    if (!verb || verb === 'displaced') continue;
    let j = i + 1;
    while (['at', 'least', 'au', 'moins', 'some', 'about', 'environ', 'over', 'plus', 'de', 'than', 'of', 'd'].includes(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
    const token = tokens[j];
    if (!token || token.breakBefore || used[j]) continue;
    const n = readNumber(tokens, j, skip);
    if (!n || n.zero) continue;
    const after = tokens[n.next];
    const nounAfter = after && !after.breakBefore ? after.norm : '';
    if (NOT_COUNT_UNITS.has(nounAfter)) continue;
    if (n.article && !VICTIM_NOUNS.has(nounAfter) && !CHILD_NOUNS.has(nounAfter)) continue;
    add(verb, n.value);
    if (CHILD_NOUNS.has(nounAfter)) add('childrenAffected', n.value);
    used.fill(1, i, n.next + 1);
  }
  for (const g of childGroups) if (!used.subarray(g.start, g.next).includes(1)) add('childrenAffected', g.value);
  return victims;
}

const NONE = new Set(['no', 'zero', '0', 'aucun', 'aucune', 'sans', 'pas']);
const CASUALTY_WORDS = new Set(['casualties', 'casualty', 'victims', 'victim', 'victimes', 'victime', 'deaths', 'injuries']);

interface Group {
  value: number;
  child: boolean;
}

/** From token i: one or more counted groups joined by and/et, then (maybe) the verb they share. */
function readGroups(tokens: readonly Token[], i: number, skip?: Uint8Array): { list: Group[]; verb: VictimKey | null; next: number } | null {
  const list: Group[] = [];
  let j = i;
  for (;;) {
    const n = readNumber(tokens, j, skip);
    if (!n) break;
    const group = readGroup(tokens, n);
    if (!group) break;
    list.push(group.group);
    j = group.next;
    if (group.verb) return { list, verb: group.verb, next: group.next };
    // "2 men and 3 women killed": another group after and/et.
    const joiner = tokens[j];
    if (!joiner || joiner.breakBefore || (joiner.norm !== 'and' && joiner.norm !== 'et')) break;
    j++;
  }
  if (list.length === 0) return null;
  return { list, verb: null, next: j };
}

function readGroup(tokens: readonly Token[], n: NumberRead): { group: Group; verb: VictimKey | null; next: number } | null {
  let child = false;
  let nouns = 0;
  let j = n.next;
  for (let steps = 0; steps < 7 && j < tokens.length; steps++, j++) {
    const token = tokens[j]!;
    if (token.breakBefore) break;
    const word = token.norm;
    // The article or "no" must sit right before a victim noun or verb: "a child", "aucun mort".
    if (steps === 0 && n.article && !CHILD_NOUNS.has(word) && !VICTIM_NOUNS.has(word)) return null;
    if (steps === 0 && NOT_COUNT_UNITS.has(word)) return null;
    // "3 women sexually assaulted"; but "a peacekeeper sexually exploited" counts no survivor.
    const sexualAssault = word === 'sexually' && /^(assault|attack)/.test(tokens[j + 1]?.norm ?? '');
    const verb = sexualAssault ? 'crsvSurvivors' : VICTIM_VERBS[word];
    if (verb) {
      if (nouns === 0 && n.article) return null;
      return { group: { value: n.value, child }, verb, next: j + (sexualAssault ? 2 : 1) };
    }
    if (CHILD_NOUNS.has(word)) {
      child = true;
      nouns++;
    } else if (VICTIM_NOUNS.has(word)) {
      nouns++;
      if (word === 'casualties' || word === 'victims' || word === 'victimes') return null;
    } else if (!VICTIM_FILLERS.has(word)) break;
  }
  // No verb: still a group when children are counted ("including 2 children") or to be joined by and/et.
  if (nouns === 0 && !n.article) return null;
  if (n.zero) return null;
  return { group: { value: n.value, child }, verb: null, next: j };
}
