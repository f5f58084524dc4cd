import type { Token } from '../normalize.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * Accusations in a report: who is the doer and who only a label.
 * - A group that accuses a PERSON (not another group) is the one acting on them: "les M23 accusent un jeune d'être
 *   Wazalendo, il a été attaché et roué de coups", "M23 accused a teacher of spying and beat him". (A group accusing
 *   another group, "Wazalendo accuse M23 of killing civilians", stays who accuses, not who did it.)
 * - A group named as what the victims are said to be — "M23 accomplices", "complices des M23", "ADF spies" — is a
 *   label on the victims, not a doer.
 */
const DETERMINER = /^(un|une|le|la|l|les|des|deux|trois|a|an|the|two|three|\d+|ce|cette|ces|this|these|his|her|their|son|sa|ses|leur|leurs|mon|ma|mes|my|our|nos|notre|jeune|young|old|vieux|vieille)$/;
export function accusesPerson(tokens: readonly Token[], verbAt: number): boolean {
  for (let k = verbAt + 1; k < tokens.length && k <= verbAt + 3 && !tokens[k]!.breakBefore; k++) {
    if ((tokens[k]!.norm.length > 2 || k > verbAt + 1) && isPerson(tokens[k]!.norm)) return true;
    if (!DETERMINER.test(tokens[k]!.norm)) return false;
  }
  return false;
}

const LABEL_AFTER = /^(accomplices?|complices?|spies|spy|espions?|informers?|indics?)$/;
const LABEL_BEFORE = /^(complices?|accomplices?|espions?|spies|informers?|indics?)$/;
const LINK = /^(des|du|de|d|of|the|les|la|le|l|aux|au|to|with|avec)$/;
/** "'M23 accomplices'", "complices des M23", "spies for the ADF": the actor names what the victims are called. */
export function labelledAs(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (next && !next.breakBefore && LABEL_AFTER.test(next.norm)) return true;
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  return k >= 0 && k < start - 1 && LABEL_BEFORE.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore;
}

const ACCUSE = /^(accuse|accuses|accusent|accusant|accusing|accused|accusaient|traitent|traitant|calling|call|calls|branding|brand|qualifiant|qualifient)$/;
const ARTICLE = /^(les|des|la|le|l|the|a|an|ces|these)$/;
/**
 * "tracts accusant les Shi d'être complices des M23", "posts calling the Nande 'ADF collaborators'": the people
 * accused of BEING something are the target of the words, not a group that did anything.
 */
export function accusedOfBeing(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  if (ARTICLE.test(tokens[k]?.norm ?? '')) k--;
  if (k < 0 || !ACCUSE.test(tokens[k]!.norm) || tokens[start]!.breakBefore) return false;
  const a = tokens[end]?.norm ?? '';
  const b = tokens[end + 1]?.norm ?? '';
  return (/^(d|de)$/.test(a) && /^(etre)$/.test(b)) || (/^(of|to)$/.test(a) && /^(being|be|hiding|harbouring|harboring|sheltering)$/.test(b));
}
