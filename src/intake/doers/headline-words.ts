import type { Token } from '../normalize.js';

/**
 * Headlines typed in capitals (reports28): "ATTACK AT MUTWANGA NOW!!", "ATTAQUE DES ADF A MAMOVE", "URGENT: TIRS SUR
 * OICHA". The capitals make every short word look like an acronym, so the free-text group reader would take "AT" or
 * "SUR" for a group (doers/groups.ts isAcronym). The everyday words of a headline, in English, French and Swahili, are
 * never the name of a group.
 */
const HEADLINE_WORDS = new Set([
  'at', 'on', 'in', 'of', 'to', 'by', 'for', 'from', 'near', 'nr', 'now', 'and', 'the', 'with', 'into', 'onto', 'all', 'new', 'not', 'no',
  'de', 'du', 'des', 'la', 'le', 'les', 'au', 'aux', 'en', 'sur', 'par', 'ds', 'dans', 'pres', 'vers', 'et', 'ou', 'pas', 'tous', 'ici',
  'na', 'ya', 'wa', 'kwa', 'sasa', 'leo',
  'sos', 'help', 'aide', 'svp', 'pls', 'plz', 'asap', 'vite', 'hier', 'auj', 'today', 'tonight', 'nuit', 'night', 'matin', 'soir',
  'dead', 'morts', 'mort', 'tues', 'tue', 'tuee', 'wld', 'kia', 'wia',
]);

/** A word typed in capitals that is an everyday word of a headline, not a group's acronym. */
export function headlineWord(t: Token): boolean {
  return HEADLINE_WORDS.has(t.norm);
}
