import { acronymSide } from '../categories/versus-pair.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Who did it, said every way (reports17): the police or army that opened fire; the group that signed the leaflets; both
 * sides of "X contre Y"; the group whose position people were tortured at; a group named as suspected at the end of a
 * line. And who did not: the group the victims are accused of feeding or working for.
 */

const AUX = /^(have|has|had|ont|a|avaient|avait|reportedly|allegedly|then|also)$/;
const OPENED = /^(opened|open|opens|opening|ouvert|ouvrent|ouvre|ouvrant)$/;
/** "Police opened fire on demonstrators", "les militaires ont ouvert le feu sur la foule": the force at i fired. */
export function openedFire(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k <= i + 3 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  if (!OPENED.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  const next = tokens[k + 1]?.norm;
  return next === 'fire' || (next === 'le' && tokens[k + 2]?.norm === 'feu');
}

// "accusing them of feeding Red Tabara", "saying they work 4 M23", "accusés de ravitailler les ADF", "qu'ils travaillent
// pour le M23": the side the victims are said to be on, not who harmed them.
const SAY = /^(accus\w*|saying|said|says|claiming|claim\w*|disant|pretextant|pretendant|suspect\w*|soupcon\w*|alleging|allegedly|reproch\w*|because|parce|car|pour|for)$/;
const SERVE = /^(feed\w*|nourri\w*|ravitaill\w*|suppl\w*|work\w*|travaill\w*|spy\w*|espionn\w*|collabor\w*|help\w*|aid\w*|aidant|aident|aider|hid\w*|hiding|cach\w*|heberg\w*|shelter\w*|inform\w*|sell\w*|vend\w*|support\w*|soutien\w*|soutenir|renseign\w*|fighting|combat\w*)$/;
const FOR = /^(for|4|pour|with|avec|to|au|aux|a|les|des|the|le|la|l|du|de|d)$/;
/** The actor at `start` is named as the side the victims are accused of serving. */
export function sideOfVictims(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && FOR.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || !SERVE.test(tokens[k]!.norm) || tokens[k + 1]!.breakBefore) return false;
  // ("il accuse les services de renseignement du M23": the group's intelligence service, a noun, not informing for it; reports38)
  if (/^renseignements?$/.test(tokens[k]!.norm) && tokens[k - 1]?.norm === 'de' && /^(services?|service)$/.test(tokens[k - 2]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (tokens[j + 1]!.stopBefore) return false;
    if (SAY.test(tokens[j]!.norm) && !/^(for|pour)$/.test(tokens[j]!.norm)) return true;
  }
  return false;
}

// "tracts signd ADF found", "lettres signées M23", "a note signed by CODECO", "au nom des ADF": who signed wrote it.
const SIGNED = /^(signed|signd|sined|signe|signes|signee|signees|signature|sign)$/;
/** The actor at `start` signed the leaflet or letter told of. */
export function signedBy(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (/^(the|les|des|le|la|l)$/.test(tokens[k]?.norm ?? '')) k--;
  if (/^(by|par|of|de|du|des)$/.test(tokens[k]?.norm ?? '')) k--;
  if (SIGNED.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) return true;
  return /^(nom)$/.test(tokens[k]?.norm ?? '') && /^(au)$/.test(tokens[k - 1]?.norm ?? '');
}

// "M23 contre wazalendo", "FARDC against M23": both sides of a fight named one against the other (C4); an attack
// "contre" an actor keeps that actor the target ("attaque des ADF contre les FARDC").
const AGAINST = /^(contre|against)$/;
const ATTACK_WORD = /^(attaqu\w*|attack\w*|offensive|assaut|assault\w*|raid\w*|ambush\w*|embuscade\w*|operations?|ops|incursion\w*|plainte|complaint|protest\w*|manif\w*)$/;
/** The actor at `start` follows "contre/against" right after another actor ending at `otherEnd`. */
export function sideAgainstSide(tokens: readonly Token[], start: number, isEndOfOther: (end: number) => boolean): boolean {
  let k = start - 1;
  if (/^(les|the|la|le|l|des)$/.test(tokens[k]?.norm ?? '')) k--;
  // ("APCLS contre Nyatura": the other side may be a group outside the actor list, by its acronym: categories/versus-pair.ts)
  if (!AGAINST.test(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore || !(isEndOfOther(k) || acronymSide(tokens[k - 1]))) return false;
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
    if (ATTACK_WORD.test(tokens[j]!.norm)) return false;
    if (tokens[j + 1]!.breakBefore) break;
  }
  return true;
}

// "man tortured at M23 position", "detained at an FARDC camp", "raped in a CODECO camp": harm done to people held at the
// group's ground names the group (fighting near its positions does not).
const HELD_HARM = /^(tortur\w*|torturd|detain\w*|held|kept|beaten|beat|whipped|whipd|flogged|raped|rapd|abused|interrogat\w*|chained|tied|locked|jailed)$/;
const GROUND = /^(positions?|camps?|bases?|hideout|cell|cells|prison|jail)$/;
/** The actor at [start, end) owns the position or camp where the harm just told was done. */
export function harmAtTheirGround(tokens: readonly Token[], start: number, end: number): boolean {
  if (!GROUND.test(tokens[end]?.norm ?? '') || tokens[end]!.breakBefore) return false;
  let k = start - 1;
  if (/^(an|a|the|one)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(at|in|inside)$/.test(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (HELD_HARM.test(tokens[j]!.norm)) return true;
    if (tokens[j + 1]!.breakBefore) return false;
  }
  return false;
}

// "…, FRPI suspected", "…, FRPI soupçonnés", "auteurs présumés: FRPI": an acronym set apart as the suspect.
// (reports23: "3 travellers killed, FPIC alleged", "CRP cités")
const SUSPECTED = /^(suspected|suspects?|suspecte\w*|soupconn\w*|presumed|presumes?|blamed|accused|accuses?|responsible|responsables?|implicated|impliques?|alleged|allegedly|allegues?|cites?|pointes?)$/;
const SUSPECTED_SAID = trigger([
  'suspected', 'suspect', 'suspects', 'suspecte*', 'soupconn*', 'presumed', 'presume', 'presumes', 'blamed', 'accused', 'accuse', 'accuses', 'responsible',
  'responsable', 'responsables', 'implicated', 'implique', 'impliques', 'alleged', 'allegedly', 'allegue', 'allegues', 'cite', 'cites', 'pointe', 'pointes',
]);
/** Acronyms the actor list lacks, named as suspected at the end of a clause ([start, end) pairs). */
export function suspectedAcronyms(tokens: readonly Token[], taken: Uint8Array, isAcronym: (t: Token) => boolean, notName: (w: string) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, SUSPECTED_SAID)) return out;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!(i === 0 || t.breakBefore) || next.breakBefore || !(i + 2 >= tokens.length || tokens[i + 2]!.breakBefore)) continue;
    if (SUSPECTED.test(next.norm) && !taken[i] && isAcronym(t) && !notName(t.norm)) out.push([i, i + 1]);
  }
  return out;
}
