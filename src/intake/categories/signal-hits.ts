import type { SignalHit } from './categories.js';
import type { PlaceTokenMatch } from '../places/gazetteer.js';
import type { Token } from '../normalize.js';
import { childAges } from '../victims/ages.js';
import { mark } from '../phrases.js';
import { CALL } from './split-phrases.js';
import { isPerson, objectFollows } from '../victims/victim-words.js';
import { movementOfPeopleFrom, peopleMovingSaid } from '../victims/moved-people.js';
import { GOODS_WORDS } from './keyword-families.js';
import { rereadHit } from './reread-long-tail.js';
import { accusationCause } from './accusation-cause.js';
import { angerBefore } from '../constructions/everyday-traffic-2.js';
import { soldiersCamp } from './camps-named-first.js';

/**
 * The keyword hits as the parser uses them: feared attacks and natural mishaps set aside, and hits
 * the keyword index cannot see (a child's age, a named actor, a camp named by its place) added.
 */

// A feared or announced attack ("craint une attaque", "announcing an ADF attack") has not happened;
// destruction by rain, flood or accident was done by nobody.
/** The sub-type of a threat read from a feared or rumoured attack: it names the alert only when nothing else does. */
export const FEARED_ATTACK = 'feared_attack';
const MUNITION = /^(mortars?|mortiers?|rockets?|roquettes?|obus|shells?|rpgs?|artillery|artillerie)$/;
const RUMOUR = /^(rumou?rs?|rumeurs?|rumou?red)$/;
const FEARED_AFTER = /^(feared|redoutee?s?|craintes?|rumou?red|possible|probable|likely)$/;

const GOODS = /^(shops?|stores?|boutiques?|magasins?|stocks?|warehouses?|depots?|entrepots?|kiosques?|kiosks?|stalls?|etalages?|pharmac\w*|tills?|caisses?|granaries|greniers?)$/;
const RETURN = /^(retour|returned|returning|return|rentres|rentrees|rentrent|retournes|retournent|retournees|back|revenus|reviennent)$/;
const GUNFIRE_HEARD = /^(tirs?|gunfire|gunshots?|shots?|shooting|detonations?|explosions?|coups|crepitements?|shelling|bombardements?|fusillades?)$/;
const HEARD = /^(heard|entendus?|entendues?|entendu|audible|resonn\w*)$/;
function heardAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k <= end + 3; k++) {
    if (k > end && tokens[k]!.breakBefore) return false;
    if (HEARD.test(tokens[k]!.norm)) return true;
  }
  return false;
}

export function realHits(hits: readonly SignalHit[], tokens?: readonly Token[]): SignalHit[] {
  // "attaque des Mai-Mai prévue ce soir": who attacks may come between the attack and the word saying it is planned.
  const sameClause = (from: number, to: number): boolean => !tokens?.slice(from, to + 1).some((t, k) => k > 0 && t.breakBefore);
  const fears = hits.filter((h) => h.value.signal === 'fear' || h.value.signal === 'threat');
  // (a natural cause read away, "market burnt, cause unknown", is none)
  const natural = hits.some((h) => h.value.signal === 'natural' && !(tokens && rereadHit(hits, tokens, h) === null));
  const fleeing = hits.some((h) => h.value.signal === 'displace');
  const fled = tokens?.some((t) => /^(fled|flee|fleeing|fui|fuient|fuyant|fuite)$/.test(t.norm));
  const out: SignalHit[] = [];
  const quietDeath = tokens !== undefined && deathOnly(tokens, hits);
  const falseAlarm = hits.some((h) => h.value.subType === 'false_alarm') && !hits.some((h) => ['kill', 'injure', 'abduct', 'sexual', 'loot'].includes(h.value.signal));
  const kept = hits.filter((h) => {
    const signal = h.value.signal;
    const reread = tokens && rereadHit(hits, tokens, h);
    if (reread !== undefined) {
      if (reread) out.push(reread);
      return false;
    }
    if (quietDeath && signal === 'kill') return false;
    // "fausse alerte: pétards pris pour des tirs": the shots were no attack.
    if (falseAlarm && (signal === 'attack' || signal === 'fighting' || signal === 'explosive' || signal === 'movement')) return false;
    // "attaque prévue ce soir": planned after the word
    const planned = hits.find((f) => f.value.signal === 'fear' && f.value.subType === 'preparing' && f.start >= h.end && (f.start - h.end <= 1 || (tokens !== undefined && f.start - h.end <= 4 && sameClause(h.end - 1, f.start))));
    const before = fears.filter((f) => f.end <= h.start && h.start - f.end <= 3);
    // "Attack feared on Kamango", "attaque redoutée": the fear right after the attack.
    const feared = hits.find((f) => f.value.signal === 'fear' && f.value.subType !== 'preparing' && FEARED_AFTER.test(tokens?.[f.start]?.norm ?? '') && f.start === h.end && !tokens?.[f.start]?.breakBefore);
    const fear = before.find((f) => f.value.subType === 'preparing') ?? before[0] ?? planned ?? feared;
    // "ils frapperont avant l'aube", "will attack Drodro": an attack said in the future is a threat of attack.
    if (signal === 'attack' && h.value.subType === 'future') {
      out.push({ value: { signal: 'threat', subType: 'threat_of_attack' }, start: h.start, end: h.end });
      return false;
    }
    if ((signal === 'attack' || (signal === 'fighting' && fear?.value.subType === 'preparing')) && fear) {
      // An armed group preparing an attack is a threat of attack; a population's fear is not, unless the attack is said to be imminent
      // ("attack expected tonight", "threat of imminent attack", "fighting expected tonight").
      const imminent = hits.some((f) => f.value.signal === 'soon' && ((f.start >= h.end && f.start - h.end <= (fear === feared ? 2 : 1)) || (f.end <= h.start && h.start - f.end <= 0)));
      if (fear.value.subType === 'preparing' || imminent) out.push({ value: { signal: 'threat', subType: 'threat_of_attack' }, start: h.start, end: h.end });
      // "attack feared", "rumeurs d'incursion": an early warning of a threat, weaker than any incident the report also names.
      // (a population's fear alone, "la population craint une attaque", is no threat: nobody threatened it)
      else if (fear === feared || RUMOUR.test(tokens?.[fear.start]?.norm ?? '')) out.push({ value: { signal: 'fear', subType: FEARED_ATTACK }, start: h.start, end: h.end });
      return false;
    }
    // "calling Hema youth to kill Lendu", "appelant les jeunes à brûler": killing urged, not done.
    if ((signal === 'kill' || signal === 'attack' || signal === 'loot') && tokens && urged(tokens, h.start)) {
      out.push({ value: { signal: 'hate', subType: null }, start: h.start, end: h.end });
      return false;
    }
    // "ont abattu un drone de surveillance", "shot down a helicopter": a machine brought down, nobody killed.
    if (signal === 'kill' && tokens && downed(tokens, h)) {
      out.push({ value: { signal: 'attack', subType: null }, start: h.start, end: h.end });
      return false;
    }
    // "bombs dropped on Kibumba market", "bombes larguées", "obus tiré sur": a munition sent at people is an attack, not a hazard left behind.
    if (signal === 'explosive' && tokens && (h.value.subType === 'explosive' || h.value.subType === 'grenade') && [h.end, h.end + 1, h.start - 1, h.start - 2].some((k) => /^(dropped|drop|drops|dropping|largu\w*|lanc\w*|thrown|threw|tir\w*|fired|hurled|lobbed)$/.test(tokens[k]?.norm ?? ''))) {
      out.push({ value: { signal: 'attack', subType: null }, start: h.start, end: h.end });
      return false;
    }
    // "menacent de brûler les cases", "threatening to burn": the harm is threatened, not done.
    if ((signal === 'kill' || signal === 'attack' || signal === 'loot' || signal === 'abduct') && tokens && threatened(tokens, h.start)) return false;
    // "pay 5,000 FC or you die", "payez sinon on brûle vos maisons": harm promised if a demand is not met is a threat.
    if ((signal === 'kill' || signal === 'attack' || signal === 'loot' || signal === 'abduct' || signal === 'injure') && tokens && ultimatum(tokens, h.start)) {
      out.push({ value: { signal: 'threat', subType: signal === 'kill' ? 'death_threat' : null }, start: h.start, end: h.end });
      return false;
    }
    // "4 pasteurs retenus par les FARDC": people held are detained; a convoy held is access denied.
    if (signal === 'access' && tokens && /^retenu/.test(tokens[h.start]!.norm) && ![h.start - 1, h.start - 2, h.start - 3].some((k) => /^(convois?|convoy|camions?|trucks?|vehicules?|vehicles?|equipes?|team|patrouilles?|patrol|mission)$/.test(tokens[k]?.norm ?? '')) && [h.start - 1, h.start - 2].some((k) => k >= 0 && isPerson(tokens[k]!.norm) && !['de', 'd', 'des'].includes(tokens[k]!.norm))) {
      out.push({ value: { signal: 'detention', subType: null }, start: h.start, end: h.end });
      return false;
    }
    if (natural && signal === 'loot' && h.value.subType !== 'looting') return false;
    // "people missing after the boat capsized": missing in a mishap are not taken by anyone
    if (natural && signal === 'abduct' && tokens?.slice(h.start, h.end).some((t) => /^(missing|disparu\w*|introuvables?|unaccounted)$/.test(t.norm))) return false;
    // "shops in Kiwanja emptied by armed men", "boutiques vidées": goods emptied out are looted, not people gone.
    if (signal === 'displace' && tokens && /^(emptied|emptying|videe?s?)$/.test(tokens[h.start]!.norm) && [-4, -3, -2, -1, 1, 2, 3].some((d) => GOODS.test(tokens[h.start + d]?.norm ?? ''))) {
      out.push({ value: { signal: 'loot', subType: 'looting' }, start: h.start, end: h.end });
      return false;
    }
    // "retour des déplacés à Kitshanga", "3,000 IDPs returned to Kibirizi": people coming home are not displaced by an event.
    if (signal === 'displace' && tokens && !fled && [h.start - 3, h.start - 2, h.start - 1, h.end, h.end + 1].some((k) => k >= 0 && RETURN.test(tokens[k]?.norm ?? ''))) return false;
    // "détonations entendues toute la nuit, les habitants partent": gunfire only heard, people leaving, is the flight.
    if ((signal === 'attack' || signal === 'explosive') && tokens && fleeing && GUNFIRE_HEARD.test(tokens[h.start]!.norm) && heardAfter(tokens, h.end)) return false;
    // "unexploded mortar shell", "roquette non explosée": the munition lying there, not fired at anyone.
    if (signal === 'attack' && tokens && MUNITION.test(tokens[h.start]!.norm) && hits.some((e) => e.value.signal === 'explosive' && e.value.subType === 'erw' && Math.abs(e.start - h.start) <= 3)) return false;
    // "Armed men seized 30 goats", "ont enlevé 12 vaches": goods or animals taken are looted, not people abducted.
    if (signal === 'abduct' && tokens && h.end - h.start === 1 && [0, 1, 2].some((d) => GOODS_WORDS.has(tokens[h.end + d]?.norm ?? '') && !tokens.slice(h.end, h.end + d + 1).some((t) => t.breakBefore || isPerson(t.norm)))) {
      out.push({ value: { signal: 'loot', subType: 'looting' }, start: h.start, end: h.end });
      return false;
    }
    // "M23 seized Rubaya", "captured the town", "saisi des armes": a place or things taken, not people.
    if (signal === 'abduct' && tokens && h.end - h.start === 1 && TAKING.has(tokens[h.start]!.norm) && !peopleTaken(tokens, h.end)) {
      // Taking a town is an armed group's advance.
      let k = h.end;
      while (['the', 'la', 'le', 'l', 'of', 'de', 'du'].includes(tokens[k]?.norm ?? '')) k++;
      const town = tokens[k] && (/^\p{Lu}/u.test(tokens[k]!.text) || ['town', 'village', 'city', 'ville', 'localite', 'locality', 'control', 'controle', 'cite'].includes(tokens[k]!.norm));
      if (town) out.push({ value: { signal: 'movement', subType: null }, start: h.start, end: h.end });
      return false;
    }
    return true;
  });
  if (tokens) out.push(...ultimatumHits(tokens), ...incitementHits(tokens, hits));
  // "ADF are attacking Mamove", "still shooting": a phrase saying it goes on also says what goes on.
  for (const h of hits) {
    if (h.value.signal !== 'underway' || !tokens) continue;
    const words = tokens.slice(h.start, h.end).map((t) => t.norm);
    if (words.some((w) => /^(attack|shoot|tir|attaqu)/.test(w))) out.push({ value: { signal: 'attack', subType: null }, start: h.start, end: h.end });
    else if (words.some((w) => /^(fight|combat)/.test(w))) out.push({ value: { signal: 'fighting', subType: null }, start: h.start, end: h.end });
  }
  return [...kept, ...out];
}

// Words that are keywords ("Incursion", "Violation") are not names of groups.
export function keywordsTaken(taken: Uint8Array, hits: readonly SignalHit[]): Uint8Array {
  const busy = taken.slice();
  for (const h of hits) if (h.value.signal !== 'armed') mark(busy, h.start, h.end);
  return busy;
}

// A call to harm: "to kill" / "à tuer" with a calling or urging word a few words before, in the same clause.
// "urges youths to drive out the Hunde and kill them": a bare verb joined to the urged one is urged too.
const BARE_HARM = /^(kill|burn|attack|loot|chase|expel|drive|slaughter|massacre|lynch|tuer|bruler|attaquer|piller|chasser|expulser|massacrer|exterminer|eliminer|lyncher|egorger|incendier)$/;
// "youths told to arm themselves and kill": told or asked to do it ("told he will be killed" is a threat).
const CHANT = /^(chanting|chant|chants|chantaient|chantant|chantent|shouting|shouted|scandant|scandent|scandaient|criant|crient|criaient|singing|sang)$/;
const TOLD = /^(told|telling|tells|asked|asking|asks)$/;
const MACHINE = /^(drones?|helicopt\w*|aircraft|avions?|aeronef|planes?|vehicules?|vehicles?|uav|camions?|trucks?)$/;
function downed(tokens: readonly Token[], h: SignalHit): boolean {
  let k = h.end;
  if (tokens[k]?.norm === 'down') k++;
  while (k < h.end + 3 && /^(un|une|le|la|l|a|an|the|their|its|leur|son|sa|des|les)$/.test(tokens[k]?.norm ?? '')) k++;
  return MACHINE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
}

function threatened(tokens: readonly Token[], at: number): boolean {
  if (!['to', 'de', 'd'].includes(tokens[at - 1]?.norm ?? '') || tokens[at]!.breakBefore) return false;
  return /^(menac|threat|promett|promis|promise|vow|jur)/.test(tokens[at - 2]?.norm ?? '');
}

// The alternative of a demand: "or else", "sinon", "otherwise", or "or"/"ou" opening a clause ("or you die", "ou bien vous serez tués", "or be killed").
const ELSE = /^(sinon|otherwise|else|autrement)$/;
const OR_CLAUSE = /^(you|we|they|your|be|get|face|vous|tu|on|nous|ils|vos|ta|tes|votre|bien|etre|je|i)$/;
// "or they were abducted, sources differ": a past alternative is no demand.
const PAST = /^(were|was|had|did|have|has|ont|avaient|etaient|sont)$/;
const orClause = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]!.norm === 'or' || tokens[k]!.norm === 'ou') && OR_CLAUSE.test(tokens[k + 1]?.norm ?? '') && !PAST.test(tokens[k + 2]?.norm ?? '');
function ultimatum(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const w = tokens[k]!.norm;
    if (ELSE.test(w)) return true;
    if (orClause(tokens, k) && k > 0) return true;
    if (tokens[k]!.breakBefore) return false;
  }
  return false;
}

// "clean Bule of the Hema", "balayer le quartier des Hema", "the Nande must go home", "les Nande doivent rentrer chez eux":
// a place rid of a named community, or a community sent home, is incitement without a harm verb.
// Said as a call (the base form, "à nettoyer", "balayez"): "les jeunes nettoient le marché des Bafuliru" is their market cleaned.
const CLEAN = /^(clean|cleanse|purify|sweep|rid|nettoyer|nettoyez|nettoyons|purifier|purifiez|purifions|balayer|balayez|balayons|debarrasser|debarrassez|debarrassons|vider|videz|vidons)$/;
const SENT_HOME = /^(go|return|rentrer|retourner|regagner|repartir)$/;
const MUST = /^(must|should|to|have|doivent|doit|devraient|devront|faut|qu)$/;
const NOT_A_PEOPLE = /^(communities|communautes|communaute|community|youths|jeunes|villages|clans?|chefferies|groupements|chieftaincies|herders|eleveurs|agriculteurs|farmers|bouviers|vachers|cattle|cultivateurs)$/;
function incitementHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const c of hits) {
    if (c.value.signal !== 'community' || NOT_A_PEOPLE.test(tokens[c.start]!.norm)) continue;
    const of = [c.start - 1, c.start - 2].some((k) => /^(of|from|des|de|du)$/.test(tokens[k]?.norm ?? ''));
    let cleaned = false;
    for (let k = c.start - 1; of && k >= 0 && k >= c.start - 6; k--) {
      if (CLEAN.test(tokens[k]!.norm)) cleaned = true;
      if (cleaned || tokens[k]!.breakBefore) break;
    }
    const modal = [c.end, c.end + 1].find((k) => MUST.test(tokens[k]?.norm ?? ''));
    const home = modal !== undefined && [modal + 1, modal + 2].some((k) => SENT_HOME.test(tokens[k]?.norm ?? '') && /^(home|chez|back|au|dans|in)$/.test(tokens[k + 1]?.norm ?? ''));
    if (cleaned || home) out.push({ value: { signal: 'hate', subType: null }, start: c.start, end: c.end });
  }
  return out;
}

// "or we burn your houses", "sinon on vous tue": a harm verb no keyword holds, promised as the alternative.
const PROMISED_HARM = /^(die|dies|burn|kill|shoot|slaughter|cut|beat|loot|meurs|meurt|mourrez|mourras|mourra|brul\w*|tu(e|es|ent|ons|ez|erons|erez|eront|era)|pill\w*|frapp\w*|egorg\w*|coup\w*|enlev\w*)$/;
function ultimatumHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (!ELSE.test(w) && !orClause(tokens, k)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
      if (tokens[j]!.breakBefore) break;
      if (PROMISED_HARM.test(tokens[j]!.norm)) {
        out.push({ value: { signal: 'threat', subType: null }, start: k, end: j + 1 });
        break;
      }
    }
  }
  return out;
}

function urged(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.breakBefore) return false;
  // "crowd chanting kill them", "scandant « tuez-les »": the words shouted are a call.
  if (CHANT.test(tokens[at - 1]?.norm ?? '')) return true;
  const linked = ['to', 'a', 'de'].includes(tokens[at - 1]?.norm ?? '');
  if (!linked && !(BARE_HARM.test(tokens[at]!.norm) && ['and', 'et', 'or', 'ou', 'puis', 'then'].some((w) => tokens.slice(Math.max(0, at - 6), at).some((t) => t.norm === w)))) return false;
  for (let k = at - 2; k >= 0 && k >= at - (linked ? 6 : 10); k--) {
    if (CALL.test(tokens[k]!.norm) || (TOLD.test(tokens[k]!.norm) && tokens[k + 1]?.norm === 'to')) return true;
    if (tokens[k + 1]!.breakBefore) return false;
  }
  return false;
}

// "the death of a chief", "décès du chef de groupement": a death with no violence word, no weapon and no armed men is no killing.
const DEATH = /^(death|deces|decede\w*|died|passed)$/;
const VIOLENCE_SIGNALS = new Set(['attack', 'injure', 'abduct', 'sexual', 'loot', 'explosive', 'armed', 'fighting', 'torture', 'detention', 'recruit', 'peacekeeper']);
function deathOnly(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  const kills = hits.filter((h) => h.value.signal === 'kill');
  // ("hacked … to death", "battu à mort" are killings)
  // ("2 people died in Beni": several dead at once is no quiet death)
  const counted = (at: number): boolean => [1, 2, 3].some((d) => /^(\d+|two|three|four|five|deux|trois|quatre|cinq|several|plusieurs)$/.test(tokens[at - d]?.norm ?? ''));
  return kills.length > 0 && kills.every((h) => h.end - h.start === 1 && DEATH.test(tokens[h.start]!.norm) && !['to', 'a'].includes(tokens[h.start - 1]?.norm ?? '') && !counted(h.start)) && !hits.some((h) => VIOLENCE_SIGNALS.has(h.value.signal));
}

// "menacé de mort", "a cow was killed": words inside a threat or a look-alike phrase count nobody.
export function mutedWords(tokens: readonly Token[], hits: readonly SignalHit[]): Uint8Array {
  const mute = new Uint8Array(tokens.length);
  const quietDeath = deathOnly(tokens, hits);
  for (const h of hits) if (h.value.signal === 'threat' || h.value.signal === 'neutral' || (h.value.signal === 'kill' && (quietDeath || urged(tokens, h.start) || angerBefore(tokens, h.start)))) mark(mute, h.start, h.end);
  // "Police rounded up 40 drivers, held without charge": an arrest, not people taken; rounded up alone reads as taken.
  // ("accused of witchcraft after the death of 2 children": the cause's dead are no victims here, accusation-cause.ts)
  const cause = accusationCause(tokens);
  if (cause) mark(mute, cause.start, cause.end);
  const arrest = hits.some((h) => h.value.signal === 'detention' && tokens[h.start]!.norm !== 'rounded');
  if (arrest) {
    for (const [i, t] of tokens.entries()) if (t.norm === 'rounded') mute[i] = 1;
  }
  return mute;
}

// "Plaine Savo camp", "Bulengo site": a camp named by its place is where displaced people live.
const CAMP = new Set(['camp', 'site', 'settlement', 'camps', 'sites']);
const MILITARY = new Set(['military', 'militaire', 'army', 'fardc', 'base', 'training', 'entrainement', 'rebel', 'rebelle', 'mining', 'minier']);
export function campHits(tokens: readonly Token[], places: readonly PlaceTokenMatch[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const p of places) {
    const after = tokens[p.end];
    const before = tokens[p.start - 1];
    if (!after || after.breakBefore || !CAMP.has(after.norm)) continue;
    if ((before && MILITARY.has(before.norm)) || MILITARY.has(tokens[p.end + 1]?.norm ?? '')) continue;
    out.push({ value: { signal: 'idpSite', subType: null }, start: p.start, end: p.end + 1 });
  }
  return out;
}

// "entrés dans le site la nuit, 3 déplacés blessés": "the site" or "the camp" in a report about displaced people is theirs.
const DISPLACED_WORDS = /^(deplacee?s?|idps?|pdi|displaced|dplce?s?|dplcee?s?|deplce?s?|dpl)$/;
// "gunmen entered Kigonze site": a camp named by a place the gazetteer lacks (a capitalised name, not a group's, not the sentence's first word).
const NOT_A_CAMP_NAME = /^(construction|building|work|works|burial|dump|chantier|camping|web|test|transit|holiday|vacation)$/;
function namedCamp(tokens: readonly Token[], i: number, mentions: readonly { start: number; end: number }[]): boolean {
  const k = i - 1;
  const name = tokens[k];
  if (!name || k === 0 || name.stopBefore || tokens[i]!.breakBefore || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) return false;
  // "a Chinese site": a nationality is no place.
  if (MILITARY.has(name.norm) || NOT_A_CAMP_NAME.test(name.norm) || /(ese|ian|ish|ois|oise)$/.test(name.norm) || mentions.some((m) => k >= m.start && k < m.end)) return false;
  // "a Gumino camp", "attacked Yakutumba camp, 5 fighters killed": an armed group's camp.
  if (/^(a|an|un|une)$/.test(tokens[k - 1]?.norm ?? '') || tokens.some((t) => FIGHTERS.test(t.norm))) return false;
  return !MILITARY.has(tokens[k - 1]?.norm ?? '');
}
const FIGHTERS = /^(fighters|combattants|rebels|rebelles|miliciens|militiamen|militia|milice|insurgents|assaillants|elements)$/;

export function siteHits(tokens: readonly Token[], mentions: readonly { start: number; end: number }[] = []): SignalHit[] {
  const displaced = tokens.some((t) => DISPLACED_WORDS.test(t.norm));
  const out: SignalHit[] = [];
  tokens.forEach((t, i) => {
    if (CAMP.has(t.norm) && namedCamp(tokens, i, mentions)) {
      out.push({ value: { signal: 'idpSite', subType: null }, start: i - 1, end: i + 1 });
      return;
    }
    // ("ds site lushagala", "Site de Jiba: …" opening the report: SMS and headings name the site too)
    if (!CAMP.has(t.norm) || !(/^(le|the|au|this|ce|dans|into|in|on|sur|ds|at)$/.test(tokens[i - 1]?.norm ?? '') || i === 0 || t.breakBefore)) return;
    // "au site de Plaine Savo": a site named after its place is an IDP site; "the site" alone only among displaced people.
    const named = /^(de|d|of)$/.test(tokens[i + 1]?.norm ?? '') && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '');
    if (!(named || (displaced && !/^(de|d|of)$/.test(tokens[i + 1]?.norm ?? '')))) return;
    if (MILITARY.has(tokens[i + 1]?.norm ?? '') || MILITARY.has(tokens[i - 2]?.norm ?? '')) return;
    // ("des FARDC ont torturé un civil au camp de Rumangabo": soldiers named and no displaced people, the camp is theirs)
    if (named && soldiersCamp(tokens)) return;
    out.push({ value: { signal: 'idpSite', subType: null }, start: i, end: i + 1 });
  });
  return out;
}

const PAST_EFFECT = /^(killed|wounded|injured|hit|destroyed|damaged|left|caused|claimed|struck|burnt|burned|razed|forced|drove|sent|cost|took|set)$/;

// A named actor is armed people: "ADF seen moving" is a movement, not people fleeing.
export function armedHits(mentions: readonly { start: number; end: number }[], tokens?: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = mentions.map(({ start, end }) => ({ value: { signal: 'armed', subType: null }, start, end }));
  // "M23 shelling FARDC trenches", "ADF attacking Mamove": a group with a bare -ing verb is doing it now.
  for (const { start, end } of tokens ? mentions : []) {
    const next = tokens![end];
    // "wounded in M23 shelling of Kitshanga", "during FARDC-M23 fighting": a noun, not a verb.
    // ("M23 shelling killed 2 civilians", "ADF shooting left 3 dead": the -ing word is the subject of a verb told in the
    // past, a noun for what happened, not a group doing it now)
    const noun = /^(in|during|by|after|from|of|to|par|lors|pendant|apres|the|an|a)$/.test(tokens![start - 1]?.norm ?? '') || /^(of|de|d|du|des)$/.test(tokens![end + 1]?.norm ?? '') || PAST_EFFECT.test(tokens![end + 1]?.norm ?? '');
    if (next && !next.breakBefore && !noun && /^(shelling|attacking|firing|shooting|bombarding|looting|burning|pounding|storming)$/.test(next.norm)) out.push({ value: { signal: 'underway', subType: null }, start: end, end: end + 1 });
  }
  return out;
}

// An age under 18 names a child: "une fille de 14 ans violée".
export function ageHits(tokens: readonly Token[]): SignalHit[] {
  return childAges(tokens).map(({ start, end }) => ({ value: { signal: 'child', subType: null }, start, end }));
}

const TAKING = new Set(['seized', 'seize', 'seizes', 'seizing', 'captured', 'capture', 'captures', 'capturing', 'grabbed', 'took']);
const PLACE_WORDS = new Set(['in', 'at', 'near', 'on', 'from', 'to', 'dans', 'a', 'au', 'pres', 'sur', 'town', 'village', 'city', 'ville', 'localite', 'locality', 'control', 'controle', 'weapons', 'armes']);
// After a taking verb: people ("seized 3 women", "captured a nurse"), or the verb in the passive ("seized by ADF").
function peopleTaken(tokens: readonly Token[], at: number): boolean {
  let k = at;
  const first = tokens[k];
  if (!first || first.breakBefore || ['by', 'par', 'while', 'when', 'on', 'from', 'in', 'near', 'at'].includes(first.norm)) return true;
  // "grabbed several motorbike taxi riders": a person within a few words, before any place word.
  for (let steps = 0; steps < 5 && k < tokens.length; steps++, k++) {
    const t = tokens[k]!;
    if (k > at && (t.breakBefore || PLACE_WORDS.has(t.norm))) return false;
    if (isPerson(t.norm) && !['de', 'd', 'des'].includes(t.norm)) return true;
    // "took 4 of them into the bush", "pris 3 d'entre eux"
    if (/^\d+$/.test(t.norm) && ['of', 'd'].includes(tokens[k + 1]?.norm ?? '') && ['them', 'us', 'entre'].includes(tokens[k + 2]?.norm ?? '')) return true;
  }
  return false;
}

// "A farmer was shot", "soldiers shot a moto driver", "shot him": someone shot (dead or wounded, the
// text does not say) is an attack on that person. "shot dead", "shot at", "shot in the air" are phrases of their own.
const SHOT_PASSIVE = new Set(['was', 'were', 'been', 'got', 'get', 'is', 'are', 'being']);
export function shotHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  const out: SignalHit[] = [];
  tokens.forEach((t, i) => {
    if (t.norm !== 'shot' || hits.some((h) => h.start <= i && i < h.end)) return;
    // ("a moto driver shot by a soldier", "2 civilians shot by unknown gunmen": the person right before, in the same clause)
    const passive = (SHOT_PASSIVE.has(tokens[i - 1]?.norm ?? '') || isPerson(tokens[i - 1]?.norm ?? '')) && !t.breakBefore;
    const object = objectFollows(tokens, i + 1) || (['him', 'her', 'them'].includes(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore);
    if (passive || object) out.push({ value: { signal: 'attack', subType: null }, start: i, end: i + 1 });
  });
  return out;
}

// "FARDC held 12 motorcyclists at their camp", "les Wazalendo gardent 5 jeunes dans leur position": people
// held by those who took them, with no word of captivity or ransom, are detained.
const HOLDING = /^(held|holding|holds|kept|keeping|keeps|gardent|gardaient|detiennent|detient|detenaient|retiennent|retient|retenaient)$/;
const CAPTIVITY = /^(captives?|captivity|captivite|hostages?|otages?|ransom|rancon)$/;
export function heldHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  tokens.forEach((t, i) => {
    if (!HOLDING.test(t.norm)) return;
    // Held someone: the people come right after ("held 12 motorcyclists", "gardent 5 jeunes"), not "a meeting held with the chief".
    const object = tokens[i + 1];
    if (!object || object.breakBefore || !(/^(\d+|a|an|the|un|une|des|les|deux|two|three|trois|several|plusieurs|some|quelques|their|his|her|leurs|ses)$/.test(object.norm) || isPerson(object.norm))) return;
    let person = false;
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      if (tokens[k]!.breakBefore) break;
      // "keeping people away", "held back the crowd": kept at a distance, not held
      if (CAPTIVITY.test(tokens[k]!.norm) || (k <= i + 3 && /^(away|back|distance|ecart)$/.test(tokens[k]!.norm))) return;
      if (k <= i + 4 && isPerson(tokens[k]!.norm) && !['de', 'd', 'des'].includes(tokens[k]!.norm)) person = true;
    }
    if (person) out.push({ value: { signal: 'detention', subType: null }, start: i, end: i + 1 });
  });
  return out;
}

// Contingent and battalion codes ("NEPBAT", "INDBAT 2", "BANRDB", "URUMARU"): peacekeepers by their unit.
const UNIT_CODE = /^[A-Z]{2,6}(BAT|RDB|MARU|QRF|ENG|COY|SF)\d*$/;
// "le CS de Bunyakiri": a centre de santé in capitals (lower-case "cs" is too common a typo to read).
export function unitHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  tokens.forEach((t, i) => {
    if (UNIT_CODE.test(t.text)) out.push({ value: { signal: 'peacekeeper', subType: null }, start: i, end: i + 1 });
    if (t.text === 'CS') out.push({ value: { signal: 'hospital', subType: null }, start: i, end: i + 1 });
  });
  return out;
}

// "mouvement de quelque 900 personnes vers Walikale": people, counted, on the move are displaced (not armed men moving).
export function peopleMovingHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  // (the words people on the move need, checked once for the report: victims/moved-people.ts)
  if (!peopleMovingSaid(tokens)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const moved = movementOfPeopleFrom(tokens, i);
    if (moved) out.push({ value: { signal: 'displace', subType: null }, start: moved.word, end: moved.word + 1 });
  }
  return out;
}
