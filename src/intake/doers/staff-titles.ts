import { allyAsAgent } from './collaborators-as-agents.js';
import type { Token } from '../normalize.js';
import { ownerOfAttack } from './attack-repelled.js';
import { goneOrDenounced } from './gone-or-denounced.js';
import { fightersCaptured } from './unruly-forces.js';
import { signedBy } from './sides-and-signatures.js';

/**
 * Actors named in everyday traffic (reports12) who did not do the harm: the force that sends the report
 * ("PNC Irumu: …", "FARDC reports ADF attack"), investigates, searches, finds bodies, frees hostages or deploys
 * afterwards; a group the victim is suspected of siding with ("suspected of ADF links"); a force whose vehicles
 * were burnt. (A group feared or rumoured stays the perpetrator, as the older labels read it.)
 */

const REPORTS = /^(reports?|reported|says?|said|signale\w*|rapporte\w*|indique\w*|confirme\w*|informe\w*|annonce\w*|communique\w*|alerte)$/;
// (t19: a focal point's header, "Pt focal PNC Bunia:", "PF PNC:", "Sitrep PNC:")
const HEADER = /^(enquete|investigation|inquiry|source|sources|rapport|report|communique|update|selon|according|pt|point|focal|pf|fp|sitrep|msg|message)$/;
const SEARCH = /^(search|searches|searching|recherche\w*|enquete\w*|investigation\w*|inquiry|ratissage|traque|operation|operations|operations|deploiement|deployment|deployed|arrivee|arrival|renforts?|reinforcements?|offensive|complaints?|plaintes?|denonciations?)$/;
const LINK = /^(w|with|avec|by|par|of|des|de|du|d|the|les|la|l|ongoing|en|cours|underway|conjointe|joint|at|au|aux|aupres|a|to|received|recue|recues|deposee|deposees|filed|lodged)$/;
const FOUND = /^(found|find|finds|wamepata|walipata|retrouve\w*|decouvert\w*|discovered|recovered|recupere\w*|exhumed|buried|enterre\w*|pushed|chased|dislodged|drove|deloge\w*|chasse|chasses|repousse\w*)$/;
const FREED = /^(liberes?|liberees?|freed|rescued|released|relache\w*|secouru\w*|wameachiliwa|wameokolewa)$/;
// (a group named as what the victims are said to be: "mocking Tutsi as M23 spies", "accused of being ADF informers")
const LINKS = /^(links?|ties|liens?|connections?|connivence|spies|spy|informers?|informants?|agents)$/;
const ALLIES = /^(espions?|spies|informateurs?|indics?|collabos?|collaborateurs?|collaborators?|complices?|accomplices?|sympathisants?|sympathizers?|hosting|harbou?ring|sheltering|hebergeant|abritant|accueillant|cachant)$/;
const VEHICLE = /^(vehicles?|vehicules?|jeeps?|trucks?|camions?|cars?|pick-?ups?|magari|gari|office|offices|bureau|bureaux)$/;
const HARMED_THING = /^(burnt|burned|torched|set|incendie\w*|brule\w*|attacked|attaque\w*|caillasse\w*|stoned|destroyed|detrui\w*|vandalis\w*|wamechoma)$/;
const PUSHED = /^(pushed|chased|dislodged|drove|deloge\w*|chasse|chasses|repousse\w*)$/;

const within = (tokens: readonly Token[], from: number, to: number, test: RegExp): boolean => {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) if (test.test(tokens[k]!.norm)) return true;
  return false;
};

/**
 * True when the actor named at [start, end) only reports, responds to, is rumoured in or is the target of what the
 * text tells. `isForce` is true for the host state's and the mission's forces (only they send reports as a header).
 */
export function notTheDoer(tokens: readonly Token[], start: number, end: number, isForce: boolean, otherActor: boolean): boolean {
  // ("tracts signed ADF found in Kasindi": who signed them wrote them, doers/sides-and-signatures.ts)
  if (signedBy(tokens, start)) return false;
  const after = tokens[end];
  // "PNC Irumu: …", "Enquête PNC: …", "FARDC reports ADF attack", "PNC Bunia signale l'arrestation de …"
  let k = end;
  while (k < end + 2 && tokens[k] && !tokens[k]!.breakBefore && /^\p{Lu}/u.test(tokens[k]!.text) && !REPORTS.test(tokens[k]!.norm)) k++;
  const opens = start === 0 || (start <= 2 && within(tokens, 0, start, HEADER));
  // (a colon is no clause break for the tokenizer: it leaves a wider gap than a space)
  const closed = tokens[k] !== undefined && k > 0 && (tokens[k]!.breakBefore || tokens[k]!.start - tokens[k - 1]!.end > 1);
  if (isForce && opens && (closed || (REPORTS.test(tokens[k]?.norm ?? '') && (otherActor || start === 0)))) return true;
  if (isForce && REPORTS.test(after?.norm ?? '') && !after!.breakBefore && otherActor) return true;
  // "Search ongoing w/ FARDC", "après le déploiement des FARDC", "enquête ouverte par la PNC"
  for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
    if (tokens[j + 1]!.breakBefore) break;
    if (SEARCH.test(tokens[j]!.norm)) return isForce;
    if (!LINK.test(tokens[j]!.norm)) break;
  }
  // "FARDC wamepata corps", "FARDC found the bodies", "FARDC and Wazalendo pushed M23 out of Alimbongo"
  const verb = after && /^(have|has|ont|a|and|et|na)$/.test(after.norm) && !PUSHED.test(tokens[end + 1]?.norm ?? '') ? tokens[end + 1] : after;
  // ("les Twirwaneho repoussés": the bare plural participle right after the name is the passive, the group pushed back fought: t29b)
  const pushedBack = verb === after && /^(repousse|deloge|chasse)e?s$/.test(verb?.norm ?? '');
  if (verb && !verb.breakBefore && !pushedBack && FOUND.test(verb.norm) && !(verb === after && takersFoundDead(tokens, start, end)) && !(PUSHED.test(verb.norm) && ownerOfAttack(tokens, start))) return true; // ("attaque ADF repoussée": attack-repelled.ts)
  if (/^(and|et)$/.test(after?.norm ?? '') && tokens.slice(end + 1, end + 5).some((t) => PUSHED.test(t.norm))) return true;
  // "pushed M23 out of Alimbongo": the group driven out is named, the harm is not told
  if (within(tokens, start - 2, start, PUSHED) && /^(out|hors)$/.test(tokens[end]?.norm ?? '')) return true;
  // "9 liberes na FARDC", "freed by FARDC"
  // ("les 4 femmes libérées par les Mai-Mai": an armed group that lets people go, no other actor named, held them: C12)
  if (/^(na|by|par)$/.test(tokens[start - 1]?.norm ?? '') && FREED.test(tokens[start - 2]?.norm ?? '')) return isForce || otherActor;
  // "suspected of ADF links", "liens avec les ADF", "collabos ADF"
  // ("PNC agents extort…": a force's agents are its own officers, not a group's informers)
  if (LINKS.test(after?.norm ?? '') && !after!.breakBefore && !(isForce && /^agents?$/.test(after!.norm))) return true;
  if (within(tokens, start - 3, start, LINKS) && /^(with|to|avec|aux|des|the|les)$/.test(tokens[start - 1]?.norm ?? '')) return true;
  // ("menacé par des collaborateurs ADF": the agent, collaborators-as-agents.ts)
  if (ALLIES.test(tokens[start - 1]?.norm ?? '') && !allyAsAgent(tokens, start - 1)) return true;
  if (ALLIES.test(tokens[start - 2]?.norm ?? '') && /^(des|de|of|the|d|ya|wa)$/.test(tokens[start - 1]!.norm) && !allyAsAgent(tokens, start - 2)) return true;
  // "burnt 2 FARDC vehicles", "le véhicule de la PNC incendié"
  if (VEHICLE.test(after?.norm ?? '') && !after!.breakBefore && (within(tokens, start - 3, start, HARMED_THING) || within(tokens, end + 1, end + 4, HARMED_THING))) return true;
  // (gone before the harm, or what a threatened person denounced: doers/gone-or-denounced.ts)
  // (a group's fighters captured by the force: doers/unruly-forces.ts)
  return goneOrDenounced(tokens, start, end) || (isForce && fightersCaptured(tokens, start));
}

// Who reports is no armed group: the mission's staff and networks read as acronyms ("Relayé par CLA Mahagi",
// "enquête ouverte par l'OPJ", "the CAN focal point") and the media that relay ("relayées par la RTNC", "selon Radio Okapi").
// (reports38) the army's units in a sitrep, "FARDC 31 Bde elts report…", "2 Regt", "Sqn": the unit that reports, no group.
// (t19) the battalions' and police focal points' own: "PF CAN", "Bn FP", "relayed by TOC", "JOC", "COB/TOB", "QRF", "EOD", "RECO".
// The child protection networks that relay too: "Report from RECOPE Nizi", "CBCPM", "CLPE".
const REPORTERS = /^(cla|clas|cpa|opj|opjs|cp|hro|jpo|cso|clo|cimic|g2|s2|can|rcan|cpc|cps|rtnc|okapi|rfi|bbc|voa|pf|fp|pfs|fps|toc|joc|jmac|cob|tob|coy|bn|bde|bdes|brig|bgde|regt|rgt|sqn|pltn|hq|qrf|eod|sitrep|reco|recos|recope|recopes|cbcpm|clpe|at|aat)$/i; // (AT, AAT: the territory administrator and his assistant)
/** A reporter's title or a medium the group reader took for an armed group. */
export function staffTitle(name: string): boolean {
  return REPORTERS.test(name.trim());
}

// ("les 2 motards enlevés par les ADF retrouvés morts", "6 hostages of the ADF found dead": the name is the takers', the
// found dead are their captives; reports49, main corpus r10fr-077)
const TAKERS_LINK = /^(by|par|of|des|de|d|du)$/;
const DET = /^(the|les|la|le|l)$/;
const FOUND_DEAD = /^(dead|mort|morts|morte|mortes|lifeless|killed|tues?|tuees?|sans|executed|executes)$/;
function takersFoundDead(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  if (DET.test(tokens[k]?.norm ?? '')) k--;
  if (!TAKERS_LINK.test(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore) return false;
  return FOUND_DEAD.test(tokens[end + 1]?.norm ?? '') && !tokens[end + 1]!.breakBefore;
}
