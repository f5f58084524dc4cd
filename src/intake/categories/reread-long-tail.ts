import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { rereadTune11 } from '../constructions/everyday-traffic-2.js';

/**
 * Hits read again from the words around them (see `realHits`): the harm a threatened person spoke
 * about, ordnance found lying rather than fired, a "threat of cholera" or "attaque de choléra".
 * Returns undefined to keep the hit, null to drop it, or the hit it stands for.
 */
export function rereadHit(hits: readonly SignalHit[], tokens: readonly Token[], h: SignalHit): SignalHit | null | undefined {
  const signal = h.value.signal;
  const tune11 = rereadTune11(hits, tokens, h);
  if (tune11 !== undefined) return tune11;
  if (HARM.has(signal) && hits.some((t) => t.value.signal === 'threat') && spokenAbout(tokens, h.start)) return null;
  // "RPG round he found in the bush", "roquette retrouvée": ordnance lying about is a hazard, not an attack.
  if ((signal === 'attack' || signal === 'explosive') && ORDNANCE.test(tokens[h.start]!.norm) && foundLying(tokens, h)) {
    return { value: { signal: 'explosive', subType: 'erw' }, start: h.start, end: h.end };
  }
  // "Éboulement dans une mine à Kamituga: 4 creuseurs morts": a mine where diggers work, no blast said, is no landmine.
  if (signal === 'explosive' && h.value.subType === 'landmine' && miningSite(tokens)) return null;
  // "threat of cholera", "attaque de choléra", "cholera threatens the camps": a disease or the weather threatens.
  // ("agents de santé ebola agressés": the disease names the workers' team, who were attacked)
  if ((signal === 'threat' || signal === 'attack') && hits.some((n) => n.value.signal === 'natural' && ((n.start > h.start && n.start - h.end <= 2 && OF.test(tokens[h.end]?.norm ?? '')) || (n.end === h.start && !hits.some((x) => x.value.signal === 'humanitarian' && x.end === n.start))))) return null;
  // "each side accusing the other of cattle theft", "s'accusent mutuellement de vol": a theft named as the blame two communities trade.
  if (signal === 'loot' && blamedBetween(hits, tokens, h)) return null;
  // "MSF ambulance shot at", "l'ambulance du CICR": an aid agency's vehicle, not a hospital.
  if (signal === 'hospital' && /^ambulances?$/.test(tokens[h.start]!.norm) && hits.some((a) => a.value.signal === 'humanitarian' && (a.end === h.start || (a.start - h.end <= 2 && a.start >= h.end && OF.test(tokens[h.end]?.norm ?? ''))))) return null;
  // "football match between Hema and Lendu youths": communities named together in peace are no tension.
  if (signal === 'community' && tokens.some((t) => PEACEFUL.test(t.norm)) && !hits.some((x) => QUARREL.has(x.value.signal))) return null;
  // "Gunmen asked for the teacher by name": armed men who threatened, with no harm done, did not attack.
  if (signal === 'attack' && tokens[h.start]!.norm === 'gunmen' && hits.some((t) => t.value.signal === 'threat') && !hits.some((x) => x.start !== h.start && DONE.has(x.value.signal))) return { value: { signal: 'armed', subType: null }, start: h.start, end: h.end };
  // "Trucks of WFP held for two days": vehicles, convoys or teams held are access denied, not people detained.
  if (signal === 'detention' && tokens[h.start]!.norm === 'held' && vehiclesBefore(tokens, h.start)) return { value: { signal: 'access', subType: null }, start: h.start, end: h.end };
  // "ils vont le tuer s'il parle", "will kill you all": a killing promised is a death threat.
  if (signal === 'kill' && promised(tokens, h.start)) return { value: { signal: 'threat', subType: 'death_threat' }, start: h.start, end: h.end };
  // "anyone who collaborates will have their house burnt", "ils vont brûler vos maisons": harm to come is threatened.
  if ((signal === 'loot' || signal === 'abduct') && willBefore(tokens, h.start)) return { value: { signal: 'threat', subType: null }, start: h.start, end: h.end };
  // "Drone de la mission abattu", "UN helicopter shot down": a machine brought down (named before the verb), nobody killed.
  if (signal === 'kill' && /^(abattu\w*|shot|downed)$/.test(tokens[h.start]!.norm) && machineBefore(tokens, h.start)) return { value: { signal: 'attack', subType: null }, start: h.start, end: h.end };
  return undefined;
}

const MACHINE = /^(drones?|helicopt\w*|helicos?|helos?|aircraft|avions?|aeronefs?|planes?|uav)$/;
function machineBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (MACHINE.test(tokens[k]!.norm)) return true;
  }
  return false;
}

const DONE = new Set(['kill', 'injure', 'attack', 'abduct', 'sexual', 'loot', 'torture', 'explosive', 'fighting']);
const HARM = new Set(['kill', 'injure', 'attack', 'abduct', 'sexual', 'loot', 'torture', 'detention']);
// "intimidated for denouncing sexual violence", "after his sermon on looting", "son émission sur les exactions".
const TOPIC = /^(denounc\w*|denonc\w*|sermon|sermons|preche|preached|preaching|prechait|report|reports|reporting|rapport|show|programme|program|emission|article|articles|testif\w*|temoign\w*|speaking|talking|parle|parler|exposing|investigating|enquetant)$/;
const TOPIC_LINK = /^(on|about|sur|de|des|du|the|la|le|les|l|d|concernant|regarding)$/;
function spokenAbout(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (TOPIC.test(tokens[k]!.norm)) return true;
    if (!TOPIC_LINK.test(tokens[k]!.norm) && k < at - 1) return false;
  }
  return false;
}

const ORDNANCE = /^(rockets?|roquettes?|mortars?|mortiers?|obus|shells?|rpgs?|bombs?|bombes?|grenades?|munitions?|ammunition|rounds?)$/;
// "RPG round he found in the bush", "roquette trouvée dans un champ", "obus ramassé", "to sell as scrap".
const FOUND = /^(found|find|finds|discovered|discovery|lying|abandoned|picked|collected|sell|scrap|trouv\w*|decouvert\w*|ramass\w*|abandonn\w*|gisant\w*|ferraille|vendre|retrouv\w*|stuck|embedded|lodged|coincee?s?|plantee?s?|fichee?s?)$/;
function foundLying(tokens: readonly Token[], h: SignalHit): boolean {
  // ("après la découverte d'une roquette": the finding named three words before)
  for (let k = h.start - 3; k <= h.end + 5 && k < tokens.length; k++) {
    if (k < 0 || k === h.start) continue;
    if (k > h.end && tokens[k]!.stopBefore) return false;
    if (FOUND.test(tokens[k]!.norm)) return true;
  }
  return lyingIn(tokens, h.end);
}
// "mortar round in a field at Karuba, farmer lost a hand", "un obus dans un champ": ordnance named with where it lies, no
// verb between (a shell that "landed in a field" was fired, not lying).
const ROUND = /^(rounds?|shells?|obus|bombs?|heads?|tetes?)$/;
const IN = /^(in|dans|inside)$/;
const LIES_WHERE = /^(fields?|champs?|bush|brousse|gardens?|jardins?|yard|cour|farms?|plantations?|compound|parcelle|concession)$/;
function lyingIn(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (ROUND.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  if (!IN.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  if (/^(a|an|the|un|une|le|la|l|his|her|their|son|sa|leur)$/.test(tokens[k]?.norm ?? '')) k++;
  return LIES_WHERE.test(tokens[k]?.norm ?? '');
}
const OF = /^(of|de|d|du|des)$/;

const FUTURE = /^(vont|va|vais|allons|allez|will|gonna|wil|wl|verront|verra|verrez|seront|sera)$/;  // ("verront leurs maisons brûlées", "seront brûlées": harm to come, reports36)
const OBJECT_PRONOUN = /^(le|la|les|l|te|t|vous|nous|him|her|them|you|u|us|me|m)$/;
function promised(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (OBJECT_PRONOUN.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  return k >= 0 && !tokens[k + 1]!.breakBefore && FUTURE.test(tokens[k]!.norm);
}
const VEHICLES = /^(trucks?|convoys?|convois?|camions?|vehicles?|vehicules?|patrols?|patrouilles?|teams?|equipes?|flights?|goods|marchandises)$/;
function vehiclesBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (VEHICLES.test(tokens[k]!.norm)) return true;
  }
  return false;
}
function willBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (FUTURE.test(tokens[k]!.norm)) return true;
  }
  return false;
}
const QUARREL = new Set(['fighting', 'attack', 'kill', 'injure', 'tension', 'hate', 'threat', 'loot', 'torture', 'access', 'sexual', 'abduct']);
const PEACEFUL = /^(football|foot|match|tournoi|tournament|cohabitation|reconcil\w*|wedding|mariage|festival|celebrat\w*|jointly|ensemble|together|peace|paix|pacifique|peaceful|met|meet|meeting|reunion|reunis|agreed|agreement|accord|signed|signe|pact|pacte|dialogue)$/;

const BLAME = /^(accus\w*|blam\w*|mutuellement|reproch\w*)$/;
function blamedBetween(hits: readonly SignalHit[], tokens: readonly Token[], h: SignalHit): boolean {
  const communities = new Set(hits.filter((c) => c.value.signal === 'community').map((c) => tokens[c.start]!.norm));
  // ("des déplacés accusent les autochtones de vol de récoltes": the displaced are one side, reports12)
  const displaced = hits.some((d) => d.value.signal === 'displace' && /^(deplaces|deplacees|idps|pdi|displaced)$/.test(tokens[d.start]!.norm));
  if (communities.size + (displaced ? 1 : 0) < 2) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (BLAME.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// Diggers or a pit's collapse said, and no blast: the mine is a mining site (reports50).
const MINING = /^(creuseurs?|orpailleurs?|miners?|diggers?|eboulement\w*|effondr\w*|collapsed?|puits|galeries?|landslides?|artisanal|or|gold|coltan|cassiterite)$/;
const BLAST = /^(explos\w*|saute\w*|stepped|marche|blast|blew|detonat\w*|amput\w*|antipersonnel|anti|ap)$/;
function miningSite(tokens: readonly Token[]): boolean {
  return tokens.some((t) => MINING.test(t.norm)) && !tokens.some((t) => BLAST.test(t.norm));
}
