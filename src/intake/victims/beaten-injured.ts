import type { Token } from '../normalize.js';
import { ageNotCount } from './ages.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson } from './victim-words.js';
import { countBefore, guardsBeaten, participleClause, pluralInfinitive } from './beaten-subject.js';
import { said, trigger } from '../triggers.js';

/**
 * Convention C3 (2026-12-06): a person beaten, whipped, "tabassé", "passé à tabac", "fouetté", "roué de
 * coups", "bastonné" is injured. One person = 1 ("un motard tabassé", "beat him"), a stated number = that
 * number ("beat two miners", "Deux femmes fouettées"), a vague plural = unknown ("tabassent les
 * commerçants"). Beaten to death is a killing, not an injury; threatened or arrested is not injured.
 */

// The beating as a verb, a participle or a noun.
// (Swahili "wamepiga", "alipiga": they/he beat; "pigana" is fighting, not this; SMS "whipd", "tabasé")
const BEATING = /^((a|wa)(me|li|na|ta)piga|beat|beats|beating|beaten|battu|battue|battus|battues|battent|battaient|battre|batte|tabass\w*|fouett\w*|whip|whips|whipped|whipping|flog|flogs|flogged|flogging|whipd|whiped|whipt|flogd|floged|beatn|tabase\w*|fouete\w*|bastonn\w*|chicot\w*|chicott\w*|caned|lashed|kicking|kicked|frappe|frappes|frappee|frappees|frappent|frappaient|frapper|molest(e|es|ee|ees|ent)|lashes)$/;
// Tortured or burnt on purpose, with its marks said: "tortured, burn marks visible", "brûlé au fer chaud", "burnt with cigarettes".
// (SMS: "torturd")
const TORTURED = /^(tortured|torturd|torture|tortures|torturee|torturees|falanga|tortred)$/;
const BURNT = /^(burnt|burned|brule|brules|brulee|brulees)$/;
// BEATING's words, "coups"/"blows", "passé à tabac", TORTURED and BURNT
const BEATEN_SAID = trigger([
  ...['a', 'wa'].flatMap((p) => ['me', 'li', 'na', 'ta'].map((t) => `${p}${t}piga`)),
  ...['beat', 'beats', 'beating', 'beaten', 'battu', 'battue', 'battus', 'battues', 'battent', 'battaient', 'battre', 'batte', 'tabass*', 'fouett*', 'whip', 'whips', 'whipped', 'whipping', 'flog', 'flogs', 'flogged', 'flogging', 'whipd', 'whiped', 'whipt', 'flogd', 'floged', 'beatn', 'tabase*', 'fouete*', 'bastonn*', 'chicot*'],
  ...['caned', 'lashed', 'kicking', 'kicked', 'frappe', 'frappes', 'frappee', 'frappees', 'frappent', 'frappaient', 'frapper', 'moleste', 'molestes', 'molestee', 'molestees', 'molestent', 'lashes'],
  ...['coups', 'coup', 'blows', 'tabac'],
  ...['tortured', 'torturd', 'torture', 'tortures', 'torturee', 'torturees', 'falanga', 'tortred'],
  ...['burnt', 'burned', 'brule', 'brules', 'brulee', 'brulees'],
]);
const BURNT_WITH = /^(cigarettes?|fer|iron|plastic|plastique|hot|chaud|chauds|braises?|embers|acid|acide|melted|fondu)$/;
const MARKS = /^(marques?|marks?|traces?|scars?|cicatrices?|wounds?|blessures?|plaies?|brulures?|burns|swollen|enfl\w*|bruised|bruises|ecchymoses|fractur\w*|broken|casses?|cassee|ongles|nails|walk|marcher|hospitali\w*|saign\w*|bleeding)$/;
function burntOnPurpose(tokens: readonly Token[], b: number): boolean {
  if (!BURNT.test(tokens[b]!.norm)) return false;
  for (let k = b + 1; k <= b + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (BURNT_WITH.test(tokens[k]!.norm)) return true;
  return false;
}
function marked(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => (MARKS.test(t.norm) || burntOnPurpose(tokens, i)) && !marksDenied(tokens, i));
}
// "no marks", and with a word between (reports39): "no visible marks", "pas de traces", "sans traces visibles", "aucune marque apparente".
const NO_MARKS = /^(no|not|pas|aucune?|sans|without|none)$/;
function marksDenied(tokens: readonly Token[], i: number): boolean {
  if (NO_MARKS.test(tokens[i - 1]?.norm ?? '')) return true;
  return /^(visible|apparent|obvious|physical|de|d|any|visibles?|apparentes?)$/.test(tokens[i - 1]?.norm ?? '') && NO_MARKS.test(tokens[i - 2]?.norm ?? '');
}
// "roué de coups", "coups de fouet": blows of what beats, not "coups de feu".
const BLOWS_OF = /^(fouet|fouets|baton|batons|chicotte|chicottes|crosse|crosses|pied|pieds|poing|poings|gourdin|gourdins|matraque|matraques|ceinture|cable|cables|bois)$/;
const DEATH = /^(death|dead|died|dies|mort|morte|morts|mortes|decede\w*|succomb\w*|killed|tue|tues|tuee|tuees)$/;
// Between the people beaten and the beating: "Three suspects severely beaten", "chef humilié publiquement et bastonné".
const PRONOUN_ONE = /^(him|her|le|la|l|lui)$/;
const SUBJECT_ONE = /^(he|she|il|elle)$/;
const SUBJECT_MANY = /^(they|ils|elles)$/;
const OBJECT_SKIP = /^(and|et|up|then|puis|publicly|publiquement|severely|badly|brutally|brutalement|violemment|savagely|sauvagement|repeatedly)$/;
const MORE_PEOPLE = /^(inmates?|prisoners?|prisonniers?|prisonnieres?|detainees?|marchandes?|vendeuses?|herders?|eleveurs?|bergers?|creuseurs?|miners?|taximen|taximan|moto)$/;
const RECEIVED = /^(recu|recus|recue|recues|recoit|recoivent|received|receives|receiving|got|suffered|took|encaisse)$/;
const BLOW_LINKS = /^(de|of|to|a|au|aux|the|les|des|la|le|l|du)$/;

const ORGANISATION = /^(ngo|ngos|ong|ongs|organisation|organization|association|church|eglise|company|societe|cooperative|radio)$/;
// Who beats, or a function word, is not whom: "by police", "des militaires".
const NOT_BEATEN = /^(de|d|des|du|police|policiers?|policemen|policeman|soldiers?|soldats?|militaires?|agents?|officers?|elements?|guards?|gardes?)$/;
const FORCE = /^(police|policiers?|policemen|policeman|soldiers?|soldats?|militaires?|agents?|officers?|guards?|gardes?)$/;
const person = (w: string): boolean => (isPerson(w) || MORE_PEOPLE.test(w)) && !NOT_BEATEN.test(w);
const one = (w: string): boolean => isSingularPerson(w) || (MORE_PEOPLE.test(w) && !/(s|men)$/.test(w));

/** How many people the text says were beaten (C3); null when none is, or they are not counted. */
export function beatenCount(tokens: readonly Token[]): number | null {
  if (!said(tokens, BEATEN_SAID)) return null;
  for (let b = 0; b < tokens.length; b++) {
    const w = tokens[b]!.norm;
    let noun = false;
    if (w === 'coups' || w === 'coup' || w === 'blows') {
      // "roué de coups", "30 coups de fouet"; never "coups de feu"
      // ("le chauffeur a reçu des coups", "driver received blows", "got blows": blows received, whatever they were given with)
      const received = RECEIVED.test(tokens[b - 1]?.norm ?? '') || (/^(des|de|several|plusieurs|many)$/.test(tokens[b - 1]?.norm ?? '') && RECEIVED.test(tokens[b - 2]?.norm ?? ''));
      if (!(received && !/^(de|d)$/.test(tokens[b + 1]?.norm ?? '') ? true : w !== 'blows' && /^(de|d)$/.test(tokens[b + 1]?.norm ?? '') && (BLOWS_OF.test(tokens[b + 2]?.norm ?? '') || (received && tokens[b + 2]?.norm !== 'feu'))) && !/^(roue|rouee|roues|rouees)$/.test(tokens[b - 2]?.norm ?? '')) continue;
      noun = true;
    } else if (w === 'tabac' && /^(a|au)$/.test(tokens[b - 1]?.norm ?? '') && /^pass/.test(tokens[b - 2]?.norm ?? '')) {
      // "passé à tabac", "passés à tabac"
    } else if (!BEATING.test(w) && !((TORTURED.test(w) || burntOnPurpose(tokens, b)) && marked(tokens))) continue;
    noun = noun || /^(lashes|bastonnade|bastonnades)$/.test(w);
    // "kicked out" is sent away
    if (deathFollows(tokens, b) || tokens[b + 1]?.norm === 'out') continue;
    const after = noun ? blowsReceivedBy(tokens, b) : objectOf(tokens, b);
    if (after !== undefined) {
      if (after !== null) return after;
      continue;
    }
    const before = subjectOf(tokens, b);
    if (before !== undefined) {
      if (before !== null) return before;
    }
  }
  return null;
}

// ("beaten by neighbours after the death of a child": a death told as the cause is not the beating's)
const CAUSE_TURN = /^(after|apres|following|suite|because|since|depuis|over)$/;
function deathFollows(tokens: readonly Token[], b: number): boolean {
  for (let k = b + 1; k <= b + 6 && k < tokens.length && !tokens[k]!.breakBefore && !CAUSE_TURN.test(tokens[k]!.norm); k++) if (DEATH.test(tokens[k]!.norm)) return true;
  return false;
}

// People counted at k: "two miners", "4 market women", "a moto driver", "les commerçants" (vague: null).
// undefined when no person is there.
function peopleAt(tokens: readonly Token[], k: number): number | null | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  const n = readNumber(tokens, k);
  if (n) {
    for (let j = n.next; j <= n.next + 2 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
      if (person(tokens[j]!.norm)) return n.value;
    }
    return undefined;
  }
  if (/^(the|les|des|their|leurs|some|quelques|several|plusieurs|many)$/.test(t.norm)) {
    for (let j = k + 1; j <= k + 3 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
      if (person(tokens[j]!.norm)) return one(tokens[j]!.norm) && /^(the)$/.test(t.norm) ? 1 : null;
    }
    return undefined;
  }
  if (person(t.norm)) {
    // Swahili puts the number after the noun: "wamepiga bijana 2", "watu 3"
    // ("woman 60 beaten": the number after one person is their age, ages.ts)
    const after = tokens[k + 1] && !tokens[k + 1]!.breakBefore && /^\d{1,3}$/.test(tokens[k + 1]!.norm) && !ageNotCount(tokens, k + 1) ? Number(tokens[k + 1]!.norm) : null;
    return after ?? (one(t.norm) ? 1 : null);
  }
  return undefined;
}

// "beat two miners", "ont battu 2 pêcheurs", "beat him", "arrested and whipped 4 market women".
function objectOf(tokens: readonly Token[], b: number): number | null | undefined {
  for (let k = b + 1; k <= b + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
    const w = tokens[k]!.norm;
    if (/^(by|par)$/.test(w)) return undefined;
    if (PRONOUN_ONE.test(w) && k === b + 1 && !/^(la|le)$/.test(w)) return 1;
    const people = peopleAt(tokens, k);
    if (people !== undefined) return people === null ? null : people + alsoBeaten(tokens, k);
    // skip "and humiliated", "et ligoté", "up"
    if (!OBJECT_SKIP.test(w) && !BEATING.test(w) && !/^[a-z]+(ed|e|es|ee|ees|ing)$/.test(w)) return undefined;
  }
  return undefined;
}

// "beat a trader and a driver", "ont battu un vendeur et son fils": the second one named after "and".
function alsoBeaten(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j <= k + 4 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
    if (!/^(and|et)$/.test(tokens[j]!.norm)) continue;
    const more = /^(his|her|their|son|sa|ses|leur|leurs)$/.test(tokens[j + 1]?.norm ?? '') && person(tokens[j + 2]?.norm ?? '') ? (one(tokens[j + 2]!.norm) ? 1 : null) : peopleAt(tokens, j + 1);
    return more ?? 0;
  }
  return 0;
}

// "Deux femmes fouettées", "driver beaten", "Un motard tabassé par…", "il a été fouetté", "l'ont battu", "they were whipped".
function subjectOf(tokens: readonly Token[], b: number): number | null | undefined {
  if (/^(ont|a|avaient|avait)$/.test(tokens[b - 1]?.norm ?? '') && /^(l|le|la|lui)$/.test(tokens[b - 2]?.norm ?? '')) return 1;
  // ("…devant son mari, lui a été tabassé": the stressed pronoun as the subject of the passive, reports43)
  if (tokens[b - 1]?.norm === 'ete' && /^(a|avait)$/.test(tokens[b - 2]?.norm ?? '') && /^(lui|elle)$/.test(tokens[b - 3]?.norm ?? '') && !tokens[b - 2]!.breakBefore) return 1;
  // "6 pêcheurs arrêtés par la marine…, frappés à coups de fouet": a clause opening on the beating is about the same people.
  let many = tokens[b]!.breakBefore;
  // ("Two staff of a local NGO distributing seeds in Kayna were beaten": a plural passive reaches back to its count, within its clause)
  const plural = !many && (/^(were|sont)$/.test(tokens[b - 1]?.norm ?? '') || (tokens[b - 1]?.norm === 'ete' && tokens[b - 2]?.norm === 'ont') || pluralInfinitive(tokens, b));
  // ("At least three beaten": beaten-subject.ts)
  const counted = countBefore(tokens, b);
  if (counted !== null) return counted;
  const passiveBy = /^(by|par)$/.test(tokens[b + 1]?.norm ?? '');
  for (let k = b - 1; k >= 0 && k >= b - (many || plural ? 14 : 8); k--) {
    // ("arrêtés par des militaires, gardés dans un conteneur et frappés": a clause opening on a participle, beaten-subject.ts)
    if (tokens[k + 1]!.breakBefore && !tokens[k + 1]!.stopBefore && !many && participleClause(tokens, k + 1)) many = true;
    // ("her husband, who was beaten", "le gardien, qui a été tabassé": a relative clause reaches back to the one it names, reports43)
    const relative = tokens[k + 1]!.breakBefore && /^(who|qui)$/.test(tokens[k + 1]!.norm) && k + 1 >= b - 4;
    if (tokens[k + 1]!.stopBefore || (tokens[k + 1]!.breakBefore && !many && !relative)) return undefined;
    const w = tokens[k]!.norm;
    if (DEATH.test(w)) return null;
    if (SUBJECT_ONE.test(w)) return 1;
    if (SUBJECT_MANY.test(w)) {
      many = true;
      continue;
    }
    // "2 volontaires de la Croix-Rouge battus": the organisation's name is no one; its people stand before it
    if (ORG_NAME.test(w)) {
      const owner = ownerBefore(tokens, k);
      if (owner < 0) continue;
      for (const c of [owner - 1, owner - 2]) {
        const n = c >= 0 ? readNumber(tokens, c) : null;
        if (n && n.next <= owner) return n.value;
      }
      return /s$/.test(tokens[owner]!.norm) || many ? null : 1;
    }
    // "2 policemen beaten by a mob", "un militaire tabassé par des jeunes": the force's men beaten are people too.
    // ("deux agents d'une ONG battus et dépouillés", "two agents of an NGO beaten": agents an organisation names are its staff, whatever follows)
    const forceBeaten = (passiveBy && FORCE.test(w)) || guardsBeaten(tokens, k, b) || orgAgents(tokens, k);
    if (!person(w) && !forceBeaten) continue;
    // "a local NGO", "une ONG locale": a word that names people qualifying an organisation is no one beaten
    if (ORGANISATION.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) continue;
    // "Three suspects", "2 theft suspects", "Deux femmes", "un motard", "2 red cross volunteers"
    for (const c of [k - 1, k - 2, k - 3]) {
      const n = c >= 0 ? readNumber(tokens, c) : null;
      if (n && n.next <= k) return n.value;
    }
    return (forceBeaten ? !/(s|men)$/.test(w) : one(w)) && !many ? 1 : null;
  }
  return undefined;
}

// "agents d'une ONG", "agents of an NGO": the organisation named within three words after them.
function orgAgents(tokens: readonly Token[], k: number): boolean {
  if (!/^agents?$/.test(tokens[k]!.norm) || !/^(d|de|of|du)$/.test(tokens[k + 1]?.norm ?? '')) return false;
  for (let j = k + 2; j <= k + 4 && j < tokens.length && !tokens[j]!.breakBefore; j++) if (ORGANISATION.test(tokens[j]!.norm)) return true;
  return false;
}

// Words of an organisation's name that the victim words hold for "Red Cross volunteers", "volontaires de la Croix-Rouge".
const ORG_NAME = /^(croix|rouge|red|cross)$/;
const OWNER = /^(volontaires?|volunteers?|agents?|staff|membres?|members?|employes?|employees?|secouristes?|workers?|travailleurs?)$/;
// "volontaires de la Croix-Rouge": the people word before "de la" (or -1), whose count then reads as the beaten.
function ownerBefore(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const w = tokens[j]!.norm;
    if (OWNER.test(w)) return j;
    if (!ORG_NAME.test(w) && !/^(de|d|la|the|of|du)$/.test(w)) return -1;
    if (tokens[j + 1]!.breakBefore) return -1;
  }
  return -1;
}

// "Bastonnade publique de 6 commerçants", "man got 50 lashes", "un commerçant a reçu 30 coups de fouet".
function blowsReceivedBy(tokens: readonly Token[], b: number): number | null | undefined {
  for (let k = b + 1; k <= b + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
    const w = tokens[k]!.norm;
    if (/^(by|par|from)$/.test(w)) break;
    if (BLOW_LINKS.test(w) || BLOWS_OF.test(w) || /^(publique|public|publiques)$/.test(w)) continue;
    const people = peopleAt(tokens, k);
    if (people !== undefined) return people;
  }
  let k = b - 1;
  while (k >= 0 && readNumber(tokens, k) && k >= b - 2) k--;
  return subjectOf(tokens, k + 1);
}
