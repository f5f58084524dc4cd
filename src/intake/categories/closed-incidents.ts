import type { Signals } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { quotedHarmWord } from './quoted-harm.js';
import { naturalDeathsOnly } from './natural-deaths.js';

/**
 * A report that closes or denies an earlier incident (pending reports24): the harm it names is only the one rumoured, reported
 * or recast, and the text says it did not happen — "the rumour of ADF killings in Mamove is false, the two 'bodies' were drunk
 * men", "the man reported abducted yesterday was at his in-laws, no abduction", "Info démentie: pas d'enlèvement à Kalonge",
 * "correction: the Lubero 'abduction' was an arrest on a court warrant", "les infos sur un massacre à Ntoto sont fausses",
 * "fake news about M23 entering Sake, local admin confirm no movement"; or a death by mishap with no violence ("body found is
 * a man who drowned, no sign of violence", "mort noyé selon la PNC, aucune trace de violence"). It is a denied report:
 * `other`, low, no doer and no count (categories/quiet-days.ts reads it, victims/read-counts.ts drops its counts).
 * Look-alikes kept out: a harm told as news beside a denial ("ADF deny the killing of 3 farmers in Mamove": the harm is not
 * a rumour's), "no one hurt" after a harm (C11), a death by mishap with violence said ("drowned after being beaten").
 */

// ("fake news" names a rumour, not its denial: "fake news about M23 entering Sake" is denied by "confirm no movement")
// Cheap trigger: one of these words must be in the text before anything else is read.
const CUES = new Set([
  'false', 'fausse', 'fausses', 'faux', 'fake', 'dementie', 'dementi', 'dementies', 'dementis', 'correction', 'rectificatif', 'violence', 'violences',
  'no', 'pas', 'aucun', 'aucune', 'confirm', 'confirms', 'confirmed', 'confirment', 'confirme',
  // (reports38: "Denial: the video … is from 2022", "was a misunderstanding", "était un malentendu", "Earlier message … was wrong")
  'happen', 'happened', 'lieu',
  'denial', 'misunderstanding', 'malentendu', 'wrong', 'erronee', 'erronees', 'errone', 'erreur', 'mistaken',
]);
const CUES_SAID = trigger([...CUES]);
const HARM_NOUN = /^(abduction|abductions|kidnapping|enlevement|enlevements|rapt|killing|killings|massacre|massacres|murder|meurtre|assassinat|rape|viol|attack|attaque|incursion)$/;
// (a video, a photo or a post going round is a rumour's carrier: "the video of M23 executing civilians is from 2022", reports38)
const RUMOUR = /^(rumou?rs?|rumeurs?|infos?|informations?|reports?|news|messages?|allegations?|claims?|alerte|alert|videos?|photos?|images?|clips?|audios?)$/;
const TOLD_AS = /^(reported|signale|signalee|signales|signalees|rapporte|rapportee|rapportes|rapportees|annonce|annoncee|annonces|annoncees|alleged|allegedly|presume|presumee|pretendu|pretendue|suppose|supposee|so-called|soi-disant)$/;
const ABOUT = /^(of|about|on|sur|d|de|du|des|concernant|regarding|un|une|a|an|the|le|la|l|les|adf|m23|codeco|mai|wazalendo|alleged|supposed)$/;
const WAS = /^(was|were|is|are|etait|etaient|est|sont|c)$/;
const RECAST_AFTER = /^(a|an|un|une|des|just|only|actually|really|en|simply|juste|seulement|drunk|in|at|chez|back|home)$/;
const DENIED = /^(false|fausse|fausses|faux|dementie|dementi|dementies|dementis|unfounded|infondee?s?|baseless|denial|misunderstanding|malentendu|wrong|erronee?s?|mistaken)$/;
// ("no civilian hurt", "no one hurt", "aucun civil blessé": a negation over a person word, then the harm)
const NEGATED_WHO = /^(civilian|civilians|civil|civils|one|body|person|personne|people|victim|victime|other)$/;
const NEGATION = /^(no|pas|aucun|aucune|not)$/;
const MISHAP = /^(drowned|drowning|noye|noyee|noyes|noyade|accident|accidental|accidentel|accidentelle|illness|maladie)$/;
const NO_VIOLENCE = [['no', 'sign', 'of', 'violence'], ['no', 'signs', 'of', 'violence'], ['no', 'trace', 'of', 'violence'], ['aucune', 'trace', 'de', 'violence'], ['pas', 'de', 'trace', 'de', 'violence'], ['aucun', 'signe', 'de', 'violence'], ['sans', 'trace', 'de', 'violence'], ['aucune', 'trace', 'de', 'violences']];
// The harms a closed report may name only as rumoured, reported, recast or negated.
const HARMS = ['kill', 'injure', 'abduct', 'sexual', 'torture'] as const;
// ("fake news that MONUSCO supplies ADF, youths threaten to burn the base": what the rumour stirred is news)
const STIRRED = ['threat', 'hate', 'loot', 'tension'] as const;
const OTHER_HARMS = ['detention', 'attack', 'explosive', 'recruit', 'access'] as const;
const DEATH_WORD = /^(body|bodies|corps|cadavre|dead|died|mort|morte|morts|death|deces|lifeless|sans|vie)$/;

const phraseAt = (tokens: readonly Token[], i: number, p: readonly string[]): boolean => p.every((w, d) => tokens[i + d]?.norm === w && (d === 0 || !tokens[i + d]!.stopBefore));

/** The harm word at `at` is one a rumour, a report or a correction named, negated or recast as something else. */
function harmOnlyTold(tokens: readonly Token[], at: number, strict = false): boolean {
  // ("correction: the 'attack' at Kasindi was a fight between drunk agents": a harm word in scare quotes, reports38)
  if (quotedHarmWord(tokens, at)) return true;
  if (NEGATION.test(tokens[at - 2]?.norm ?? '') && NEGATED_WHO.test(tokens[at - 1]?.norm ?? '') && !tokens[at - 1]!.breakBefore && !tokens[at]!.breakBefore) return true;
  // "rumour of ADF killings", "infos sur un massacre", "the reports of an abduction"
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k + 1]!.breakBefore) break;
    if (!strict && (RUMOUR.test(tokens[k]!.norm) || TOLD_AS.test(tokens[k]!.norm))) return true;
    if (NEGATION.test(tokens[k]!.norm)) return true; // "no abduction", "pas d'enlèvement"
    if (!ABOUT.test(tokens[k]!.norm) && !/^\p{Lu}/u.test(tokens[k]!.text)) break;
  }
  // "the man reported abducted", "abducted as reported"
  if (!strict && TOLD_AS.test(tokens[at + 1]?.norm ?? '') && !tokens[at + 1]!.breakBefore) return true;
  // ("the attack on Boikene reported this morning did not happen", "l'enlèvement de 3 cultivateurs signalé hier est faux":
  // the harm, then in the same clause the report of it and its denial; reports48)
  if (!strict && toldThenDenied(tokens, at)) return true;
  // "the Lubero 'abduction' was an arrest", "the two 'bodies' were drunk men", "l'enlèvement était une fugue"
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
    if (tokens[k]!.stopBefore) break;
    if (WAS.test(tokens[k]!.norm) && RECAST_AFTER.test(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

// "did not happen", "never happened", "n'a pas eu lieu", "est faux": the incident itself denied.
const NEVER_HAPPENED = [['did', 'not', 'happen'], ['didn', 't', 'happen'], ['never', 'happened'], ['n', 'a', 'pas', 'eu', 'lieu'], ['n', 'a', 'jamais', 'eu', 'lieu']];
const neverHappenedAt = (tokens: readonly Token[], i: number): boolean => NEVER_HAPPENED.some((p) => phraseAt(tokens, i, p));

/** The harm at `at`, then within its clause "reported"/"signalé" and a denial ("did not happen", "est faux"). */
function toldThenDenied(tokens: readonly Token[], at: number): boolean {
  let told = false;
  for (let k = at + 1; k < tokens.length && k <= at + 9; k++) {
    if (tokens[k]!.stopBefore) return false;
    if (TOLD_AS.test(tokens[k]!.norm)) told = true;
    else if (told && (neverHappenedAt(tokens, k) || (WAS.test(tokens[k]!.norm) && DENIED.test(tokens[k + 1]?.norm ?? '')))) return true;
  }
  return false;
}

/** "was an arrest", "était une fugue": the word at `at` tells what the incident denied really was. */
function recastAs(tokens: readonly Token[], at: number): boolean {
  if (harmOnlyTold(tokens, at)) return true;
  return [1, 2].some((d) => WAS.test(tokens[at - d]?.norm ?? '') && !tokens.slice(at - d + 1, at + 1).some((t) => t.breakBefore));
}

function closingSaid(tokens: readonly Token[]): { denied: boolean; noViolence: boolean; correctionOnly: boolean } {
  let denied = false;
  let noViolence = false;
  let corrected = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (w === 'correction' || w === 'rectificatif') corrected = true;
    else if (DENIED.test(w)) denied = true;
    // "no abduction", "pas d'enlèvement", "aucun enlèvement"
    else if (NEGATION.test(w) && (HARM_NOUN.test(tokens[i + 1]?.norm ?? '') || (/^(d|de)$/.test(tokens[i + 1]?.norm ?? '') && HARM_NOUN.test(tokens[i + 2]?.norm ?? '')))) denied = true;
    // "confirm no movement", "confirment qu'il n'y a pas eu"
    else if (/^(confirm|confirms|confirmed|confirment|confirme)$/.test(w) && /^(no|aucun|aucune|qu|that)$/.test(tokens[i + 1]?.norm ?? '')) denied = true;
    if (neverHappenedAt(tokens, i)) denied = true;
    if (NO_VIOLENCE.some((p) => phraseAt(tokens, i, p))) noViolence = true;
  }
  return { denied: denied || corrected, noViolence, correctionOnly: corrected && !denied && detailCorrected(tokens) };
}

// A correction of a detail, "…, not a minor", "pas mineure", "8 dead, not 10", "et non 10": the incident itself stands.
const DETAIL = /^(minor|minors|mineure|mineur|mineures|mineurs|child|adult|adulte|majeure|majeur|girl|boy|fille|garcon|woman|man|femme|homme)$/;
function detailCorrected(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!/^(not|pas|non)$/.test(t.norm)) return false;
    const next = /^(a|an|un|une)$/.test(tokens[i + 1]?.norm ?? '') ? tokens[i + 2] : tokens[i + 1];
    return next !== undefined && (DETAIL.test(next.norm) || /^\d+$/.test(next.norm));
  });
}

/** True when the report only closes or denies an incident: no harm is told as news. */
export function closedIncident(s: Signals): boolean {
  const tokens = s.tokens;
  // (deaths of an illness, hunger or childbirth: nobody did it, categories/natural-deaths.ts)
  if (naturalDeathsOnly(s)) return true;
  if (!said(tokens, CUES_SAID) || !tokens.some((t) => CUES.has(t.norm))) return false;
  const { denied, noViolence, correctionOnly } = closingSaid(tokens);
  if (!denied && !noViolence) return false;
  const harms = HARMS.flatMap((h) => s.all(h));
  // a death by mishap with no violence: only death words, a mishap named
  if (noViolence && tokens.some((t) => MISHAP.test(t.norm))) return harms.every((h) => DEATH_WORD.test(tokens[h.start]!.norm) || MISHAP.test(tokens[h.start]!.norm));
  if (!denied || STIRRED.some((x) => s.has(x))) return false;
  // every harm named is the one denied, or what it is recast as ("the 'abduction' was an arrest"); at least a rumour, a report
  // or a negation said ("journalists remanded for 'spreading false news'": the detention is news)
  const others = OTHER_HARMS.flatMap((h) => s.all(h));
  // (a correction alone may only amend a detail: "Correction on Kitutu: the victim of the rape reported yesterday is 22, not a
  // minor" keeps the rape; the harm must be recast, quoted or negated, not merely "reported", reports38)
  return harms.every((h) => harmOnlyTold(tokens, h.start, correctionOnly)) && others.every((h) => recastAs(tokens, h.start)) && (harms.length > 0 || tokens.some((t) => RUMOUR.test(t.norm)) || tokens.some((_, i) => neverHappenedAt(tokens, i)));
}
