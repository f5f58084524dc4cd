import type { Token } from '../normalize.js';

/**
 * An unlisted group heading the report with its place, then what it does after the colon (C5, reports47): "NDC-R in
 * Pinga: those who miss the salongo are fined 3,000 FC or locked in the group's 'prison'", "NDC-R à Kibua: ceux qui ne
 * participent pas … sont enfermés", "APCLS at Nyabiondo: 2 farmers whipped". groups.ts reads "CRP: 2 tués" (the colon
 * right after the name); here a place stands between. Look-alikes: "APCLS in Pinga: calm, no incident" (no harm after
 * the colon), a place with no colon ("APCLS in Pinga reported", nothing done).
 */
const AT = /^(in|at|a|au|de|near|pres|vers|around)$/;
const MORE_HARM = /^(fined|fines|fining|amende\w*|enferm\w*|locked|lock|detenu\w*|retenu\w*|prison|cachot|whipped|fouett\w*|beaten|battu\w*|tabass\w*|forced|forces?|obliges?|oblige\w*|impos\w*|exig\w*|demand\w*|collect\w*|levy|levies|tax\w*)$/;

export function groupHeadingWithPlace(tokens: readonly Token[], text: string, end: number, doing: (w: string) => boolean): boolean {
  const at = tokens[end];
  if (!at || at.breakBefore || !AT.test(at.norm)) return false;
  let k = end + 1;
  // the place: one or two capitalised words
  while (k < tokens.length && k <= end + 2 && /^\p{Lu}/u.test(tokens[k]!.text) && (k === end + 1 || !tokens[k]!.breakBefore)) k++;
  if (k === end + 1 || k >= tokens.length) return false;
  const last = tokens[k - 1]!;
  if (!/^\s*[:\-–]/.test(text.slice(last.end, last.end + 3))) return false;
  for (let j = k; j < tokens.length && j < k + 14; j++) {
    if (j > k && tokens[j]!.stopBefore) break;
    if (doing(tokens[j]!.norm) || MORE_HARM.test(tokens[j]!.norm)) return true;
  }
  return false;
}
