import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Two groups the actor list does not know, named as the subject of a clash: "after NDC-R and APCLS clashed at dawn",
 * "les APCLS et les FPIC se sont affrontés", "CRP and FPIC fought over the mine", "NDC-R et APCLS s'affrontent" (reports20).
 * C4 names every party to a clash as a perpetrator, in free text when unlisted (C5); "clashes between X and Y" is read in
 * constructions/denials-and-rumours.ts (clashSideGroups). Look-alikes kept out: plain capitalised words ("Pinga and
 * Kibua clashed" is no acronym), an acronym with no verb of fighting after the pair.
 */
// The verb of fighting after the pair (one Set lookup a word).
const FOUGHT_WORDS = [
  'clashed', 'clash', 'clashing', 'fought', 'fight', 'fighting', 'battled', 'battling', 'exchanged', 'exchanging',
  'affrontes', 'affrontees', 'affrontent', 'affrontaient', 'affronte', 'combattent', 'combattaient', 'battent', 'battaient', 'echange', 'echangent', 'echangeaient',
  // a rivalry for ground fought over: "APCLS et NDC-R se disputent le contrôle de Pinga", "vying for the mines" (reports31)
  'disputent', 'disputaient', 'disputing', 'dispute', 'contest', 'contesting', 'vying', 'vie',
];
const FOUGHT: ReadonlySet<string> = new Set(FOUGHT_WORDS);
const FOUGHT_SAID = trigger(FOUGHT_WORDS);
const FILLERS = new Set(['have', 'had', 'reportedly', 'again', 'se', 's', 'sont', 'ont', 'encore', 'also', 'aussi', 'are', 'still', 'toujours']);
const LINK = new Set(['and', 'et', '&']);
const ARTICLE = new Set(['les', 'des', 'the', 'l']);

const acronym = (t: Token | undefined): boolean => t !== undefined && /^[A-Z][A-Z0-9]{1,7}$/.test(t.text) && /[A-Z]{2}/.test(t.text);
// The start of a side ending right before `end`: a known actor (its words taken) or an acronym ("NDC-R": the parts
// after a hyphen belong to it); -1 when neither.
function sideStart(tokens: readonly Token[], taken: Uint8Array, end: number): number {
  if (taken[end - 1]) {
    let k = end - 1;
    while (k > 0 && taken[k - 1] && !tokens[k]!.breakBefore) k--;
    return k;
  }
  return acronymStart(tokens, end);
}
function acronymStart(tokens: readonly Token[], end: number): number {
  let k = end - 1;
  while (k > 0 && tokens[k]!.hyphenBefore && /^[A-Z0-9]{1,4}$/.test(tokens[k]!.text)) k--;
  return acronym(tokens[k]) ? k : -1;
}

export function clashingPairGroups(tokens: readonly Token[], taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, FOUGHT_SAID)) return out;
  for (let v = 2; v < tokens.length; v++) {
    if (!FOUGHT.has(tokens[v]!.norm) || tokens[v]!.breakBefore) continue;
    let end = v;
    while (end > 0 && FILLERS.has(tokens[end - 1]!.norm) && !tokens[end]!.breakBefore) end--;
    const second = sideStart(tokens, taken, end);
    if (second < 0 || tokens[second]!.breakBefore) continue;
    let link = second - 1;
    if (ARTICLE.has(tokens[link]?.norm ?? '')) link--;
    if (!LINK.has(tokens[link]?.norm ?? '') || tokens[link]!.breakBefore || tokens[link + 1]!.breakBefore) continue;
    const firstEnd = link;
    const first = sideStart(tokens, taken, firstEnd);
    if (first < 0) continue;
    // (a known actor on one side is read by the actor list; only the unlisted side is added here)
    if (!taken[first]) out.push([first, firstEnd]);
    if (!taken[second]) out.push([second, end]);
  }
  return out;
}
