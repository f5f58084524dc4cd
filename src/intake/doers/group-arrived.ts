import type { Token } from '../normalize.js';

/**
 * An armed group (not the state's forces) "arrived at", "came to", "venus à" a place: its arrival is the movement
 * reported, so it stays the one who did it ("FDLR arrivés à Kibirizi dans la nuit", "M23 came to Miriki on Sunday", "came through").
 * Look-alikes kept out: "Wazalendo came to the rescue", "arrived to help" (a response), host forces arriving (responders,
 * read in doers/actors.ts).
 */
// (passing through is an arrival too: "Nyatura came through on Sunday", "sont venus par Miriki", reports20)
const TO_A_PLACE = /^(a|at|in|to|into|dans|au|aux|en|sur|near|pres|vers|jusqu|through|thru|past|via|par)$/;
const RESPONSE = /^(rescue|help|aid|secours|aide|aider|assist|protect|proteger|defend|defendre|renfort|reinforce)$/;
const AUX = /^(sont|est|have|has|had|ont|were|was|are|already|deja|reportedly)$/;

/** `from`: the word after the group's name. */
export function arrivedSomewhere(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + 2 && AUX.test(tokens[k]?.norm ?? '')) k++;
  if (!/^(arriv|came|venu|come|coming|venant)/.test(tokens[k]?.norm ?? '')) return false;
  const to = tokens[k + 1];
  if (!to || to.breakBefore || !TO_A_PLACE.test(to.norm)) return false;
  for (let j = k + 2; j <= k + 3 && j < tokens.length; j++) if (RESPONSE.test(tokens[j]!.norm)) return false;
  return true;
}
