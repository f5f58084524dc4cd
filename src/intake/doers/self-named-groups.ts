import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A group the actor list does not know, named by what it calls itself: "ils se font appeler 'Bazungu'", "men calling
 * themselves 'Simba Ngumu'", "un groupe se faisant appeler Mapenzi", "who call themselves the Red Lions", "se disant
 * Forces Patriotiques" (reports20). The name after the verb of naming (capitalised, or opened by a quote) is the group's,
 * kept as free text (C5). Look-alikes kept out: a person's name ("a man called Jean"), a lowercase word ("calling
 * themselves victims"), a known actor ("se faisant appeler Mai-Mai": the actor list reads it).
 */
// Triggers, one word each (a Set lookup): the verb of naming, with the reflexive word before it checked below.
const NAMING_WORDS = ['appeler', 'appellent', 'appelle', 'nomment', 'nomme', 'disant', 'disent', 'call', 'calling', 'called', 'calls', 'name', 'naming', 'named', 'style', 'styling'];
const NAMING: ReadonlySet<string> = new Set(NAMING_WORDS);
const NAMING_SAID = trigger(NAMING_WORDS);
const REFLEXIVE = new Set(['se', 'themselves', 'itself', 's', 'ils', 'elles', 'they']);
const ARTICLES = new Set(['the', 'les', 'des', 'la', 'le', 'l']);
// Words that are no group's name after a verb of naming.
const NOT_A_NAME = new Set(['les', 'des', 'the', 'a', 'un', 'une', 'dieu', 'god', 'jesus', 'christ']);

export function selfNamedGroups(tokens: readonly Token[], text: string, taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, NAMING_SAID)) return out;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!NAMING.has(w) || tokens[i]!.breakBefore) continue;
    // "se font appeler", "se faisant appeler", "se disant", "call themselves", "calling themselves"
    let j: number;
    if (['call', 'calling', 'called', 'calls', 'name', 'naming', 'named', 'style', 'styling'].includes(w)) {
      // ("a group calling itself 'Chini ya Kilima'": one group, reports45)
      if (!/^(themselves|itself)$/.test(tokens[i + 1]?.norm ?? '') || tokens[i + 1]!.breakBefore) continue;
      j = i + 2;
    } else {
      const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.norm);
      if (!before.some((b) => REFLEXIVE.has(b))) continue;
      j = i + 1;
    }
    if (ARTICLES.has(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
    const first = tokens[j];
    if (!first || taken[j] || NOT_A_NAME.has(first.norm)) continue;
    const quoted = /['"‘’“«]\s*$/.test(text.slice(Math.max(0, first.start - 2), first.start));
    if (first.breakBefore && !quoted) continue;
    if (!quoted && !/^\p{Lu}/u.test(first.text)) continue;
    let end = j + 1;
    // (a quoted name runs to its closing quote, small words inside: "calling itself 'Chini ya Kilima'", reports45)
    const close = quoted ? text.slice(first.end).search(/['"’”»]/) : -1;
    if (close >= 0) {
      const stop = first.end + close;
      while (end < tokens.length && end < j + 5 && !taken[end] && tokens[end]!.end <= stop) end++;
    } else while (end < tokens.length && end < j + 3 && !taken[end] && !tokens[end]!.breakBefore && (/^\p{Lu}/u.test(tokens[end]!.text) || tokens[end]!.hyphenBefore)) end++;
    out.push([j, end]);
  }
  return out;
}
