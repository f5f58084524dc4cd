import { versusPairAt } from '../categories/versus-pair.js';
import { backgroundAttackOnPost } from './background-clash.js';
import type { Perpetrator } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import { notTheDoer, staffTitle } from './staff-titles.js';
import { UNKNOWN_ACTOR_ID } from './actors.js';
import { withConventionDoers } from './convention-doers.js';
import { withFactions } from './factions.js';
import { withShortAndAloneNames } from './short-and-alone-names.js';
import { askedToAct } from './asked-to-act.js';
import { enemyGlossed } from './enemy-glossed.js';
import { deniedReport, factionOfKnown } from '../constructions/denials-and-rumours.js';
import { blamedEachOther, blameTraded, forcesOnlyPresent, groupAboutInCalm } from '../constructions/everyday-kivu.js';
import { withForeignForces } from './foreign-forces.js';
import { saidAbsent } from '../categories/group-presence.js';
import { sidedWith } from './sided-with.js';
import { returnOnlyFeared } from './feared-return.js';
import { findGroupNames, type GroupName } from './groups.js';
import { hyphenedSide } from './hyphened-sides.js';
import { forceNamedAsPlace, forceOnlyResponding } from './force-responding.js';
import { forceTookPlaceBack } from './force-took-back.js';
import { formerRanksOfVictim } from './former-fighter.js';
import { saidShielded } from './said-shielded.js';
import { forceNotDoing } from './force-as-victim.js';
import { unknownOfThing } from './unknown-of-thing.js';
import { forceBehindReturn } from './force-behind-return.js';
import { forceOnlyPosted } from './force-posted.js'; // ("FARDC posted at the entrance of the village" in a return) // ("retour … après le déploiement des FARDC": the cause of a return)
import { forceOnlyTelling } from './force-telling.js';
import { allegedTieOnly } from './alleged-ties.js';
import { jointDoer } from './joint-doers.js';
import { withoutGroupPolice } from './group-own-police.js';
import { toldToForceOnly } from './told-to-force.js';
import { isForceHarm } from './host-forces.js';
import { groupDenies } from './group-denies.js';
import { rescuedOrOperated } from './rescuers.js';
import { forcePostAsLandmark } from './force-landmark.js';
import { accusedOfBeing } from './accused-person.js';
import { dispersedAFight } from './fight-dispersed.js';
import { dispersedACrowd } from './crowd-dispersed.js';
import { goneOrDenounced } from './gone-or-denounced.js';
import { forcePostReached } from './force-post-reached.js';
import type { QuietKind } from '../categories/quiet-days.js';
import type { Reading } from '../reading.js';
import { keywordsTaken } from '../categories/signal-hits.js';
import { mishapOnly, onlyControlling } from './controls-the-place.js';
import { protestCauseDoers } from '../categories/protest-cause.js';
import { chargedAsGroup } from './charged-as-group.js';
import { saidToBeCharge } from './said-to-be.js';
import { namedAsTarget } from './target-not-doer.js';
import { unitAmbushed } from './unit-ambushed.js';
import { fellBackFrom } from './fell-back-from.js';
import { doubtedAlternative } from './doubted-alternative.js';
import { forceCaughtCulprit } from '../categories/culprit-arrested.js';
import { sentToCourt } from '../categories/sent-to-court.js'; // (suspects arrested and sent to the courts: the force responded)
import { forceFoundOrdnance } from './ordnance-finder.js';
import { suspectsAsVictims } from './suspects-as-victims.js';
import { freedByForce } from './freed-by-force.js';
import { forceServed } from './force-served.js';
import { onlyPatrolling } from './patrol-only.js';
import { rumourPanic } from '../categories/rumour-panic.js';
import { childrenHandedOver } from './children-handed-over.js';
import { forceAnsweredCrime } from '../constructions/suspects-arrested.js';
import { groupOnPatrol } from './patrolling-in-calm.js';
import { earlierThreatOnly } from './earlier-threat.js';
import { topicOfSpeech } from './topic-of-speech.js';
import { firstBlamedOnly } from './first-blamed.js';
import { forceInCondition } from './force-in-condition.js';
import { patrolFoundBodies } from './patrol-found-bodies.js';
import { sideOnlyInClash } from './clash-then-harm.js';
import { backgroundRaid } from './background-raid.js';
import { threatsExchanged } from './threats-exchanged.js';
import { oversightBody } from './oversight-bodies.js';
import { forceInResponse } from './force-in-response.js';
import { joinedToHostForce } from './patrol-with-army.js';
import { said, trigger } from '../triggers.js';
import { forceBackInControl } from './force-back-in-control.js'; // ("fighting over, FARDC back in control": holds the place)
import { militaryPoliceArresting } from './military-police.js';
import { forceAsClashSide } from './between-sides.js'; // ("a shootout between armed men and the FARDC": a side, C4)

/**
 * Who did it: the actors named as doers (not those who report, respond, are only present, said absent or
 * trading blame), groups the actor list does not know named as groups, the host police and army named
 * only as "police" or "soldiers", state services, factions and foreign forces (conventions C1–C5, C14,
 * C15). A quiet day or a denied report names nobody (a rumour not yet confirmed keeps who it names).
 */
export function readDoers(r: Reading, category: CategoryId, quiet: QuietKind | null, quietAs: CategoryId | null, meeting: boolean): Perpetrator[] {
  const { ctx, tokens, description, taken, mentions, signalHits } = r;
  if (meeting) return [];
  if (quiet && !(quiet === 'unconfirmed' && (quietAs === null || quietAs === 'displacement'))) return [];
  // ("rumeurs sur des codeco…, panique, rien de confirmé": not confirmed is no denial, the group feared is named: C9, categories/rumour-panic.ts)
  if (deniedReport(signalHits) && !groupAboutInCalm(signalHits, tokens, mentions.map((m) => m.end)) && !groupOnPatrol(tokens, mentions.map((m) => ({ end: m.end, hostState: m.actor.hostState === true || joinedToHostForce(tokens, description, m.start, m.end) }))) && !(category === 'threat_intimidation' && rumourPanic(tokens, signalHits, true))) return [];
  const blameAt = blameTraded(signalHits, tokens); // (blame traded names no doer: constructions/everyday-kivu.ts)
  const otherActorNamed = (actor: unknown): boolean => mentions.some((o) => o.actor !== actor);
  const mishap = mishapOnly(signalHits);
  // ("FARDC/wazalendo": the word a slash joins before this name)
  // ("FARDC and Wazalendo positions", "FARDC et Wazalendo": the actor an "and" joins before this name, reports41)
  const joinedBefore = (k: number): number => {
    if (k > 0 && description[tokens[k]!.start - 1] === '/') return k - 1;
    if (k < 2 || !/^(and|et|&)$/.test(tokens[k - 1]!.norm) || tokens[k]!.breakBefore || tokens[k - 1]!.breakBefore) return k;
    if (FORCE_ACRONYM.test(tokens[k - 2]!.norm)) return k - 2;
    return mentions.find((o) => o.end === k - 1)?.start ?? k;
  };
  const spans = mentions.map((o) => ({ start: o.start, end: o.end, id: o.actor.id }));
  const doers = mentions.filter(
    (m) =>
      !saidAbsent(tokens, m.start) &&
      // ("Origin unknown", "of unknown origin": unknown said of a thing, unknown-of-thing.ts)
      !(m.actor.id === UNKNOWN_ACTOR_ID && unknownOfThing(tokens, m.start, m.end)) &&
      // ("sur les positions FARDC/wazalendo", "families of wazalendo will be 'dealt with'": only the target, target-not-doer.ts)
      !namedAsTarget(tokens, m.start, m.end, joinedBefore) &&
      !unitAmbushed(tokens, m.start, m.end) &&
      !(otherActorNamed(m.actor) && fellBackFrom(tokens, m.start)) &&
      !doubtedAlternative(tokens, m.start, m.end) && // ("nobody knows if they are real soldiers or Mai-Mai": doubted-alternative.ts) // ("after pulling back from M23": fell-back-from.ts) // ("embuscade à un convoi FARDC": the unit hit, unit-ambushed.ts)
      !allegedTieOnly(tokens, m.start) && // (a group the victims are said to side with: alleged-ties.ts)
      !earlierThreatOnly(tokens, m.start) &&
      !topicOfSpeech(tokens, m.start) && // ("after airing a programme on taxes at FARDC barriers": the topic, topic-of-speech.ts) // ("killed by unknown gunmen; he had been threatened by M23": the background, earlier-threat.ts)
      !firstBlamedOnly(tokens, m.start, m.end, otherActorNamed(m.actor)) && // ("radio first blamed Mai-Mai, survivors identified ADF": first-blamed.ts)
      !formerRanksOfVictim(tokens, m.start, m.end) &&
      !saidShielded(tokens, m.start) && // ("after rumours the UN 'hides' CODECO": the rumour's object, said-shielded.ts) // ("un ex-combattant CODECO détenu": the victim's former ranks, former-fighter.ts)
      !chargedAsGroup(tokens, m.start) && // ("accusés d'être des Wazalendo": the charge, charged-as-group.ts)
      !suspectsAsVictims(tokens, m.start, m.end) && // ("exécuté 2 présumés ADF", "ADF collaborators": suspects-as-victims.ts)
      !saidToBeCharge(tokens, m.start) && // ("8 young men said to be wazalendo": what they are taken for, said-to-be.ts)
      !enemyGlossed(tokens, description, m.start) && // ("pour intelligence avec l'ennemi (M23)": enemy-glossed.ts)
      // (the group that holds the place of a mishap did not cause it: controls-the-place.ts)
      !(mishap && onlyControlling(tokens, m.start, m.end)) &&
      !blamedEachOther(tokens, m.start, blameAt) &&
      !threatsExchanged(tokens, m.start, m.end) && // ("Babembe youths and Twirwaneho exchanging threats": threats-exchanged.ts)
      // (the side "anyone who joins" is warned about did nothing: sided-with.ts)
      !sidedWith(tokens, m.start) &&
      // (a group whose return is only feared, beside another actor who acted: feared-return.ts)
      !(otherActorNamed(m.actor) && returnOnlyFeared(tokens, m.start)) &&
      // (a group that denies, with nobody accusing it, is not named on its own word: group-denies.ts)
      !groupDenies(tokens, m.start, m.end) &&
      // ("Wazalendo ambushed an M23 column; M23 then … shot dead two young men": only the clash, clash-then-harm.ts)
      !sideOnlyInClash(tokens, description, { start: m.start, end: m.end, id: m.actor.id }, spans, signalHits, category) &&
      // ("…, a day after M23 attacked their position": a group in the background hit a post, background-clash.ts)
      !backgroundAttackOnPost(tokens, m.start, m.end, (k) => mentions.some((o) => o !== m && o.end <= k)) &&
      // ("Police arrested 3 youths after the Mai-Mai raid on the market": the cause, background-raid.ts)
      !backgroundRaid(tokens, m.start, m.end, (k) => mentions.some((o) => o.actor !== m.actor && o.start <= k && k < o.end)) &&
      !forcesOnlyPresent(tokens, m.start, m.end, m.actor.hostState === true) &&
      // Who reports, responds, is only rumoured or owns what was burnt did not do it (doers/staff-titles.ts).
      !notTheDoer(tokens, m.start, m.end, m.actor.hostState === true, otherActorNamed(m.actor)) &&
      !(m.actor.hostState === true && (dispersedAFight(tokens, m.start, m.end) || dispersedACrowd(tokens, m.start, m.end))), // (fight-dispersed.ts, crowd-dispersed.ts)
  );
  const groups = findGroupNames(tokens, description, keywordsTaken(taken, signalHits), (name) => ctx.actors.lookup(name) !== null).filter(
    (g) =>
      !staffTitle(g.name) &&
      !militaryPoliceArresting(tokens, g.start, g.end) && // ("soldier arrested by MP": the army's police responded, military-police.ts)
      !oversightBody(g.name) && // ("Station warned by CSAC": a regulator, oversight-bodies.ts)
      // (a people accused of being something is who the words target: "accusant les Shi d'être complices", accused-person.ts)
      !accusedOfBeing(tokens, g.start, g.end) &&
      !chargedAsGroup(tokens, g.start) &&
      !saidToBeCharge(tokens, g.start) &&
      !goneOrDenounced(tokens, g.start, g.end) && // (what a threatened person denounced: gone-or-denounced.ts)
      !allegedTieOnly(tokens, g.start) &&
      !firstBlamedOnly(tokens, g.start, g.end, mentions.length > 0) &&
      !blamedEachOther(tokens, g.start, blameAt) &&
      // a name right after a known actor is its faction ("Mai-Mai Yakutumba"), unless a slash sets it apart
      // (nor a hyphen beside a clash word: "combats Nyatura-APCLS", hyphened-sides.ts)
      !mentions.some((m) => m.end === g.start && description[tokens[g.start]!.start - 1] !== '/' && !hyphenedSide(tokens, g.start, g.end)) &&
      !factionOfKnown(tokens, mentions.map((m) => m.end), g.start),
  );
  // (a host force in a clause of its own telling no harm, when another actor did it, only responded: force-responding.ts)
  // (reports23: unknown armed men or bandits who did it leave the force its response too: "2 taken by unknown armed men,
  // PNC+FARDC on their trail", "bus robbed by bandits. PNC fired in the air and the bandits fled")
  const otherDoer = groups.length > 0 || doers.some((m) => !m.actor.hostState) || banditsNamed(tokens);
  // (their post named as where it happened is a landmark: "killed near the FARDC camp")
  // (counted among the victims, the source of a figure, or restoring order: force-as-victim.ts)
  // (the force the harm was told to: "complained to the PNC that…", told-to-force.ts)
  // (the force that freed the hostages or ran the operation against that group: rescuers.ts)
  const actorAt = (k: number): boolean => mentions.some((o) => o.start <= k && k < o.end) || /^(updf|rdf|fdnb|monusco|fib)$/.test(tokens[k]?.norm ?? '');
  const rescuer = (m: (typeof doers)[number]): boolean => otherDoer && rescuedOrOperated(tokens, m.end, actorAt);
  // (freed by the force in the passive: "freed from ADF captivity by FARDC", freed-by-force.ts; the force cared for or
  // sheltered: "threatens the health centre if it keeps treating FARDC soldiers", force-served.ts; only patrolling in a
  // calm or a return: patrol-only.ts)
  // (asked to deploy or intervene: "chiefs ask FARDC to deploy", asked-to-act.ts)
  // (paired with a group that did it with them: "Imbonerakure and FARDC … ask 1000 FC", joint-doers.ts)
  const groupAt = (k: number): boolean => mentions.some((o) => o.end - 1 === k || o.start === k) || groups.some((g) => g.end - 1 === k || g.start === k);
  const acting = doers.filter((m) => !m.actor.hostState || forceAsClashSide(tokens, m.start) || !(forceCaughtCulprit(tokens, signalHits, category, m.start, m.end) || (category === 'other' && sentToCourt(tokens)) || forceAnsweredCrime(tokens, m.start, m.end) || forceFoundOrdnance(tokens, m.start, m.end, category) || patrolFoundBodies(tokens, m.start, m.end) || (otherDoer && childrenHandedOver(tokens, m.start, m.end)) || forceNamedAsPlace(tokens, m.start, m.end) || forceTookPlaceBack(tokens, m.start, m.end) || forceBackInControl(tokens, m.start, m.end, otherDoer || mentions.some((o) => o.actor !== m.actor)) || askedToAct(tokens, m.start, m.end) || forcePostReached(tokens, m.start, m.end) || forceNotDoing(tokens, m.start, m.end) || (otherDoer && forceInCondition(tokens, m.start)) || forceInResponse(tokens, m.start, m.end) || forceBehindReturn(tokens, m.start, category) || forceOnlyTelling(tokens, m.start, m.end, category) || toldToForceOnly(tokens, m.start, m.end, isForceHarm) || rescuer(m) || (otherDoer && freedByForce(tokens, m.start)) || forceServed(tokens, m.start) || onlyPatrolling(tokens, m.start, m.end, category) || forceOnlyPosted(tokens, m.start, m.end, category) || (otherDoer && forcePostAsLandmark(tokens, m.start, m.end)) || (otherDoer && !versusSide(tokens, m.start, m.end, mentions) && !jointDoer(tokens, m.start, m.end, groupAt) && forceOnlyResponding(tokens, m.start, m.end, signalHits))));
  // ("RM" for the Raia Mutomboki, "Yakutumba" named alone: short-and-alone-names.ts)
  const named = withShortAndAloneNames(withFactions(withGroups(acting.map((m) => ctx.actors.perpetrator(m.actor)), groups), tokens, ctx.actors), tokens, ctx.actors);
  // ("M23 'police' arrested 3 traders": the group's own police, no PNC, group-own-police.ts; "protest after yesterday's
  // killing by soldiers": the cause's doer did nothing at the protest, categories/protest-cause.ts)
  return protestCauseDoers(withoutGroupPolice(withForeignForces(withConventionDoers(named, tokens, mentions.filter((m) => !formerRanksOfVictim(tokens, m.start, m.end)), category, ctx.actors), tokens, description, mentions), tokens, mentions), category, tokens, signalHits, mentions);
}

const FORCE_ACRONYM = /^(fardc|pnc|updf|rdf|fdnb)$/;

// "FARDC vs ADF at Mbau since this morning", "Wazalendo contre FARDC": a side of a clash (C4), not a force responding
// (categories/versus-pair.ts; the other side may be an actor or a group's acronym).
function versusSide(tokens: Reading['tokens'], start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  const ends = (e: number): boolean => spans.some((o) => o.end === e);
  const starts = (s: number): boolean => spans.some((o) => o.start === s);
  return versusPairAt(tokens, end, ends, starts) || versusPairAt(tokens, start - 1, ends, starts);
}

const BANDITS = /^(bandits?|voleurs?|thieves|thief|robbers?|braqueurs?|coupeurs?|criminals?|criminels?|inconnus|unknowns?|unknwn|gunmen|assailants|assaillants|attackers|agresseurs|ravisseurs|kidnappers|abductors|majambazi|jambazi|wahalifu)$/;
const BANDITS_SAID = trigger([
  ...['bandit', 'bandits', 'voleur', 'voleurs', 'thieves', 'thief', 'robber', 'robbers', 'braqueur', 'braqueurs', 'coupeur', 'coupeurs', 'criminal', 'criminals'],
  ...['criminel', 'criminels', 'inconnus', 'unknown', 'unknowns', 'unknwn', 'gunmen', 'assailants', 'assaillants', 'attackers', 'agresseurs', 'ravisseurs'],
  ...['kidnappers', 'abductors', 'majambazi', 'jambazi', 'wahalifu', 'armed', 'homme', 'hommes', 'silaha'],
]);
// (Swahili armed men, "watu wenye silaha" / "watu wa silaha": reports39)
const SW_ARMED = /^(wenye|wa|na)$/;
function banditsNamed(tokens: Reading['tokens']): boolean {
  return said(tokens, BANDITS_SAID) && tokens.some((t, i) => BANDITS.test(t.norm) || (t.norm === 'armed' && /^(men|man)$/.test(tokens[i + 1]?.norm ?? '')) || (/^hommes?$/.test(t.norm) && /^armes?$/.test(tokens[i + 1]?.norm ?? '')) || (t.norm === 'silaha' && SW_ARMED.test(tokens[i - 1]?.norm ?? '')));
}

// Groups the actor list does not know, named as groups in the text, are perpetrators in free text; a
// named group says more than "unknown".
function withGroups(known: Perpetrator[], groups: readonly GroupName[]): Perpetrator[] {
  if (groups.length === 0) return dedupePerpetrators(known);
  const named = known.filter((p) => p.actorId !== UNKNOWN_ACTOR_ID);
  return dedupePerpetrators([...named, ...groups.map((g) => ({ actorId: null, name: g.name }))]);
}

/** Each actor once (by id, or by name for free text, case-insensitive), in first-named order. */
export function dedupePerpetrators(list: Perpetrator[]): Perpetrator[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = p.actorId ?? `name:${p.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
