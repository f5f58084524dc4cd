import { forceInDenouncedHarm } from './denounced-harm.js';
import { dispersedACrowd } from './crowd-dispersed.js';
import { aIsPlace } from './a-as-place.js';
import { enteredThenHarmed } from './entered-then-harmed.js';
import { paidToForceAt } from '../constructions/paid-to-force.js';
import { isPeacekeeperUnit } from '../categories/peacekeeper-units.js';
import { forceArrestedSuspects, suspectsArrested } from '../constructions/suspects-arrested.js';
import type { Actor } from '../../config/mission.js';
import { postQualifier } from './border-post.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import { numberedRegiment, REGIMENT_WORDS } from './numbered-regiment.js';
import { FORCE_TYPOS, forceWordTypo } from './force-word-typos.js';
import { rapedInCustody } from './raped-in-custody.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import type { Token } from '../normalize.js';
import { accusedOfHarm, barrierHeldBy, beatenUp, moreHarm } from './accused-and-barriers.js';
import { forceDoer15 } from './gone-or-denounced.js';
import { forceDoer16 } from './unruly-forces.js';
import { openedFire } from './sides-and-signatures.js';
import { peopleAfter } from '../categories/people-taken.js';
import { peopleLedAway } from './led-away.js';
import { forceNamedAuthor } from './force-authors.js';
import { peoplePickedUp } from '../victims/picked-up.js';
import { carriedForCare } from '../categories/leaving-and-care.js';
import { forceMadePeoplePay } from './made-to-pay.js';
import { forceCameToHarm } from './force-purpose.js';
import { toldToForce } from './told-to-force.js';
import { shotSomeoneDead } from './shot-dead.js';
import { harmAfterForceWords } from './force-subject.js';
import { forceOperation } from './force-operation.js';
import { forceWarnedSomeone } from './force-warned.js';
import { forceUsedCrowdControl } from './crowd-control.js';
import { fireOfForce } from './fire-of-force.js';
import { forceAsClashSide } from './between-sides.js';
import { leaderAndMen, postedThenHarm } from './posted-then-harm.js';
import { stateAgentRole } from './state-agent-roles.js';

/**
 * Conventions C1 and C2 (2026-12-06): the host state has one police and one army, so "police",
 * "policiers", "soldiers", "militaires", "troops" who did the harm are that police or that army, even
 * unnamed ("Police beat two motorcyclists", "2 femmes violées par des militaires"); an alert naming
 * them carries the HRDDP flag. Not when they are victims ("1 policeman killed"), responders or
 * bystanders ("police came", "la police s'est interposée", "arrested the suspect"), UN or foreign
 * ("UN police", "casques bleus", "militaires ougandais"), or only a uniform ("en tenue militaire").
 */

export type ForceKind = 'police' | 'army';

// (with SMS, slang, Swahili and Lingala forms: "cops", "flics", "polisi", "wanajeshi", "basoda")
const POLICE_LIST = ['police', 'polices', 'policier', 'policiers', 'policiere', 'policieres', 'policeman', 'policemen', 'opj', 'cop', 'cops', 'flic', 'flics', 'polisi',
  // (SMS slips of the short word: "polce arrestd 7 students"; force-word-typos.ts guesses only words of 7 letters or more)
  'polce', 'plice', 'polic', 'pollice'];
const ARMY_LIST = ['soldiers', 'soldier', 'soldats', 'soldat', 'militaires', 'militaire', 'militairs', 'troops', 'military', 'army', 'armee', 'marine', 'navy', 'wanajeshi', 'basoda', 'musoda', 'masoda'];
const POLICE_WORDS = oneOf(POLICE_LIST);
const ARMY_WORDS = oneOf(ARMY_LIST);
// (a force word, typed right or with one slip, "forces de l'ordre", "law enforcement", a police station, a regiment)
const FORCE_SAID = trigger([...POLICE_LIST, ...ARMY_LIST, ...FORCE_TYPOS, 'commissariat', 'commissariats', 'ordre', 'enforcement', ...REGIMENT_WORDS]);
// Words that make police or soldiers someone else's: the UN's, a foreign state's, an armed group's own, children.
const CHILD = /^(child|children|kid|kids|enfants?)$/;
const NOT_HOST = /^(onu|unpol|fpu|monusco|mission|casques?|bleus?|blue|helmets?|peacekeep\w*|paix|malawian|malawites?|nepal\w*|indian|indiens?|pakistan\w*|banglad\w*|tanzan\w*|south|sud|ugandan|ougandai\w*|uganda|ouganda|updf|burundian|burundai\w*|burundi|fdnb|rwandan|rwandai\w*|rwanda|rdf|foreign|etrangers?|child|children|kid|kids|enfants?|enfant|former|ex|anciens?|uniform|uniforms|uniformes?|tenue|tenues|fatigues|traffic|roulage|circulation)$/;
// Done to people by whoever acts: the harm of C1 and C2 (arrest, beat, shoot, extort, rape, loot, disperse, block…).
const HARM = /^(arrest\w*|arret\w*|aret(e|es|ee|ees|er|ent|ait|aient)|arrst\w*|arstd|arrtd|interpell\w*|apprehend\w*|detain\w*|deten\w*|detin\w*|held|hold|holding|holds|lock\w*|enferm\w*|round\w*|rafl\w*|picked|embarqu\w*|beat|beats|beating|beaten|batt\w*|bat|tabass\w*|frapp\w*|fouett\w*|whip\w*|flog\w*|chicott\w*|bastonn\w*|kick\w*|tortur\w*|shot|gunned|shoot\w*|fired|fire|firing|tir|tire|tirer|tirent|tirant|tiraient|kill\w*|tue|tuent|tuaient|abatt\w*|execut\w*|murder\w*|extort\w*|extorqu\w*|rackett?\w*|rancon\w*|exig\w*|demand\w*|rap\w*|viol\w*|abus\w*|harass\w*|harcel\w*|molest\w*|assault\w*|agress\w*|loot\w*|pill\w*|stole|steal\w*|took|emport\w*|burn\w*|brul\w*|incend\w*|dispers\w*|threat\w*|menac\w*|intimid\w*|block\w*|bloqu\w*|refus\w*|empech\w*|interdi\w*|search\w*|fouill\w*|occup\w*|chass\w*|expel\w*|expuls\w*|evict\w*|demoli\w*|demolish\w*|deguerpi\w*|forc\w*|contraign\w*|raid\w*|wound\w*|bless\w*|injur\w*|stabb\w*|poignard\w*|humili\w*|exactions|bavures?|brutalit\w*|(a|wa|ali|wali|ame|wame|ku|ana|wana)pigw\w*|risasi|enlev\w*|abduct\w*|kidnap\w*|take|takes|taking|prend|prennent|prenent|reten\w*|transfer\w*)$/;
// Said of police or soldiers who came after the harm: not who did it.
const RESPONSE = /^(came|come|comes|arriv\w*|venu\w*|deploy\w*|deploi\w*|cordon\w*|boucl\w*|secur\w*|interv\w*|interpos\w*|respond\w*|rescu\w*|secour\w*|evacu\w*|escort\w*|protect\w*|proteg\w*|patrol\w*|investig\w*|enquet\w*|found|retrouv\w*|recover\w*|recuper\w*|alert\w*|inform\w*|called|appel\w*|present|presents)$/;
// "arrested the suspect", "a interpellé deux présumés auteurs": the police answering the crime.
const CULPRIT = /^(meneurs?|ringleaders?|instigat\w*|fauteurs?|troublemakers?|agitat\w*|suspects?|suspected|auteurs?|authors?|perpetrators?|presumed|presumes?|presumees?|coupables?|culprits?|killers?|meurtriers?|assassins?|thie(f|ves)|voleurs?|bandits?|criminals?|criminels?)$/;
// Said of the ones harmed: "1 policeman killed", "policiers blessés", "soldiers injured".
const SUFFERED = /^(killed|dead|died|wounded|injured|hurt|abducted|kidnapped|captured|lynched|stabbed|hacked|tue|tues|tuee|abattue?s?|morts?|decede\w*|blesses?|blessee?s?|enleves?|kidnappes?|captures?|lynche\w*|poignardes?|disarmed|desarmes?|missing|disparus?)$/;
const AUX = /^(have|has|had|ont|a|avaient|avait|auraient|aurait|reportedly|allegedly|also|aussi|then|ensuite|allegedly|would|just|deja|already|en|y)$/;
const PASSIVE_AUX = /^(were|was|been|being|is|are|sont|ete|etait|etaient|est|fut|furent)$/;
const NEGATION = /^(not|no|never|n|ne|pas|didnt|did|jamais|nobody|aucun)$/;
// (the unit or the duty between them and the verb: "les militaires en opération ont incendié", "soldiers of the 3410th regiment extorted")
const MEMBERS = /^(operations?|patrols?|patrouilles?|regiments?|regt|rgt|battalions?|bataillons?|brigades?|company|compagnie|companies|unit|units|unite|unites|secteur|sector|\d+(e|eme|th|st|nd|rd|ieme)|of|the|du|on|duty|service|officers?|agents?|elements?|elts|men|hommes|station|stn|post|poste|lock|cell|commanders?|commandant|chief|chefs?|intelligence|renseignement|indisciplined|indisciplines?|drunk|ivres?|armed|armes?|heavily|lourdement|en|in|debandade|disarray|deserters?|deserteurs?|saoul|saouls|soul|souls|sub|sous|roadblock|checkpoint|barriere|barrage)$/;
const FILLERS = /^(law|riot|ba|retreating|fleeing|drunk|drunken|undisciplined|unruly|rogue|ivres?|indisciplines?|dgm|the|a|an|some|several|many|les|des|la|le|l|un|une|de|du|d|of|quelques|plusieurs|certains|deux|trois|two|three|four|quatre|cinq|five|\d+|agents?|elements?|officers?|hommes|men|membres?|members?)$/;
const BY = /^(by|par|na)$/;
const isHarm = (n: string): boolean => HARM.test(n) || HARM_NOUN.test(n) || moreHarm(n);
/** A harm police or soldiers do (C1, C2), for readers elsewhere. */
export const isForceHarm = (n: string): boolean => HARM.test(n) || moreHarm(n);
// Harm told as a noun before "by/par": "harcèlement sexuel des femmes par des militaires", "arrestations par la police".
const HARM_NOUN = /^(harcelement|harassment|arrestations?|arrests?|detentions?|viols?|rapes?|tortures?|executions?|tirs|bastonnades?|extorsions?|rackets?|pillages?|violences?|abus|abuses|brutalit\w*|bavures?|tracasseries|exactions|assaults?|agressions?|beatings?|shootings?|killings?|meurtres?|passage|tabac|traitements?|treatment|force)$/;
// Where people are held: "police station", "cachot de la police", "camp militaire", "military camp"; the cell said in
// Kivu slang or as a jail ("l'amigo de l'ANR", "la cellule de la DEMIAP", "the ANR's jail", reports20).
const HOLDING_PLACE = /^(station|stn|stations|post|poste|lock|lockup|cell|cells|cachot|cachots|custody|commissariat|commissariats|camp|camps|barracks|caserne|garde|office|offices|bureau|bureaux|locaux|amigo|amigos|cellule|cellules|jail|jails|lockups)$/;
const HOLDING_CATEGORIES: ReadonlySet<CategoryId> = new Set(['arbitrary_detention', 'torture_ill_treatment']);
// A barrier they man, in a report of what is done at barriers: "barrière illégale des militaires, jeton de 1000 FC".
const BARRIER = /^(barriere|barrieres|barrage|barrages|checkpoint|checkpoints|roadblock|roadblocks)$/;
const BARRIER_CATEGORIES: ReadonlySet<CategoryId> = new Set(['access_denial', 'threat_intimidation', 'looting_destruction', 'torture_ill_treatment', 'arbitrary_detention']);

/** The host state's police and army among the mission's actors: the host-state actor whose names say police, or army. */
export function hostForces(actors: readonly Actor[]): Partial<Record<ForceKind, Actor>> {
  const out: Partial<Record<ForceKind, Actor>> = {};
  for (const a of actors) {
    if (!a.hostState) continue;
    const names = [a.name, ...(a.aliases ?? [])].join(' ').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (!out.police && /\bpolice\b/.test(names)) out.police = a;
    else if (!out.army && /\b(army|armee|armees|forces armees)\b/.test(names)) out.army = a;
  }
  return out;
}

/**
 * Which host forces the text names, unnamed, as the ones who did the harm (C1, C2). `actorsAt` marks words
 * already read as named actors; `otherActorNamed`: an armed group is named (a holding place then
 * does not say who held).
 */
export function forcesAsDoers(tokens: readonly Token[], actorsAt: Uint8Array, category: CategoryId, otherActorNamed: boolean): ForceKind[] {
  if (!said(tokens, FORCE_SAID)) return [];
  const found = new Set<ForceKind>();
  const holds = HOLDING_CATEGORIES.has(category) || rapedInCustody(tokens, category);
  for (let i = 0; i < tokens.length; i++) {
    if (actorsAt[i]) continue;
    const w = tokens[i]!.norm;
    // "détenu au cachot du commissariat": a police station, in a report of detention or ill-treatment.
    if (/^commissariats?$/.test(w)) {
      if (!otherActorNamed && holds) found.add('police');
      continue;
    }
    // ("mlitaires ont tabassé", "soliders beat": a force word typed with one slip, doers/force-word-typos.ts)
    const typo = w.length >= 7 ? forceWordTypo(w) : null;
    const police = POLICE_WORDS.test(w) || lawAndOrderAt(tokens, i) || typo === 'police';
    // ("elts of the 3410 regiment shot": a numbered regiment is the army, doers/numbered-regiment.ts)
    if (!police && !ARMY_WORDS.test(w) && typo !== 'army' && !numberedRegiment(tokens, i)) continue;
    // "military police", "police militaire": the army's police.
    const kind: ForceKind = police && !/^(military|militaire)$/.test(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm !== 'militaire' ? 'police' : 'army';
    if (found.has(kind)) continue;
    // (a party named beside another armed actor is not that actor's own men: "entre policiers et Mai-Mai")
    if (partyToClash(tokens, actorsAt, i)) {
      found.add(kind);
      continue;
    }
    if (notHost(tokens, actorsAt, i)) continue;
    // ("youths gathered shouting threats …, police dispersed them": the force broke up the crowd, nobody hurt; crowd-dispersed.ts)
    if (dispersedACrowd(tokens, i, i + 1)) continue;
    // ("menacée après avoir dénoncé des viols commis par des militaires": what was denounced, denounced-harm.ts)
    if (forceInDenouncedHarm(tokens, i)) continue;
    // ("informed the police that FRPI took…": told of the harm, doers/told-to-force.ts)
    if (toldToForce(tokens, i) && !doerAfter(tokens, i)) continue;
    if (harmNamedWith(tokens, i) || harmOfForces(tokens, i) || namedAsDoer(tokens, i, !otherActorNamed && holds) || (!otherActorNamed && BARRIER_CATEGORIES.has(category) && (barrierOf(tokens, i) || barrierHeldBy(tokens, i, BARRIER))) || accusedOfHarm(tokens, i, isHarm) || marriedTo(tokens, i) || forceDoer15(tokens, i) || forceDoer16(tokens, i, category) || openedFire(tokens, i) || forceMadePeoplePay(tokens, i) || forceCameToHarm(tokens, i, isForceHarm, CULPRIT) || enteredThenHarmed(tokens, i, isForceHarm) || paidToForceAt(tokens, i) || harmAfterForceWords(tokens, i, isHarm, (n) => SUFFERED.test(n)) || forceOperation(tokens, i) || forceWarnedSomeone(tokens, i, category, otherActorNamed) || forceNamedAuthor(tokens, i) || forceUsedCrowdControl(tokens, i) || fireOfForce(tokens, i) || forceAsClashSide(tokens, i) || postedThenHarm(tokens, i, (k) => doerAfter(tokens, k)) || menOfLeaderDid(tokens, i) || stateAgentRole(tokens, i, isForceHarm, !otherActorNamed && holds)) found.add(kind); // ("2 soldats auteurs du viol": force-authors.ts) // ("soldiers who told him to stop talking": force-warned.ts)
  }
  return [...found];
}

// ("the Kasenyi police commander and 3 of his agents held 8 fishermen": the verb after the leader's men, posted-then-harm.ts)
function menOfLeaderDid(tokens: readonly Token[], i: number): boolean {
  const men = leaderAndMen(tokens, i);
  return men >= 0 && doerAfter(tokens, men);
}

/** The word at i names who did the harm: its subject, the agent after "by/par", or (when `holding`) where people were held. */
export function namedAsDoer(tokens: readonly Token[], i: number, holding: boolean): boolean {
  return doerAfter(tokens, i) || agentOfHarm(tokens, i) || (holding && holdingPlace(tokens, i));
}

// "2 soldiers shot in an ambush", "a soldier shot in the crossfire": hit in a fight, not firing ("shot in the air" fires).
const COMBAT = /^(ambush|ambushes|attack|attacks|crossfire|cross|clash|clashes|fighting|fight|exchange|battle|combat|combats|embuscade|attaque|affrontements?|raid|offensive)$/;
function shotInCombat(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'in') return false;
  const first = /^(an|a|the|un|une|l|la|le)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  return COMBAT.test(tokens[first]?.norm ?? '');
}

/** The category of a report in which a holding place ("police station", "cachot de l'ANR") says who held. */
export const heldIn = (category: CategoryId): boolean => HOLDING_CATEGORIES.has(category);

// Within the words around: a UN or foreign qualifier, a uniform, child soldiers, or an armed group's own ("M23 troops").
function notHost(tokens: readonly Token[], actorsAt: Uint8Array, i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= i + 3 && k < tokens.length; k++) {
    if (k === i) continue;
    const t = tokens[k]!;
    // stay in the clause
    if ((k < i && tokens[k + 1]!.breakBefore) || (k > i && t.breakBefore)) continue;
    // ("ont saisi la MONUSCO: les militaires de la barrière exigent…": a colon closes the clause too, reports23)
    if (k < i && colonBetween(tokens, k, i)) continue;
    // ("tenue par des militaires" is held by them, not a uniform)
    // (a battalion, "INDBATT soldiers", "militaires du NEPBATT": peacekeepers, categories/peacekeeper-units.ts)
    // (a child after the verb is the one harmed: "a drunk soldier wounded a kid"; "child soldiers", "enfants de militaires" keep it, reports46)
    if (k > i + 1 && CHILD.test(t.norm)) continue;
    if ((NOT_HOST.test(t.norm) && !(/^tenues?$/.test(t.norm) && tokens[k + 1]?.norm === 'par')) || t.text === 'UN' || isPeacekeeperUnit(t.norm)) return true;
    // "M23 troops", "troupes du M23" (a named actor right beside: its own men)
    if (actorsAt[k] && Math.abs(k - i) <= 2 && !/^(a|l|la|le|les|the|de|du|des|of)$/.test(t.norm)) return true;
  }
  // "soldat de la paix", "en tenue militaire", "hommes en uniforme"
  return /^(tenue|tenues|uniform|uniforme)$/.test(tokens[i - 1]?.norm ?? '') || /^(uniform|uniforms|fatigues|dress|attire)$/.test(tokens[i + 1]?.norm ?? '');
}

// "les forces de l'ordre", "agents de l'ordre", "law enforcement officers": the police, said the official way.
const ORDER_HOLDERS = /^(forces|agents|agent|elements|hommes|membres|services)$/;
function lawAndOrderAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (w === 'enforcement') return tokens[i - 1]?.norm === 'law';
  if (w !== 'ordre') return false;
  // "forces de l ordre", "forces de l'ordre", "agents de l ordre"
  const before = tokens[i - 1]?.norm === 'l' ? i - 2 : i - 1;
  return tokens[before]?.norm === 'de' && ORDER_HOLDERS.test(tokens[before - 1]?.norm ?? '');
}

// A colon (a gap wider than one space, the tokenizer keeps no break) between the words at a < b.
function colonBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k + 1]!.start - tokens[k]!.end > 1) return true;
  return false;
}

// The word after "at/de" is a place typed in lower case when the harm (or "have/ont" and the harm) follows it.
function lowerCasePlaceThenHarm(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || next.breakBefore) return false;
  const verb = /^(have|has|had|ont|a|avaient|avait)$/.test(next.norm) ? tokens[at + 2] : next;
  return !!verb && !verb.breakBefore && HARM.test(verb.norm) && !SUFFERED.test(verb.norm);
}

// "Police beat two motorcyclists", "des policiers ont arrêté", "Soldiers shot a moto driver", "les militaires torturent".
function doerAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  for (; k < tokens.length && k <= i + 4 && !tokens[k]!.breakBefore; k++) {
    // "Police in Bunia detained…": where they are, then what they did
    // ("soldiers at rubare holding…", "militaires de nyabiondo ont enfermé…": a place typed in lower case, then the harm)
    if (/^(in|at|a|from|de|d|of)$/.test(tokens[k]!.norm) && (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || lowerCasePlaceThenHarm(tokens, k + 1)) && !tokens[k + 1]!.breakBefore) k++;
    // "un policier qui exigeait 2000 FC", "soldiers who beat him": the relative clause tells what they did
    else if (/^(qui|who|that)$/.test(tokens[k]!.norm) && k === i + 1) continue;
    else if ((!MEMBERS.test(tokens[k]!.norm) && !(postQualifier(tokens[k]!.norm) && MEMBERS.test(tokens[k + 1]?.norm ?? ''))) || HARM.test(tokens[k]!.norm)) break; // ("at Kasindi border post": border-post.ts)
  }
  let active = false;
  let passive = false;
  while (k < tokens.length && k <= i + 7 && !tokens[k]!.breakBefore) {
    const n = tokens[k]!.norm;
    if (NEGATION.test(n)) return false;
    if (PASSIVE_AUX.test(n)) passive = true;
    else if (AUX.test(n) || /^[a-z]{3,}ly$/.test(n)) active = active || /^(have|has|had|ont|a|avaient|avait|auraient|aurait)$/.test(n);
    else break;
    k++;
  }
  const verb = tokens[k];
  // ("les militaires ont ramassé 10 jeunes": people picked up are taken, victims/picked-up.ts)
  if (!verb || verb.breakBefore || passive || !(HARM.test(verb.norm) || moreHarm(verb.norm) || beatenUp(tokens, k) || peoplePickedUp(tokens, k) || peopleKept(tokens, k) || peopleLedAway(tokens, k)) || RESPONSE.test(verb.norm)) return false; // ("ont amené trois commerçants": led-away.ts)
  const next = tokens[k + 1];
  // ("a soldier gunned down a pastor" did it; "a soldier gunned down in an ambush" suffered it)
  if (verb.norm === 'gunned' && !shotSomeoneDead(tokens, k)) return false;
  // "policeman killed", "2 soldiers injured", "soldiers shot dead", "policier tué par des bandits": the harm suffered, not done.
  // ("A soldier shot dead a moto driver": who was shot is named after, doers/shot-dead.ts)
  if (!active && next && !next.breakBefore && /^(by|par|dead|morts?|to)$/.test(next.norm) && !shotSomeoneDead(tokens, k)) return false;
  if (!active && !shotSomeoneDead(tokens, k) && (SUFFERED.test(verb.norm) || (verb.norm === 'shot' && (!/^(in|into|at|on|en|sur)$/.test(next?.norm ?? '') || shotInCombat(tokens, k + 1))))) {
    const object = next && !next.breakBefore && /^(\d+|a|an|un|une|the|les|des|two|three|deux|trois|several|plusieurs|him|her|them|his|their|civilians|civils|people|personnes|villagers|villageois|women|femmes|men|hommes|children|enfants)$/.test(next.norm) && !aIsPlace(tokens, k + 1);
    // ("soldier shot moto taxi driver", "policeman shot trader at the barrier": SMS drops the article, reports35)
    if (!object && !(verb.norm === 'shot' && peopleAfter(tokens, k) !== null)) return false;
  }
  // "arrested the suspect", "ont interpellé deux présumés auteurs" ("arrested 2 men for the murder of…", reports36)
  return !suspectsArrested(tokens, k) && !forceArrestedSuspects(tokens, i, i + 1);
}

const PRESSED = /^(pressions?|pressure|pressures|threats|menaces)$/;
// "tabassé par des policiers", "Man shot dead by a police officer", "sexual harassment by soldiers".
function agentOfHarm(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && FILLERS.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  // ("subit des pressions de militaires", "under pressure from soldiers", "threats from police": pressure put by them, reports36)
  if (k >= 0 && !tokens[k + 1]!.breakBefore && (PRESSED.test(tokens[k]!.norm) || (tokens[k]!.norm === 'from' && PRESSED.test(tokens[k - 1]?.norm ?? '')))) return true;
  // ("arrêtés par l'ANR et la police", "arrested by ANR and police": the second agent of a pair after by/par; reports42)
  if (k > 0 && /^(and|et)$/.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k = pairedAgentBy(tokens, k);
  if (k < 0 || !BY.test(tokens[k]!.norm) || tokens[k + 1]!.breakBefore) return false;
  const by = k;
  // Swahili "wamekamatwa na police": "na" (by, and, with) names the doer only right after a verb of harm.
  // ("babetami mingi na ba policiers": an adverb between, vocabulary/lingala-swahili-harm.ts)
  if (tokens[by]!.norm === 'na' && !moreHarm(tokens[by - 1]?.norm ?? '') && !(/^(mingi|sana|makasi|mbango)$/.test(tokens[by - 1]?.norm ?? '') && moreHarm(tokens[by - 2]?.norm ?? ''))) return false;
  // "zone bouclée par la police", "cordoned by police", "suspect arrested by police": a response.
  for (let j = by - 1; j >= 0 && j >= by - 12; j--) {
    const n = tokens[j]!.norm;
    // ("Arrestation arbitraire de 4 membres de la société civile à Bunia par la police": a harm noun heading the clause,
    // its objects and place between; farther back than the verb's reach, only so; reports45)
    if (j < by - 8) {
      if ((j === 0 || tokens[j]!.breakBefore) && HARM_NOUN.test(n)) return true;
      if (tokens[j + 1]!.breakBefore) return false;
      continue;
    }
    if (RESPONSE.test(n) && j === by - 1) return false;
    // "taken by police", "emmené par des militaires": taken away by them (C23: held by the state)
    // ("the wounded were taken by the police to Beni hospital": carried to care, a response)
    if (j === by - 1 && /^(taken|pris|prise|prises|emmene\w*|embarque\w*)$/.test(n)) return !carriedForCare(tokens, j, i) && !carriedForCare(tokens, j, i + 1);
    if (CULPRIT.test(n)) return false;
    if (HARM.test(n) || HARM_NOUN.test(n) || SUFFERED.test(n) || moreHarm(n)) return !culpritArrested(tokens, j);
    if (tokens[j + 1]!.breakBefore) return false;
  }
  return false;
}

function pairedAgentBy(tokens: readonly Token[], and: number): number {
  for (let j = and - 1; j >= 0 && j >= and - 4; j--) {
    if (tokens[j + 1]!.breakBefore) return -1;
    if (BY.test(tokens[j]!.norm)) return j < and - 1 ? j : -1;
    if (HARM.test(tokens[j]!.norm)) return -1;
  }
  return -1;
}

// "le suspect a été arrêté par la police", "the two suspects were picked up by police": the police answer the crime.
function culpritArrested(tokens: readonly Token[], verb: number): boolean {
  if (!/^(arrest\w*|arret\w*|interpell\w*|apprehend\w*|detain\w*|picked)$/.test(tokens[verb]!.norm)) return false;
  for (let j = verb - 1; j >= 0 && j >= verb - 5 && !tokens[j + 1]!.breakBefore; j--) if (CULPRIT.test(tokens[j]!.norm)) return true;
  return false;
}

// "une fille mariée de force à un militaire", "forcibly married to a soldier": the husband forced on her did the harm.
function marriedTo(tokens: readonly Token[], i: number): boolean {
  if (!/^(un|une|a|an|des|the|les)$/.test(tokens[i - 1]?.norm ?? '') || !/^(a|au|aux|to)$/.test(tokens[i - 2]?.norm ?? '')) return false;
  // ("une femme mariée à un militaire tuée par des bandits": a marriage not forced says nothing)
  for (let k = i - 3; k >= 0 && k >= i - 5 && !tokens[k + 1]!.breakBefore; k--) if (/^(forcibly|forced|force)$/.test(tokens[k]!.norm)) return true;
  return false;
}

// C4: "échanges de tirs entre policiers et Mai-Mai", "clash between soldiers and ADF": a party to the clash.
const BETWEEN = /^(entre|between)$/;
// ("clashes between Mai-Mai and police, 1 policeman killed": the force harmed is no doer of harm to civilians)
function partyToClash(tokens: readonly Token[], actorsAt: Uint8Array, i: number): boolean {
  if (!BETWEEN.test(tokens[i - 1]?.norm ?? '') && !BETWEEN.test(tokens[i - 2]?.norm ?? '') && !/^(et|and)$/.test(tokens[i - 1]?.norm ?? '') && !/^(et|and)$/.test(tokens[i - 2]?.norm ?? '')) return false;
  const force = POLICE_WORDS.test(tokens[i]!.norm) ? POLICE_WORDS : ARMY_WORDS;
  if (tokens.some((t, k) => force.test(t.norm) && (SUFFERED.test(tokens[k + 1]?.norm ?? '') || SUFFERED.test(tokens[k + 2]?.norm ?? '')))) return false;
  const first = BETWEEN.test(tokens[i - 1]?.norm ?? '') || (BETWEEN.test(tokens[i - 2]?.norm ?? '') && /^(les|des|the|la)$/.test(tokens[i - 1]?.norm ?? ''));
  if (first) return /^(et|and)$/.test(tokens[i + 1]?.norm ?? '') && (actorsAt[i + 2] === 1 || actorsAt[i + 3] === 1);
  // "entre les Mai-Mai et la police"
  if (!/^(et|and)$/.test(tokens[i - 1]?.norm ?? '') && !(/^(et|and)$/.test(tokens[i - 2]?.norm ?? '') && /^(les|des|the|la)$/.test(tokens[i - 1]?.norm ?? ''))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 6 && !tokens[k + 1]!.breakBefore; k--) if (BETWEEN.test(tokens[k]!.norm)) return actorsAt.subarray(k + 1, i).includes(1);
  return false;
}

// "locked up at Oicha police stn", "au cachot de la police", "détenues au camp militaire": held by them.
function holdingPlace(tokens: readonly Token[], i: number): boolean {
  // ("the ANR's cell": the possessive's "s" between them)
  const next = tokens[/^(sub|sous|s)$/.test(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1];
  if (next && !next.breakBefore && HOLDING_PLACE.test(next.norm)) return true;
  let k = i - 1;
  if (/^(la|l|the|le)$/.test(tokens[k]?.norm ?? '')) k--;
  // ("l'amigo des militaires")
  if (/^(de|of|du|d|des)$/.test(tokens[k]?.norm ?? '')) k--;
  else if (k !== i - 1 || !/^(militaire|military|police)$/.test(tokens[i]!.norm)) return false;
  return k >= 0 && HOLDING_PLACE.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore;
}

// "barrière illégale des militaires", "the soldiers' checkpoint", "police roadblock"
function barrierOf(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && !next.breakBefore && BARRIER.test(next.norm)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4 && !tokens[k + 1]!.breakBefore; k--) {
    if (BARRIER.test(tokens[k]!.norm)) return true;
    if (!/^(des|de|du|d|of|the|la|les|l|illegale|illegales|illegal|illicite|illicites)$/.test(tokens[k]!.norm)) return false;
  }
  return false;
}

// "bavure policière", "violences militaires", "police brutality", "military raid": the harm is theirs.
const ADJECTIVE = /^(policiere|policieres|policier|policiers|militaire|militaires|police|military|army)$/;
function harmNamedWith(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (!ADJECTIVE.test(w)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (/^(policiere|policieres|militaire|militaires|policier|policiers)$/.test(w) && before && !tokens[i]!.breakBefore && /^(bavures?|violences?|brutalit\w*|exactions|repression|tracasseries|abus|sevices)$/.test(before.norm)) return true;
  // ("army shelling killed 2 civilians", "military drone strike on Kibumba": the fire is theirs too)
  return /^(police|military|army)$/.test(w) && !!after && !after.breakBefore && /^(brutality|violence|raids?|crackdown|abuses?|harassment|extortion|shootings?|beatings?|repression|shelling|shells|gunfire|fire|bombing|bombs?|bombardments?|artillery|mortars?|rockets?|airstrikes?|drones?|strikes?)$/.test(after.norm);
}

// "tirs de militaires", "exactions des policiers", "beatings of soldiers": the harm is theirs, told as a noun before them.
const THEIR_HARM = /^(tirs|viols|exactions|bastonnades?|pillages?|tortures|arrestations|tracasseries|violences|harcelement|extorsions?|rackets?|bavures?)$/;
function harmOfForces(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.breakBefore || !/^(de|des|d|du)$/.test(tokens[i - 1]?.norm ?? '') || tokens[i - 1]!.breakBefore) return false;
  // "protester contre les tracasseries des militaires": a protest about them, not a harm told
  return THEIR_HARM.test(tokens[i - 2]?.norm ?? '') && !/^(contre|against|denonc\w*|denounc\w*)$/.test(tokens[tokens[i - 3]?.norm === 'les' ? i - 4 : i - 3]?.norm ?? '');
}

// "soldiers keeping 3 moto drivers until they pay", "des militaires gardent 4 commerçants à la barrière": people kept are
// held (C6, C23); "keeping people away", "keeping the crowd back" is a response (doers/actors.ts).
// ("l'ANR garde au secret un militant", "holding incommunicado 2 journalists": held where no one may see them)
const KEPT_VERB = /^(keeping|keep|keeps|kept|garde|gardent|gardant|gardait|gardaient)$/;
function peopleKept(tokens: readonly Token[], k: number): boolean {
  if (!KEPT_VERB.test(tokens[k]!.norm)) return false;
  const hidden = tokens[k + 1]?.norm === 'au' && tokens[k + 2]?.norm === 'secret' ? k + 2 : tokens[k + 1]?.norm === 'incommunicado' ? k + 1 : k;
  if (hidden === k && peopleAfter(tokens, k) === null) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 6 && !tokens[j]!.breakBefore; j++) if (/^(away|back|distance|ecart|safe|calm|order|ordre)$/.test(tokens[j]!.norm)) return false;
  return true;
}
