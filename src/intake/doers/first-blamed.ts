import type { Token } from '../normalize.js';

/**
 * A group the harm was first or wrongly put on, when another actor is named for it: "Local radio first blamed Mai-Mai, but
 * survivors identified ADF", "une radio locale a d'abord attribué l'attaque aux Maï-Maï, ce que les survivants démentent",
 * "initially attributed to CODECO", "imputé à tort aux Wazalendo". The first attribution was set aside: not a doer
 * (reports39). Plain blame ("les familles accusent les Twirwaneho", "attributed to ADF") keeps the group; so does a group
 * blamed with no other actor named (`otherNamed` false).
 * Read only for a mention whose few words before hold a blame verb (a Set lookup each).
 */
const BLAME = new Set(['blamed', 'blame', 'blaming', 'attributed', 'attributing', 'attribue', 'attribuee', 'attribuait', 'attribuaient', 'impute', 'imputee', 'imputed', 'pinned']);
const FIRST = new Set(['first', 'initially', 'wrongly', 'falsely', 'earlier', 'abord', 'initialement', 'tort', 'faussement', 'depart', 'premier', 'premiers', 'premieres']);
const CORRECTION = /^(but|mais|however|cependant|pourtant|dementent|dementi|dementie|denied|deny|denies|identified|identifie|identifient|contredit|contredisent)$/;

export function firstBlamedOnly(tokens: readonly Token[], start: number, end: number, otherNamed: boolean): boolean {
  if (!otherNamed) return false;
  let blame = -1;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (BLAME.has(tokens[k]!.norm)) {
      blame = k;
      break;
    }
    if (tokens[k + 1]!.stopBefore) return false;
  }
  if (blame < 0) return false;
  // "first blamed", "a d'abord attribué", "attributed … wrongly" (a few words either side of the verb, same sentence)
  for (let k = Math.max(0, blame - 4); k <= end + 2 && k < tokens.length; k++) if (FIRST.has(tokens[k]!.norm) && !(k > blame && tokens.slice(blame + 1, k + 1).some((t) => t.stopBefore))) return true;
  // "…, but survivors identified ADF", "ce que les survivants démentent": the attribution corrected in the same sentence
  for (let k = end; k < tokens.length && k <= end + 6; k++) {
    if (tokens[k]!.stopBefore) return false;
    if (CORRECTION.test(tokens[k]!.norm)) return true;
  }
  return false;
}
