import type { Token } from '../normalize.js';

/**
 * An acronym opening a noun phrase of harm after a word of time or cause is the group that did it (reports34): "200
 * households arrived from Tchabi after FRPI and ADF incursions", "fled following APCLS attacks", "depuis les
 * incursions FPIC", "après l'attaque FRPI" is read by the attack word before it (doers/groups.ts). The caller still asks
 * that a word of harm or movement follows the acronym (or the known actor joined to it).
 */
const AFTER_WORD = /^(after|following|since|amid|apres|suite|depuis|durant|during)$/;

export function opensAfterTimeWord(tokens: readonly Token[], i: number): boolean {
  return i > 0 && !tokens[i]!.breakBefore && AFTER_WORD.test(tokens[i - 1]!.norm);
}
