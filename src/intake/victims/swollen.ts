import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isPerson, isSingularPerson } from './victim-words.js';

/**
 * C3/C22 (reports47): a swollen face, eyes or ribs are the marks of a beating, so one person hurt: "man … held 10 days
 * by M23, released yesterday with swollen face and ribs", "un homme détenu 2 semaines …, libéré hier le visage enflé",
 * "the boy came back with swollen eyes". The one hurt is the single person the report is about (a person word, no
 * other number of people before the swelling). Look-alikes: "swollen river", "la rivière en crue" (no body part), a
 * count of people before it (not read here), an injured count already read.
 */
const SWOLLEN_WORDS = ['swollen', 'enfle', 'enflee', 'enfles', 'enflees', 'tumefie', 'tumefiee', 'tumefies', 'tumefiees', 'gonfle', 'gonflee'];
const SWOLLEN = new Set(SWOLLEN_WORDS);
const SWOLLEN_SAID = trigger(SWOLLEN_WORDS);
const BODY = /^(face|faces|eye|eyes|ribs?|head|legs?|arms?|feet|foot|hands?|back|body|lips?|visage|yeux|oeil|cotes|tete|jambes?|bras|pieds?|mains?|dos|corps|levres?)$/;

export function swollenOneHurt(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || !said(tokens, SWOLLEN_SAID)) return;
  const at = tokens.findIndex((t, i) => SWOLLEN.has(t.norm) && (BODY.test(tokens[i + 1]?.norm ?? '') || BODY.test(tokens[i - 1]?.norm ?? '')));
  if (at < 0) return;
  let one = false;
  for (let k = 0; k < at; k++) {
    const n = readNumber(tokens, k);
    if (n && !n.article && !n.zero && n.value > 1 && isPerson(tokens[n.next]?.norm ?? '')) return;
    if (isSingularPerson(tokens[k]!.norm)) one = true;
  }
  if (one) victims.injured = 1;
}
