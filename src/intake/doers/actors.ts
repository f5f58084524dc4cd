import { suspectedHarmBy } from './suspected-harm-by.js';
import { allyAsAgent } from './collaborators-as-agents.js';
import { suspectsArrested } from '../constructions/suspects-arrested.js';
import { agentOfTaking } from './agent-of-taking.js'; // ("abducted by CODECO were rescued by FARDC": agent-of-taking.ts)
import { byWord } from '../word-memo.js';
import type { Perpetrator } from '../../domain/alert.js';
import { ownerOfAttack, repelledBy } from './attack-repelled.js';
import { suspectedAtClauseEnd } from './group-suspected.js';
import { jointUnitAttacked } from './joint-patrol.js';
import type { Actor } from '../../config/mission.js';
import { phraseKey, tokenize, type Token } from '../normalize.js';
import { PhraseIndex } from '../phrases.js';
import { withinOne } from '../places/place-typos.js';
import { atScene } from '../constructions/everyday-traffic-2.js';
import { measureBy } from '../constructions/everyday-traffic-1.js';
import { notTheDoer } from './targeted-side.js';
import { cameAtNight, groupDeployed } from './gone-or-denounced.js';
import { harmedAtPosition } from './unruly-forces.js';
import { harmAtTheirGround, sideAgainstSide, sideOfVictims } from './sides-and-signatures.js';
import { arrivedSomewhere } from './group-arrived.js';
import { namesTheAttack, saidToBeComing } from './feared-group.js';
import { peoplePickedUp } from '../victims/picked-up.js';
import { namedNotDoing } from './named-not-doing.js';
import { namedAsTopicOrObject } from './topic-and-object.js';
import { accusesPerson, labelledAs } from './accused-person.js';
import { taxOwnerOnly } from './tax-owner.js';
import { said, trigger } from '../triggers.js';

/** The actor id design reserves for "perpetrator unknown". */
export const UNKNOWN_ACTOR_ID = 'unknown';

// Said of perpetrators in reports; they mean "unknown" even when the mission lists no such alias.
const UNKNOWN_PHRASES = [
  'unknown armed men', 'unidentified armed men', 'unidentified gunmen', 'unknown gunmen', 'unknown assailants', 'unidentified assailants',
  'unknown attackers', 'unidentified attackers', 'hommes armes non identifies', 'hommes armes inconnus', 'hommes en armes non identifies',
  'assaillants non identifies', 'assaillants inconnus', 'inconnus armes', 'individus armes non identifies', 'bandits armes non identifies',
];
// An actor right after these words is the target, not the perpetrator: "attack on FARDC positions".
const TARGET_CUES = new Set(['against', 'contre', 'on', 'targeting', 'visant', 'ciblant', 'sur']);
// ... unless the words are about work: "made to work on M23 fortifications", "forced labour on ADF
// farms", "travailler sur une position M23": the actor owns what is worked on and forced the work.
const LABOUR = /^(work|labou?r|dig|dug|build|built|construct|carr(y|ie)|toil|travail|travaux|corvee|creus|constru|bati|transport)/;
const WORK_CUES = new Set(['on', 'sur']);
// "an unknown number of", "pour des raisons inconnues": not an unknown perpetrator.
// "attack repelled by FARDC": the actor after "by" responded; it did not attack.
const RESPONDED = /^(repel|repuls|repouss|ripost|neutralis|neutraliz|pursu|poursuiv|dispers|stopp|stoppe|contenu|contained|desamorc|defus|demin|detruit|destroyed|recovered|recupere|secur|evacu|rescued|secouru|liber|freed)/;
// ("zone sécurisée par la PNC", "site balisé par la police": a scene made safe, no force used on anyone)
const SECURED = /^(secur|evacu|rescu|secour|recover|recuper|defus|demin|desamorc|balis|boucl|cordon)/;
// "accusés d'être des Mai-Mai", "accused of collaborating with ADF": the actor is an accusation, not who did it.
const ACCUSED = /^(accus|collabor|soupconn|complic|affili|lien|links|linked|sympathis)/;
// (an accusation, or informing or spying for them: the stems of ACCUSED, the words of INFORMED)
const ACCUSED_SAID = trigger([
  ...['accus*', 'collabor*', 'soupconn*', 'complic*', 'affili*', 'lien*', 'links*', 'linked*', 'sympathis*'],
  ...['renseigne', 'renseigner', 'renseignait', 'renseignaient', 'renseignant', 'renseignent', 'informe', 'informer', 'informing', 'informed', 'informait', 'informaient'],
  ...['spying', 'spied', 'spy', 'espionne', 'espionner', 'espionnait', 'espionnaient', 'espionnage'],
]);
// "when FARDC arrived", "après les opérations FARDC": the actor came to respond.
const ARRIVED = /^(arriv|interven|respond|came|venu|deploy|deploi)/;
const WHERE = new Set(['former', 'ancien', 'ancienne', 'anciennes', 'anciens', 'at', 'near', 'pres', 'from', 'toward', 'towards', 'vers']);
// Fire sent from a place: "shells fired from", "rounds from", "tirés depuis", "lancées à partir de".
// ("stray bullet from FARDC position", "balle perdue partie de la position FARDC": a bullet too, reports46)
const FIRED = /^(fired|fire|firing|shells?|shelling|rounds?|mortars?|rockets?|bombs?|obus|tirs?|tire|tires|tirees?|lances?|lancees?|roquettes?|bombes?|launched|lobbed|bullets?|balles?|perdues?|partie|shots|gunfire)$/;
function firedFrom(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (/^(from|depuis|partir)$/.test(tokens[k]!.norm)) return [1, 2, 3].some((d) => FIRED.test(tokens[k - d]?.norm ?? '') || (CAME.test(tokens[k - d]?.norm ?? '') && shellEarlier(tokens, k - d)));
  }
  return false;
}
// "a shell landed on a house…, residents say it came from M23 positions": where the shell came from is who fired it.
const CAME = /^(came|come|comes|coming|venu|venus|venait|venaient|venant|provenait|provenaient|provenant|originated|launched)$/;
const SHELL = /^(shells?|obus|bombs?|bombes?|mortars?|rockets?|roquettes?|projectiles?)$/;
function shellEarlier(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (SHELL.test(tokens[k]!.norm)) return true;
  return false;
}
const OPERATIONS = new Set(['operations', 'operation', 'offensive', 'offensives', 'ops']);
// What of an actor can be attacked: "une position FARDC", "a MONUSCO base".
const TARGETS = new Set(['position', 'positions', 'base', 'bases', 'camp', 'camps', 'poste', 'postes', 'post', 'convoi', 'convoy', 'patrol', 'patrouille', 'vehicule', 'vehicle', 'checkpoint', 'barriere']);
const NOT_A_PERSON = new Set(['number', 'numbers', 'nombre', 'cause', 'causes', 'reason', 'reasons', 'raisons', 'whereabouts', 'destination', 'figures', 'figure', 'chiffres', 'chiffre', 'toll', 'bilan', 'identity', 'identite', 'motive', 'motif', 'details']);

export interface ActorMention {
  actor: Actor;
  start: number;
  end: number;
}

export interface ActorIndex {
  readonly actors: readonly Actor[];
  byId(id: string): Actor | null;
  /** Exact name, alias or id. */
  lookup(name: string): Actor | null;
  /** Perpetrator mentions in tokens (targets left out), in order of appearance. */
  find(tokens: readonly Token[], skip?: Uint8Array): ActorMention[];
  /** A `perp:` override value: known actors where the value names them, free text otherwise. */
  fromOverride(value: string): Perpetrator[];
  perpetrator(actor: Actor): Perpetrator;
}

export function createActorIndex(list: readonly Actor[]): ActorIndex {
  const unknown: Actor = list.find((a) => a.id === UNKNOWN_ACTOR_ID) ?? { id: UNKNOWN_ACTOR_ID, name: 'Unknown', aliases: [], hostState: false };
  const actors = list.some((a) => a.id === UNKNOWN_ACTOR_ID) ? list : [...list, unknown];
  const index = new PhraseIndex<Actor>();
  const exact = new Map<string, Actor>();
  for (const actor of actors) {
    for (const name of new Set([actor.name, ...(actor.aliases ?? []), actor.id])) {
      index.add(name, actor);
      const key = phraseKey(name);
      if (key && !exact.has(key)) exact.set(key, actor);
    }
  }
  for (const phrase of UNKNOWN_PHRASES) index.add(phrase, unknown);
  const ids = new Map(actors.map((a) => [a.id, a]));
  // Names typed with one letter wrong ("Wazlendo", "Nyaura", "Raia Mutmboki"): long single words of armed groups only.
  const typoKeys = new Map<string, Actor | null>();
  for (const actor of actors) {
    if (actor === unknown || actor.hostState) continue;
    for (const name of new Set([actor.name, ...(actor.aliases ?? [])])) {
      const words = phraseKey(name).split(' ');
      const word = words.length === 1 ? words[0]! : words.length === 2 && words[1]!.length >= 8 ? words[1]! : '';
      if (word.length < 6 || !/^[a-z]+$/.test(word)) continue;
      typoKeys.set(word, typoKeys.has(word) && typoKeys.get(word) !== actor ? null : actor);
    }
  }
  // (compared with every group's name: once per word, word-memo.ts)
  const typoAt = byWord((word: string): Actor | null => {
    if (word.length < 6 || !/^[a-z]+$/.test(word) || typoKeys.has(word)) return null;
    let found: Actor | null = null;
    for (const [key, actor] of typoKeys) {
      if (!actor || !withinOne(word, key)) continue;
      if (found && found !== actor) return null;
      found = actor;
    }
    return found;
  });

  function find(tokens: readonly Token[], skip?: Uint8Array): ActorMention[] {
    const exactHits = index.find(tokens, skip).map((h) => ({ actor: h.value, start: h.start, end: h.end }));
    const covered = new Uint8Array(tokens.length);
    for (const h of exactHits) covered.fill(1, h.start, h.end);
    const typos: ActorMention[] = [];
    tokens.forEach((t, i) => {
      const actor = covered[i] || skip?.[i] || t.norm.length < 6 ? null : typoAt(t.norm);
      if (actor) typos.push({ actor, start: tokens[i - 1]?.norm === 'raia' ? i - 1 : i, end: i + 1 });
    });
    const mentions = typos.length === 0 ? exactHits : [...exactHits, ...typos].sort((a, b) => a.start - b.start);
    const perpetrators = mentions.filter((m) => {
      const before = tokens[m.start - 1];
      const twoBefore = tokens[m.start - 2];
      const targeted =
        (before && TARGET_CUES.has(before.norm)) ||
        (twoBefore && TARGET_CUES.has(twoBefore.norm) && (isArticle(before!.norm) || TARGETS.has(before!.norm))) ||
        // "contre une position FARDC", "attack on a FARDC base"
        (tokens[m.start - 3] && (TARGET_CUES.has(tokens[m.start - 3]!.norm) || /^(attaqu|attack|ambush|embusc)/.test(tokens[m.start - 3]!.norm)) && isArticle(twoBefore!.norm) && TARGETS.has(before!.norm));
      // "suspicion sur les CODECO", "raid blamed on M23": who is suspected, not a target.
      // ("rumeurs sur des CODECO aux portes de la ville": what the rumour is about, reports34: categories/rumour-panic.ts)
      const suspected = [2, 3, 4].some((d) => /^(suspicion|soupcon|blam|attribu|imput|pinned|rumeur|rumour|rumor)/.test(tokens[m.start - d]?.norm ?? ''));
      // ("M23 contre wazalendo": both sides of a fight, doers/sides-and-signatures.ts)
      if (targeted && !suspected && !tokens[m.start]!.breakBefore && !workedFor(tokens, m.start) && !sideAgainstSide(tokens, m.start, (e) => mentions.some((o) => o.end === e))) return false;
      // "Position des Wazalendo bombardée par le M23", "the camp of the FDLR attacked by…": the ground of the side hit (reports23)
      if (groundHit(tokens, m.start, m.end)) return false;
      // (an armed group that frees people held them: "libérées par les Mai-Mai"; doers/staff-titles.ts reads a rescue by another)
      const letGo = (w: string | undefined): boolean => !m.actor.hostState && /^(liber|freed)/.test(w ?? '');
      if (before && (before.norm === 'by' || before.norm === 'par') && twoBefore && RESPONDED.test(twoBefore.norm) && !letGo(twoBefore.norm) && !obstructed(tokens, m.start - 2)) return false;
      // ("zone sécurisée par la PNC", "secured by the police": the article said with any gender)
      if (before && (['les', 'des', 'the'].includes(before.norm) || (['la', 'le', 'l'].includes(before.norm) && SECURED.test(tokens[m.start - 3]?.norm ?? ''))) && tokens[m.start - 2]?.norm.match(/^(by|par)$/) && RESPONDED.test(tokens[m.start - 3]?.norm ?? '') && !letGo(tokens[m.start - 3]?.norm)) return false;
      // "PNC officer shot dead by gunmen", "FARDC soldier killed in Beni": one of them, the victim; "les FARDC ont perdu 3 hommes".
      const after = tokens[m.end];
      if ((!before || tokens[m.start]!.breakBefore || isArticle(before.norm)) && after && MEMBERS.has(after.norm) && victimsFollow(tokens, m.end)) return false;
      const lostAt = after && ['have', 'has', 'ont', 'a'].includes(after.norm) ? m.end + 1 : m.end;
      if (/^(lost|perdu)$/.test(tokens[lostAt]?.norm ?? '') && !/^(la|control|controle|ground|terrain|position|positions)$/.test(tokens[lostAt + 1]?.norm ?? '')) return false;
      // "3 morts dont un FARDC", "4 dead including two FARDC soldiers": counted among the dead.
      if (before && /^(un|une|one|a|an|\d+|two|three|deux|trois)$/.test(before.norm) && /^(dont|including|incl|among)$/.test(twoBefore?.norm ?? '')) return false;
      if (accused(tokens, m.start) || labelled(tokens, m.start) || sideOfVictims(tokens, m.start)) return false;
      // "Mai-Mai fighters killed 3 Nyatura members", "ont tué 2 membres des Wazalendo": the group's people harmed, not who harmed.
      if (harmedMembers(tokens, m.start, m.end)) return false;
      // "Wazalendo accuse M23 of killing civilians": who accuses is not who did it.
      const said = next2(tokens, m.end);
      // ("CODECO blamed", "CODECO accusé d'avoir tué": the group accused, with no object between, did it.)
      // ("maimai accuses, 2 morts", "Twirwaneho accusés.": the French participle closing its clause, the group blamed did it, reports33)
      // ("les M23 accusent un jeune d'être Wazalendo, il a été roué de coups": a group accusing a person acts on them, accused-person.ts)
      if (said && /^(accuse|accuses|accusent|accusant|accusaient|blame|blames|blaming|denonce|denoncent|denoncant|condemn|condemns|condamne|condamnent)$/.test(said.norm) && !/^(of|for|d|de|du|des|par|by)$/.test(tokens[tokens.indexOf(said) + 1]?.norm ?? 'of') && !(said.norm === 'accuses' && tokens[tokens.indexOf(said) + 1]?.breakBefore === true) && !accusesPerson(tokens, tokens.indexOf(said))) return false;
      // ("'M23 accomplices'", "complices des M23": a label put on the victims)
      if (labelledAs(tokens, m.start, m.end)) return false;
      // ("threatening … if traders keep paying the FARDC tax": the tax's owner, another actor did the harm, tax-owner.ts)
      if (taxOwnerOnly(tokens, m.start, m.end) && mentions.some((o) => o.start !== m.start && o.actor.id !== m.actor.id)) return false;
      if (objectOfAttack(tokens, m.start) || attackedBy(tokens, m.end) || (m.actor.hostState && jointUnitAttacked(tokens, m.start, m.end)) || (responds(tokens, m.end) && !ownerOfAttack(tokens, m.start) && !agentOfTaking(tokens, m.start) && !harmFollows(tokens, m.end + 1) && !OWN_PLACE.test(tokens[m.start - 1]?.norm ?? '') && !(!m.actor.hostState && (groupDeployed(tokens, m.end) || arrivedSomewhere(tokens, m.end) || saidToBeComing(tokens, m.start, m.end))))) return false;
      // ("rumeurs d'attaque CODECO sur le site": the site is the target, doers/feared-group.ts)
      if (atScene(tokens, m.end) && !namesTheAttack(tokens, m.start)) return false;
      const next = tokens[m.end];
      // ("renforts des CODECO venus de…": an armed group's reinforcements arriving are the movement reported)
      if (next && !next.breakBefore && ARRIVED.test(next.norm) && !harmFollows(tokens, m.end + 1) && !reinforcements(tokens, m.start) && !(!m.actor.hostState && (cameAtNight(tokens, m.end + 1) || arrivedSomewhere(tokens, m.end) || saidToBeComing(tokens, m.start, m.end)))) return false;
      // "FARDC repelled an M23 attack", "les FARDC ont repoussé": who responded.
      const verb = next && ['have', 'has', 'ont', 'a'].includes(next.norm) ? tokens[m.end + 1] : next;
      // ("les Twirwaneho repoussés", "ADF repoussés vers la brousse": the bare French participle in the plural is the passive, the group pushed back fought: t29b)
      const repelledPassive = verb === next && /^(repousse|repulse)e?s$/.test(verb?.norm ?? '');
      if (verb && !verb.breakBefore && !repelledPassive && /^(repel|repuls|repouss|ripost)/.test(verb.norm) && !ownerOfAttack(tokens, m.start)) return false;
      if (m.actor.hostState && repelledBy(tokens, m.start)) return false; // ("attaque ADF repoussée": attack-repelled.ts)
      // "a suspected ADF collaborator", "un présumé collaborateur des ADF" describes the victim.
      if (next && !next.breakBefore && ((/^(collabor|sympathis|informant|informateur)/.test(next.norm) && !allyAsAgent(tokens, m.start)) || (next.norm === 'suspects' && !suspectedAtClauseEnd(tokens, m.start, m.end)))) return false;
      // "a former AFC position", "M23 positions": a place, not who did it.
      // ("shells fired from M23 positions", "obus tirés depuis les positions M23": who fired from there did it)
      if (next && !next.breakBefore && ['position', 'positions', 'stronghold', 'bastion', 'fief'].includes(next.norm) && [before?.norm, twoBefore?.norm].some((w) => w && WHERE.has(w)) && !firedFrom(tokens, m.start) && !harmedAtPosition(tokens, m.start) && !harmAtTheirGround(tokens, m.start, m.end)) return false;
      // "4 FARDC soldiers killed in an ADF ambush", "deux militaires FARDC tués": counted among the victims.
      if (before && /^\d+$|^(two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)$/.test(before.norm) && victimsFollow(tokens, m.end)) return false;
      // ("2 elts M23 blessés", "3 combattants Nyatura tués": a group's fighters counted in SMS, reports35)
      if (before && /^(soldiers|soldats|militaires|elements|elts|elmts|elemts|combattants|fighters|miliciens|militiamen|policemen|policiers)$/.test(before.norm) && /^\d+$|^(two|three|four|deux|trois|quatre|cinq)$/.test(twoBefore?.norm ?? '') && victimsFollow(tokens, m.end)) return false;
      // "Un militaire FARDC tué", "a FARDC soldier killed": one of them, the victim.
      if (before && /^(soldier|soldat|militaire|element|policeman|policier)$/.test(before.norm) && /^(un|une|one|a|an|1)$/.test(twoBefore?.norm ?? '') && victimsFollow(tokens, m.end)) return false;
      if (before && /^(un|une|one|a|an|1)$/.test(before.norm) && /^(soldier|policeman|officer)$/.test(tokens[m.end]?.norm ?? '') && victimsFollow(tokens, m.end)) return false;
      // "Un agent de la PNC abattu par…", "two members of the FARDC wounded": one of them, the victim (reports23)
      if (memberOfVictim(tokens, m.start) && victimsFollow(tokens, m.end)) return false;
      if ((before && OPERATIONS.has(before.norm)) || (twoBefore && OPERATIONS.has(twoBefore.norm) && isArticle(before!.norm))) return false;
      if (keptBy(tokens, m.start) || measureBy(tokens, m.start)) return false;
      if (notTheDoer(tokens, m.start, m.end)) return false;
      // (a uniform worn, a membership suspected, a force that had pulled out: doers/named-not-doing.ts; another actor is
      // one named elsewhere, not the same name read twice: "Les Nyatura se sont retirés de Kilolirwe" names the Nyatura)
      if (namedNotDoing(tokens, m.start, m.end, m.actor.hostState === true, mentions.some((o) => o.start !== m.start && o.actor.id !== m.actor.id))) return false;
      // (the topic of a broadcast, what is handed over, the victims buried: doers/topic-and-object.ts)
      if (namedAsTopicOrObject(tokens, m.start)) return false;
      if (m.actor === unknown) {
        const next = tokens[m.end];
        if ((next && NOT_A_PERSON.has(next.norm)) || (before && NOT_A_PERSON.has(before.norm))) return false;
      }
      return true;
    });
    // A named actor says more than "unknown": "unknown armed men, ADF suspected" is ADF.
    const named = perpetrators.filter((m) => m.actor !== unknown);
    return named.length > 0 ? named : perpetrators;
  }

  const perpetrator = (actor: Actor): Perpetrator => ({ actorId: actor.id, name: actor.name });

  return {
    actors,
    byId: (id) => ids.get(id) ?? null,
    lookup: (name) => exact.get(phraseKey(name)) ?? null,
    find,
    perpetrator,
    fromOverride(value) {
      const whole = exact.get(phraseKey(value));
      if (whole) return [perpetrator(whole)];
      const out: Perpetrator[] = [];
      const known = (part: string): Actor | undefined => exact.get(phraseKey(part)) ?? find(tokenize(part))[0]?.actor;
      const add = (p: Perpetrator): void => {
        if (!out.some((o) => (o.actorId ?? o.name) === (p.actorId ?? p.name))) out.push(p);
      };
      for (const part of value.split(/\s*[,;]\s*|\s+(?:and|et)\s+/i).map((p) => p.trim()).filter(Boolean)) {
        // "ADF+Mai-Mai" is two actors; "X call +243 99…" is one name typed with a '+': nothing typed is dropped.
        const pieces = part.split(/\s*[+&]\s*/).map((p) => p.trim()).filter(Boolean);
        const actors = pieces.map(known);
        if (pieces.length > 1 && actors.every((a) => a)) for (const a of actors) add(perpetrator(a!));
        else {
          const actor = pieces.length === 1 ? actors[0] : undefined;
          add(actor ? perpetrator(actor) : { actorId: null, name: part });
        }
      }
      return out;
    },
  };
}

const HARMED = /^(killed|wounded|injured|abducted|kidnapped|captured|shot|executed|tue|tues|tuee|blesse|blesses|enleve|enleves|captures|capture|kidnappe|kidnappes|abattu|abattus|execute|executes)$/;
const COUNT_WORD = /^(\d+|a|an|un|une|one|two|three|four|five|deux|trois|quatre|cinq|several|plusieurs)$/;
function harmedMembers(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && /^(of|de|des|d|du|the|les)$/.test(tokens[k]!.norm)) k--;
  const membersBefore = k >= 0 && MEMBERS.has(tokens[k]!.norm);
  if (membersBefore) k--;
  else if (!MEMBERS.has(tokens[end]?.norm ?? '')) return false;
  if (k < 0 || !COUNT_WORD.test(tokens[k]!.norm)) return false;
  return k > 0 && HARMED.test(tokens[k - 1]!.norm) && !tokens[k]!.breakBefore;
}
function next2(tokens: readonly Token[], end: number): Token | undefined {
  const t = tokens[end];
  if (!t || t.breakBefore) return undefined;
  return ['have', 'has', 'ont', 'a'].includes(t.norm) ? tokens[end + 1] : t;
}

// "Position des Wazalendo bombardée", "le camp des Nyatura attaqué par": a post of theirs, then what was done to it.
const HIT = /^(bombarde\w*|attaque|attaquee|attaquees|attaques|pilonne\w*|visee?s?|ciblee?s?|shelled|attacked|targeted|bombed|overrun|hit|touchee?s?|incendiee?s?|detruite?s?|prise|prises|delogee?s?)$/;
function groundHit(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  if (/^(la|l|the|le)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(des|du|de|d|of)$/.test(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore) return false;
  if (!TARGETS.has(tokens[k - 1]?.norm ?? '')) return false;
  for (let j = end; j < end + 3 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
    // ("la position des M23 a bombardé le marché": the post's men did it)
    if (/^(a|ont|have|has|had|avait|avaient)$/.test(tokens[j]!.norm) && !/^(ete|been)$/.test(tokens[j + 1]?.norm ?? '')) return false;
    if (HIT.test(tokens[j]!.norm)) return true;
  }
  return false;
}

// "un agent de la PNC", "two officers of the FARDC", "un élément des FARDC": a count, a member word, then "of (the)" before the actor.
export function memberOfVictim(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (/^(la|l|the|le)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(de|des|du|d|of)$/.test(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore) return false;
  k--;
  if (!MEMBERS.has(tokens[k]?.norm ?? '')) return false;
  return /^(\d+|un|une|one|a|an|two|three|deux|trois)$/.test(tokens[k - 1]?.norm ?? '');
}

// Members of the group, then what was done to them: "soldiers killed", "militaires tués", "elements wounded".
const MEMBERS = new Set(['members', 'membres', 'member', 'membre', 'soldiers', 'soldats', 'militaires', 'elements', 'policemen', 'policiers', 'agents', 'fighters', 'combattants', 'officers', 'soldier', 'soldat', 'militaire', 'element', 'policeman', 'policier', 'agent', 'fighter', 'combattant', 'officer']);
const SUFFERED = /^(killed|dead|died|wounded|injured|abducted|kidnapped|captured|shot|stabbed|hacked|lynched|tue|tues|morts|blesses|blesse|enleves|enleve|captures|kidnappes|abattu|abattus|poignarde|lynche)$/;
export function victimsFollow(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (MEMBERS.has(tokens[k]?.norm ?? '')) k++;
  while (['were', 'have', 'been', 'ont', 'ete', 'sont', 'was'].includes(tokens[k]?.norm ?? '')) k++;
  if (!SUFFERED.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  // "2 FARDC killed 3 civilians": they did it.
  const object = tokens[k + 1];
  // ("Nyatura fighters abducted women from the fields": people after the verb are whom they harmed.)
  return !object || object.breakBefore || !/^(\d+|a|an|un|une|the|les|des|two|three|deux|trois|several|plusieurs|women|men|children|girls|boys|civilians|villagers|people|residents|farmers|traders|femmes|hommes|enfants|filles|garcons|civils|villageois|habitants|cultivateurs|commercants|their|his|her|leurs|ses|sa|son)$/.test(object.norm);
}

// "the MONUSCO patrol was stopped by FARDC", "convoi stoppé par les M23": who stopped a patrol or convoy obstructed it.
const STOPPED_THINGS = new Set(['patrol', 'patrouille', 'convoy', 'convoi', 'team', 'equipe', 'vehicle', 'vehicule', 'truck', 'trucks', 'camion', 'camions', 'mission']);
function obstructed(tokens: readonly Token[], verb: number): boolean {
  if (!/^stopp/.test(tokens[verb]?.norm ?? '')) return false;
  for (let k = verb - 1; k >= 0 && k >= verb - 6; k--) if (STOPPED_THINGS.has(tokens[k]!.norm)) return true;
  return false;
}

// "say they 'support M23'", "claim they r wazalendo", "sympathisants des ADF": a side people are said to be on, not who acted.
const SUPPORT = /^(support|supports|supporting|supported|soutiennent|soutient|soutenir|soutien|supporters|sympathisants?|partisans?|pro)$/;
function labelled(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /^(the|les|des|du|de|d|of|l|la|le)$/.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.stopBefore) return false;
  if (SUPPORT.test(tokens[k]!.norm)) return true;
  return /^(r|are|sont|were|etaient)$/.test(tokens[k]!.norm) && /^(they|ils|elles)$/.test(tokens[k - 1]?.norm ?? '') && /^(say|says|said|claim|claims|claimed|disent|dit|pretendent|affirment)$/.test(tokens[k - 2]?.norm ?? tokens[k - 3]?.norm ?? '');
}

function accused(tokens: readonly Token[], start: number): boolean {
  if (!said(tokens, ACCUSED_SAID)) return false;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    // "on accuse les Zaïre", "residents blame the ADF", "soupçonnent les CODECO": the accused actor did it.
    // "accusé d'avoir renseigné les FARDC", "accused of informing the army", "d'espionner pour le M23": the force informed or spied for.
    // ("a informé les FARDC, qui ont tabassé 2 jeunes": what they did after is told of them)
    // ("utilisée comme espionne par les CODECO", "used as spy by nyatura": who used the spy, after "par/by", did it)
    if (INFORMED.test(tokens[k]!.norm) && k >= start - 3 && !/^(par|by)$/.test(tokens[k + 1]?.norm ?? '')) return !tokens.slice(start + 1, start + 4).some((t) => /^(qui|who)$/.test(t.norm));
    // ("accusé par des miliciens Zaïre d'avoir renseigné…", "accused by M23 of spying": who accuses, after "par/by", is no accused)
    if (ACCUSED.test(tokens[k]!.norm) && accuserAfterBy(tokens, k, start)) return false;
    // ("a boy accused of theft died in the PNC Mudzipela cell": the accusation closed, what befell the accused comes before the
    // force, reports36)
    if (ACCUSED.test(tokens[k]!.norm) && tokens.slice(k + 1, start).some((t) => BEFELL.test(t.norm))) return false;
    // ("menacé par des collaborateurs ADF": the collaborators named as the agent, collaborators-as-agents.ts)
    if (/^(collabor|complic|sympathis)/.test(tokens[k]!.norm) && k === start - 1 && allyAsAgent(tokens, k)) return false;
    // ("on soupçonne un enlèvement par les ADF": the agent of the harm suspected, suspected-harm-by.ts)
    if (ACCUSED.test(tokens[k]!.norm) && suspectedHarmBy(tokens, k, start)) return false;
    // ("il accuse les services de renseignement du M23", "accuses the intelligence men of the M23": the group's own service or
    // men accused is the group, reports38)
    if (ACCUSED.test(tokens[k]!.norm)) return !(/^(accuse|accusent|accusant|accusing|accuses|soupconnent|soupconne|suspect)$/.test(tokens[k]!.norm) && tokens.slice(k + 1, start).every((t) => /^(les|the|la|le|l|des|du|milice|militia|miliciens|groupe|group|arme|armed|elements|rebels|rebelles|fighters|combattants)$/.test(t.norm) || GROUP_ORGAN.test(t.norm)));
    if (tokens[k + 1]!.stopBefore) return false;
  }
  return false;
}

const BEFELL = /^(died|dies|mort|morte|decede|decedee|succombe|succombee|held|detenu|detenue|beaten|battu|battue|tortured|torture|torturee)$/;
const GROUP_ORGAN = /^(services?|renseignements?|intelligence|securite|security|de|of|agents|hommes|men|officers|officiers)$/;
const INFORMED = /^(renseigne|renseigner|renseignait|renseignaient|renseignant|renseignent|informe|informer|informing|informed|informait|informaient|spying|spied|spy|espionne|espionner|espionnait|espionnaient|espionnage)$/;
function accuserAfterBy(tokens: readonly Token[], k: number, start: number): boolean {
  return /^(par|by)$/.test(tokens[k + 1]?.norm ?? '') && tokens.slice(k + 2, start).every((t) => !t.breakBefore && /^(les|the|la|le|l|des|du|some|milice|militia|miliciens|militiamen|groupe|group|arme|armes|armed|elements|rebels|rebelles|fighters|combattants)$/.test(t.norm));
}

/** "made to work on M23 fortifications": the "on" before the actor follows a labour word in the same clause. */
function workedFor(tokens: readonly Token[], start: number): boolean {
  for (let cue = start - 1; cue >= 0 && cue >= start - 3; cue--) {
    if (!WORK_CUES.has(tokens[cue]!.norm)) continue;
    for (let k = cue - 1; k >= 0 && k >= cue - 3; k--) {
      if (LABOUR.test(tokens[k]!.norm)) return true;
      if (tokens[k + 1]!.breakBefore) return false;
    }
    return false;
  }
  return false;
}

const REINFORCEMENTS = /^(renforts?|reinforcements?|colonnes?|columns?)$/;
function reinforcements(tokens: readonly Token[], start: number): boolean {
  const k = /^(des|de|du|d|of|the|les)$/.test(tokens[start - 1]?.norm ?? '') ? start - 2 : start - 1;
  return REINFORCEMENTS.test(tokens[k]?.norm ?? '');
}

function isArticle(word: string): boolean {
  return ['the', 'les', 'la', 'le', 'l', 'des', 'a', 'an', 'une', 'un', 'de'].includes(word);
}

// A force that was the target: "M23 shelling FARDC trenches", "les ADF ont attaqué les FARDC", "ADF ambushed a FARDC patrol".
const ATTACKING = /^(attacked|attacking|attaquent|attaquaient|attaquant|shelled|shelling|bombard(ed|ing|ent|aient|ant)|pilonn(ent|aient|ant)|ambushed|ambushing|embusqu\w*|overr[au]n\w*|assaulted|assaulting|raided|raiding|targeted|targeting|cibl(ent|aient|ant)|harassed|harassing|harcel(ent|aient|ant)|encercl(ent|aient|ant)|surrounded|surrounding|overpowered|dislodg\w*|delog\w*|fired|firing|shooting|tirent|tiraient|stormed|storming|hit|hitting|struck|frapp(ent|aient|ant))$/;
// (the verbs of ATTACKING as words and stems, with the French "attaque" after an auxiliary)
const ATTACKING_SAID = trigger([
  ...['attacked', 'attacking', 'attaquent', 'attaquaient', 'attaquant', 'attaque', 'shelled', 'shelling', 'bombard*', 'pilonn*', 'ambushed', 'ambushing', 'embusqu*'],
  ...['overran*', 'overrun*', 'assaulted', 'assaulting', 'raided', 'raiding', 'targeted', 'targeting', 'cibl*', 'harassed', 'harassing', 'harcel*', 'encercl*'],
  ...['surrounded', 'surrounding', 'overpowered', 'dislodg*', 'delog*', 'fired', 'firing', 'shooting', 'tirent', 'tiraient', 'stormed', 'storming', 'hit', 'hitting'],
  ...['struck', 'frapp*'],
]);
const BEFORE_OBJECT = new Set(['the', 'a', 'an', 'les', 'des', 'la', 'le', 'l', 'une', 'un', 'two', 'deux', 'several', 'plusieurs', 'on', 'at', 'sur']);
function objectOfAttack(tokens: readonly Token[], start: number): boolean {
  if (!said(tokens, ATTACKING_SAID)) return false;
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && (BEFORE_OBJECT.has(tokens[k]!.norm) || TARGETS.has(tokens[k]!.norm) || /^(trenches|tranchees|troops|troupes|soldiers|soldats|militaires)$/.test(tokens[k]!.norm)) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0) return false;
  const verb = tokens[k]!;
  if (tokens[k + 1]?.breakBefore && k + 1 < start) return false;
  // "attaque des M23" is the M23's attack: the French noun is not a verb unless an auxiliary comes before it.
  const french = /^(attaque|pilonne|bombarde|cible|frappe|encercle|harcele|delogue)$/.test(verb.norm) && ['ont', 'a', 'avaient', 'avait'].includes(tokens[k - 1]?.norm ?? '');
  if (!ATTACKING.test(verb.norm) && !french) return false;
  // "attacked by", "attaqués par": the passive names the attacker next.
  return !['by', 'par'].includes(tokens[k + 1]?.norm ?? '') && !tokens[start]!.breakBefore;
}

// "FARDC attacked by M23", "les FARDC prises pour cible par les ADF": the force named first was attacked.
// ('est', 'is': "la PNC est intervenue", "police is deployed", the singular of "sont")
const PASSIVE_FILLERS = new Set(['were', 'was', 'have', 'has', 'been', 'ont', 'ete', 'sont', 'a', 'est', 'is', 'etait', 'soldiers', 'soldats', 'militaires', 'troops', 'patrol', 'patrouille', 'position', 'positions', 'post', 'poste', 'convoy', 'convoi', 'base', 'camp', 'elements', 'pris', 'prise', 'prises', 'pour', 'cible', 'reportedly']);
function attackedBy(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 4 && PASSIVE_FILLERS.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const verb = tokens[k];
  if (!verb || verb.breakBefore) return false;
  const passive = ATTACKING.test(verb.norm) || /^(attaque|attaques|attaquee|attaquees|killed|tues|tue|wounded|blesses)$/.test(verb.norm) || (verb.norm === 'cible' && k > end);
  return passive && ['by', 'par'].includes(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore;
}

// A force that came after the fact: "PNC keeping people away", "les FARDC ont bouclé le secteur", "FARDC intervened".
const RESPONDING = /^(secur\w*|seal\w*|cordon\w*|boucl\w*|evacu\w*|rescu\w*|secour\w*|interv\w*|respond\w*|arriv\w*|deploy\w*|deploi\w*|repel\w*|repuls\w*|repouss\w*|ripost\w*|pursu\w*|poursuiv\w*|escort\w*|ramass\w*|enterr\w*|buried|bury\w*|protect\w*|proteg\w*|dispatch\w*|rushed|accour\w*|cleared|defus\w*|demin\w*|recover\w*|recuper\w*|envoy\w*|alerted|alerte|informed|isol\w*|fenced|balis\w*|secure)$/;
const KEEP = /^(keep|keeping|kept|keeps|tiennent|tient|tenaient|maintiennent|maintient|empechent)$/;
// "échappés d'un camp ADF sont arrivés": the group's camp is where they came from; who arrives is someone else.
const OWN_PLACE = /^(camp|camps|base|bases|bastion|position|positions|fief)$/;
function responds(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 4 && PASSIVE_FILLERS.has(tokens[k]?.norm ?? '') && tokens[k]!.norm !== 'pris' && !tokens[k]!.breakBefore) k++;
  const verb = tokens[k];
  if (!verb || verb.breakBefore) return false;
  // ("children who escaped from an ADF camp arrived in Eringeti": a camp or a base does not arrive, the children do)
  if (/^arriv/.test(verb.norm) && /^(camp|base|position|positions|post|poste)$/.test(tokens[k - 1]?.norm ?? '')) return false;
  // ("les Wazalendo ont ramassé 4 jeunes": people picked up are taken, C23; bodies picked up are a response)
  // ("les Twirwaneho repoussés", "ont été repoussés": pushed back, the passive participle in the plural, is no response: t29b)
  if (/^(repousse|repulse)e?s$/.test(verb.norm) && (k === end || /^(ete|sont|furent|etaient)$/.test(tokens[k - 1]?.norm ?? ''))) return false;
  if (RESPONDING.test(verb.norm)) return !peoplePickedUp(tokens, k);
  // "PNC arrested a suspect", "la police a interpellé deux présumés auteurs": police arresting suspects of the crime respond to it.
  // ("FARDC arrested 4 men suspected of being ADF collaborators": an affiliation suspected is the arrest reported, the force did it, C1)
  if (suspectsArrested(tokens, k)) return true;
  // "keeping people away until UNMAS arrives", "tiennent la population à distance"
  if (KEEP.test(verb.norm)) {
    for (let j = k + 1; j < tokens.length && j <= k + 5 && !tokens[j]!.breakBefore; j++) if (/^(away|back|distance|ecart|eloign\w*)$/.test(tokens[j]!.norm)) return true;
  }
  return false;
}

// "ADF came at night and killed 3", "FARDC secured the area then looted shops", "sont venus arrêter 5 jeunes":
// those who came, or secured, and then did harm are who did it.
const HARM_DONE = /^(kill|tue|tuer|tuant|massacr|abatt|shot|shoot|fired|tir|loot|pill|burn|brul|incend|rap|viol|abduct|enlev|kidnap|arrest|arret|detain|beat|batt|tabass|tortur|extort|rancon|racket|tax|attack|attaqu|raid|destroy|detrui)/;
const DOER_NOUN = /^(killers?|rapists?|violeurs?|kidnappers?|ravisseurs?|looters?|pilleurs?|attackers?|raiders?|tueurs?)$/;
function harmFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 6; k++) {
    if (tokens[k]!.stopBefore || /^(after|apres|following|suite|until|jusqu|when|quand|lorsque|where|ou)$/.test(tokens[k]!.norm)) return false;
    // ("arrested the suspected killers of the chief": the killing is the suspects', the arrest a response)
    if (suspectsArrested(tokens, k)) return false;
    // ("arrested the suspected killers": a noun for who did it names people, not harm done by the subject)
    if (HARM_DONE.test(tokens[k]!.norm) && !DOER_NOUN.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// "now w FARDC", "remis aux FARDC", "handed over to MONUSCO": who has the survivor now did not harm them.
const KEPT = /^(now|maintenant|actuellement|handed|remis|remise|remises|transferred|transfere|transferee|transferes|confie|confies|confiee|confiees)$/;
// ("remis ensuite à la PNC", "handed over later to the police": an adverb of time between)
const KEPT_LINK = /^(w|with|avec|chez|over|to|aux|au|a|the|les|des|l|la|le|ensuite|puis|then|later|finally|enfin)$/;
function keptBy(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= start - 3 && k >= 0 && KEPT_LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  return k < start - 1 && k >= 0 && KEPT.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore;
}
