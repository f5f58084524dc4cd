import type { Signals } from './categories.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * Peacekeepers named as the ones who did the harm, to civilians: "blue helmets fired on protesters in Goma, 2 killed",
 * "un casque bleu a frappé un civil au marché", "MONUSCO convoy knocked down a child". The mission's own people harming
 * civilians is no attack on peacekeepers (it had read attack_on_peacekeepers). Look-alikes kept: "Peacekeepers fired on by
 * Wazalendo", "patrol fired upon near Kibua", "casques bleus attaqués par des jeunes" (they are the target).
 */
const AUX = /^(ont|a|avaient|avait|have|has|had|reportedly|allegedly|auraient|aurait|also|aussi)$/;
// Active forms of harm a doer does to someone; a passive participle ("attaqués", "blessé") is not among them.
const ACTIVE_HARM = /^(fired|shot|opened|beat|killed|hit|assaulted|ran|knocked|injured|wounded|tire|tirent|tiraient|frappe|frappent|battu|tue|tuent|abattu|renverse|renversent|blesse|blessent|bastonne|tabasse|fouette)$/;
const FRENCH_PARTICIPLE_NEEDS_AUX = /^(tire|frappe|battu|tue|abattu|renverse|blesse|bastonne|tabasse|fouette)$/;
const MEMBERS = /^(members?|soldiers?|officers?|troops?|elements?|personnel|patrol|patrouille|convoy|convoi|militaires?|soldats?|elements|agents?)$/;
const LINK = /^(on|at|sur|fire|le|la|les|l|un|une|des|a|an|the|down|over|into|feu|deux|two|\d+)$/;
// (the people harmed are isPerson's words; these two name people it does not)
const CIVILIANS = /^(protestataires?|population)$/;

export function peacekeepersAsDoers(s: Signals): boolean {
  const tokens = s.tokens;
  return s.all('peacekeeper').some((hit) => {
    let k = hit.end;
    // "contingent member assaulted", "MONUSCO soldiers shot": the mission's people named after it
    if (MEMBERS.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    let aux = false;
    while (k < hit.end + 3 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
      aux = true;
      k++;
    }
    const verb = tokens[k];
    if (!verb || verb.breakBefore || !ACTIVE_HARM.test(verb.norm)) return false;
    // "casques bleus blessés" is them hurt; the French participle is active only after its auxiliary
    if (FRENCH_PARTICIPLE_NEEDS_AUX.test(verb.norm) && !aux) return false;
    // the harmed follow within a few words, and no "by"/"par"/"upon" makes them the target
    for (let j = k + 1; j < k + 5 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
      const w = tokens[j]!.norm;
      if (w === 'by' || w === 'par' || w === 'upon') return false;
      if (CIVILIANS.test(w) || isPerson(w)) return true;
      if (!LINK.test(w)) return false;
    }
    return false;
  });
}
