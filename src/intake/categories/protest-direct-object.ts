import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * What people protest is no incident of the report, said the ways protest-object.ts ("against/contre" after a protest
 * word) did not read (reports47): the verb's direct object, "a crowd protesting kidnappings", "women protesting the
 * detention of their husbands", "protested the killings"; and the French verb's forms, "une foule qui protestait contre
 * les enlèvements", "ils protestent contre les tueries". Harm done at the protest is read as usual ("soldiers fired to
 * disperse …, 5 hurt"). Look-alikes kept out: "protesters abducted by M23" (the protesters are the ones harmed: the hit
 * is not after the verb), "protesting, then 2 were killed" (a clause between).
 */
const PROTESTING = /^(protesting|protested|protest|protests|protestait|protestaient|protestent|protestant|protester|denouncing|denoncant|denoncait|denoncaient|decrying|demanding|reclamant|contre|against)$/;
const FRENCH_VERB = /^(protestait|protestaient|protestent|protestant|protester|manifestait|manifestaient|manifestent|manifestant|marchaient|marchait)$/;
const OBJECT = /^(abduct|kill|sexual)$/;
const FILL = /^(the|les|la|le|l|des|de|du|recent|recurring|repeated|frequent|recentes?|nombreux|nombreuses|series|serie|wave|vague|of|d|contre|against)$/;

export function protestDirectObject(h: SignalHit, tokens: readonly Token[]): boolean {
  if (!OBJECT.test(h.value.signal)) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    if (/^(protesting|protested|denouncing|decrying)$/.test(w) || FRENCH_VERB.test(w)) return true;
    // "qui protestait contre les enlèvements": the French verb before "contre"
    if ((w === 'contre' || w === 'against') && k > 0 && (FRENCH_VERB.test(tokens[k - 1]!.norm) || PROTESTING.test(tokens[k - 1]!.norm)) && tokens[k - 1]!.norm !== 'contre' && tokens[k - 1]!.norm !== 'against' && !tokens[k]!.breakBefore) return true;
    if (!FILL.test(w)) return false;
  }
  return false;
}
