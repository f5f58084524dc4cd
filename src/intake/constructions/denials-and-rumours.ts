import type { Keyword, Signal } from '../categories/keywords.js';
import { lakeOrRoadGoods } from './lake-and-road-goods.js';
import { GOODS_ESTIMATE, GOODS_GAP } from './estimated-goods.js';
import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { isPerson } from '../victims/victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Everyday field traffic (reports11): denials and "calm" days, factions named after their group,
 * and armed groups of the Kivus that are known by a single name.
 */

// A denial, a correction or a calm night: what was feared or rumoured did not happen.
// Look-alikes kept out: "withdrawal denied by locals" (the denial confirms the group is there),
// "denied passage" (access denied).
const DENIALS: readonly Keyword[] = [
  'dement la rumeur', 'dementent la rumeur', 'dementi la rumeur', 'rumeur dementie', 'information dementie', 'dementent l information',
  'deny the rumour', 'denies the rumour', 'denied the rumour', 'deny the rumor', 'denies the rumor', 'denied the rumor', 'rumour denied', 'rumor denied', 'report denied', 'reports denied',
  'pas d attaque', 'aucune attaque', 'pas eu d attaque', 'no attack', 'there was no attack', 'no incident', 'without incident', 'sans incident', 'aucun incident', 'pas d incident',
  'no presence confirmed', 'presence not confirmed', 'no presence', 'aucune presence', 'pas de presence', 'found the area calm', 'found the village calm', 'area calm', 'zone calme', 'nuit calme', 'calm night', 'quiet night',
  'calm but tense', 'tense calm', 'calme mais tendu', 'calme mais tendue', 'calme precaire', 'calme relatif', 'relative calm', 'relatively calm', 'relativement calme', 'accalmie',
  'correction on', 'correction sur', 'rectificatif', 'fausse information', 'false information', 'false report', 'fake news', 'intox', 'infox',
].map((k) => (typeof k === 'string' ? ([k, 'false_alarm'] as const) : k));

// Children taken out of school or used to carry loads by armed men are used by them.
// Look-alikes kept out: "porters' strike", a porter hired at the market (no "for porterage" by armed men).
const CHILDREN_USED: readonly Keyword[] = [
  'for porterage', 'as porters', 'as a porter', 'used as porters', 'to carry loads', 'to carry their loads', 'to carry ammunition', 'pour le portage', 'pour du portage', 'comme porteurs', 'comme porteur',
  'pour porter leurs bagages', 'pour porter des charges', 'pour porter les munitions', 'pulled out of school', 'taken out of school', 'taken from school', 'taken from their school', 'retires de l ecole', 'retirees de l ecole', 'retire de l ecole', 'arraches de l ecole', 'enleves a l ecole',
];

// Passage refused to a patrol, a convoy or a team: "M23 refusing UN patrol passage", "refusent le passage".
const PASSAGE: readonly Keyword[] = [
  'refusing passage', 'refuse passage', 'refused passage', 'refuses passage', 'patrol passage', 'convoy passage', 'passage refused', 'passage denied', 'no passage', 'blocking the passage', 'block the passage',
  'refusent le passage', 'refuse le passage', 'refusant le passage', 'ont refuse le passage', 'passage refuse', 'passage interdit', 'interdisent le passage', 'bloquent le passage', 'empechent le passage',
];

// A price asked to free people held by an armed group: they were taken, not arrested.
const RELEASE_PRICE: readonly Keyword[] = [
  'demanding jetons', 'demand jetons', 'asking jetons', 'exigent des jetons', 'exigeant des jetons', 'reclament des jetons', 'jetons de liberation', 'jetons pour leur liberation',
  'pay for their release', 'paid for their release', 'pay for his release', 'paid for his release', 'pay for her release', 'money for their release', 'payer pour leur liberation', 'payer pour sa liberation', 'paye pour leur liberation', 'paye pour sa liberation', 'argent pour leur liberation', 'argent de liberation',
];

// A call to burn or kill a people is incitement, not the burning: "appel à brûler leurs boutiques", "calling to burn their houses".
const CALLS_TO_HARM: readonly Keyword[] = ['appel', 'appels', 'appelle', 'appellent', 'appelant', 'call', 'calls', 'calling', 'called'].flatMap((c) =>
  ['a bruler', 'a tuer', 'a chasser', 'a attaquer', 'a piller', 'au meurtre', 'a la violence', 'to burn', 'to kill', 'to attack', 'to loot', 'for violence', 'for the killing of', 'to chase'].map((h) => `${c} ${h}`),
);
const HATE_WORDS: readonly Keyword[] = ['chants de haine', 'chansons de haine', 'chant de haine', 'chanson de haine', 'slogans de haine', 'hate songs', 'hate song', 'songs of hate', 'hate chants', 'hateful songs', 'hate slogans', ...CALLS_TO_HARM];

/** The keyword table with the families above added. */
export function withClasses8(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  return { ...table, neutral: [...table.neutral, ...DENIALS], recruit: [...table.recruit, ...CHILDREN_USED], abduct: [...table.abduct, ...RELEASE_PRICE], hate: [...table.hate, ...HATE_WORDS], access: [...table.access, ...PASSAGE] };
}

const HARM = new Set(['kill', 'injure', 'abduct', 'sexual', 'loot', 'detention', 'torture', 'displace']);
/** A report that only denies or corrects an earlier one names no perpetrator: who was rumoured did nothing. */
export function deniedReport(hits: readonly SignalHit[]): boolean {
  return hits.some((h) => h.value.subType === 'false_alarm') && !hits.some((h) => HARM.has(h.value.signal));
}

// "Raia Mutomboki faction Sisawa", "Raia Mutomboki, faction de Mungoro": the faction of a known group is that group.
const FACTION = /^(faction|factions|wing|aile|branche|branch|tendance)$/;
const FACTION_LINK = /^(of|de|du|d|dite|dit|called|named|led|by|the|le|la)$/;
export function factionOfKnown(tokens: readonly Token[], mentionEnds: readonly number[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && FACTION_LINK.test(tokens[k]!.norm)) k--;
  if (k < 1 || !FACTION.test(tokens[k]!.norm)) return false;
  if (mentionEnds.includes(k)) return true;
  // ("les Mai-Mai de la faction Kambale Mayani", "Raia Mutomboki of the Sisawa faction" is read by the name's own place; reports43)
  let f = k - 1;
  while (f >= 0 && f >= k - 3 && /^(de|la|du|d|l|of|the)$/.test(tokens[f]!.norm) && !tokens[f + 1]!.breakBefore) f--;
  return f < k - 1 && mentionEnds.includes(f + 1) && !tokens[f + 1]!.breakBefore;
}

// Armed groups known by one name, never a community or a person: kept as named even without "fighters".
const ONE_NAME = new Set(['imbonerakure', 'ngumino', 'gumino', 'redtabara', 'nduma']);
// "a Gumino camp destroyed by FARDC", "une position Imbonerakure": the group's ground is a target; doers/groups.ts reads who holds it.
const GROUND = /^(camp|camps|base|bases|position|positions|bastion|stronghold|hideout|fief)$/;
const ONE_NAME_SAID = trigger([...ONE_NAME, 'red']);
/** "Imbonerakure", "Red-Tabara", "RED Tabara", "les Ngumino": [start, end) of each, in token indexes. */
export function oneNameGroups(tokens: readonly Token[], taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, ONE_NAME_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const w = tokens[i]!.norm;
    const end = ONE_NAME.has(w) ? i + 1 : w === 'red' && tokens[i + 1]?.norm === 'tabara' && !taken[i + 1] ? i + 2 : i;
    if (end > i && !GROUND.test(tokens[end]?.norm ?? '') && !GROUND.test(tokens[i - 1]?.norm ?? '')) out.push([i, end]);
  }
  return out;
}

// Beaten or tortured, and a mark of it said: "beat a man … badly hurt", "battus à sang", "ongles arrachés".
// Beaten alone stays no injury count (older labels read "police beat two motorcyclists" so).
const BEATEN = /^(beat|beats|beaten|beating|battu|battus|battue|battues|battre|battent|frappe|frappes|frappee|frappees|tabass\w*|tortur\w*|whipped|flogged|fouett\w*)$/;
const MARK = /^(hurt|unconscious|inconscient\w*|connaissance|marks|traces|wounds|blessures|plaies|ongles|nails|swollen|enfl\w*|hospitalis\w*|hospitaliz\w*|bleeding|saign\w*|sang|bruised|bruises|ecchymoses|contusions)$/;
const BEATEN_SAID = trigger(['beat', 'beats', 'beaten', 'beating', 'battu', 'battus', 'battue', 'battues', 'battre', 'battent', 'frappe', 'frappes', 'frappee', 'frappees', 'tabass*', 'tortur*', 'whipped', 'flogged', 'fouett*']);
const MARK_SAID = trigger([
  'hurt', 'unconscious', 'inconscient*', 'connaissance', 'marks', 'traces', 'wounds', 'blessures', 'plaies', 'ongles', 'nails', 'swollen', 'enfl*', 'hospitalis*',
  'hospitaliz*', 'bleeding', 'saign*', 'sang', 'bruised', 'bruises', 'ecchymoses', 'contusions',
]);
const NONE_BEFORE = /^(no|nobody|not|none|aucun|aucune|personne|sans|pas)$/;
const PRONOUN_ONE = /^(him|her|le|la|l)$/;
/** How many were beaten and hurt, or null when no mark is said or the count is not beside the beating. */
export function beatenAndHurt(tokens: readonly Token[], readCount: (i: number) => number | null, isPerson: (word: string) => boolean): number | null {
  if (!said(tokens, MARK_SAID) || !said(tokens, BEATEN_SAID)) return null;
  let marked = false;
  for (let i = 0; i < tokens.length && !marked; i++) marked = MARK.test(tokens[i]!.norm) && !NONE_BEFORE.test(tokens[i - 1]?.norm ?? '') && !NONE_BEFORE.test(tokens[i - 2]?.norm ?? '');
  if (!marked) return null;
  for (let b = 0; b < tokens.length; b++) {
    if (!BEATEN.test(tokens[b]!.norm)) continue;
    // "beat two miners", "ont battu 2 pêcheurs", "beat him"
    for (let k = b + 1; k <= b + 2 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      if (PRONOUN_ONE.test(tokens[k]!.norm) && k === b + 1) return 1;
      const n = readCount(k);
      if (n !== null && n > 0 && isPerson(tokens[k + 1]?.norm ?? '')) return n;
    }
    // "3 jeunes battus à sang", "un jeune torturé", "a man beaten"
    for (let k = b - 2; k >= b - 4 && k >= 0; k--) {
      if (tokens[k + 1]!.breakBefore || tokens[b]!.breakBefore) break;
      const n = readCount(k);
      if (n !== null && n > 0 && isPerson(tokens[k + 1]?.norm ?? '')) return n;
    }
  }
  return null;
}

// Goods taken from people or houses: "soldiers took goats and mattresses", "ont emporté les chèvres et les matelas".
// Look-alikes kept out: "took 5 people", "took refuge", "took the road" (no goods after the verb).
const TOOK = /^(took|taken|take|taking|stole|stolen|steal|stealing|carried|grabbed|seized|emporte\w*|ravi|ravis|raviss\w*|vole|voles|volee|volees|volent|volaient|pris|prennent|ont\s?pris|confisqu\w*|confiscat\w*|razzi\w*|saisi|saisis|saisie|saisies|saisissent)$/;
const TOOK_SAID = trigger([
  'took', 'taken', 'take', 'taking', 'stole', 'stolen', 'steal', 'stealing', 'carried', 'grabbed', 'seized', 'emporte*', 'ravi', 'ravis', 'raviss*', 'vole', 'voles',
  'volee', 'volees', 'volent', 'volaient', 'pris', 'prennent', 'ontpris', 'ont pris', 'confisqu*', 'confiscat*', 'razzi*', 'saisi', 'saisis', 'saisie', 'saisies', 'saisissent',
]);
const GOODS = /^(goats?|chevres?|cows?|cattle|vaches?|betail|sheep|moutons?|pigs?|porcs?|chickens?|poules?|volailles?|livestock|mattress(es)?|matelas|blankets?|couvertures?|food|vivres|nourriture|beans|haricots|maize|mais|harvests?|recoltes?|crops|bags|sacs|sacks|goods|biens|marchandises?|merchandise|belongings|effets|households?|ustensiles|utensils|radios?|bicycles?|velos?|motos?|motorbikes?|motorcycles?|solar|panneaux|panels|jerrycans?|bidons?|casseroles|pots|tools|outils|clothes|habits|vetements|savings|economies|money|cash|argent|phones?|telephones?|portables?|valuables|jewellery|jewelry|bijoux|wallets?|portefeuilles?|dollars|usd)$/;
// ("emporté une dizaine de chèvres", "took a dozen goats": a round number of goods)
const GOODS_FILLER = /^(dizaine|douzaine|vingtaine|trentaine|centaine|dozen|dozens|hundreds|quelques|plusieurs|the|their|his|her|all|some|several|many|les|leurs|leur|des|du|de|la|le|l|ses|son|sa|tous|toutes|their|of|a|an|un|une|\d+)$/;
export function goodsTakenHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, TOOK_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!TOOK.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < i + GOODS_GAP && (GOODS_FILLER.test(tokens[k]?.norm ?? '') || GOODS_ESTIMATE.test(tokens[k]?.norm ?? '')) && !tokens[k]!.breakBefore) k++; // ("took about 80 cows": estimated-goods.ts)
    // ("seized the fishermen's nets": the owners' goods, reports43)
    if (tokens[k + 1]?.norm === 's' && !tokens[k + 1]!.breakBefore && isPerson(tokens[k]?.norm ?? '')) k += 2;
    // ("took all the passengers' money": the plural owners' goods, the apostrophe gone)
    else if (isPerson(tokens[k]?.norm ?? '') && !tokens[k + 1]?.breakBefore && GOODS.test(tokens[k + 1]?.norm ?? '')) k += 1;
    // ("took fish and fuel", "ont pris 2 pirogues": lake-and-road-goods.ts)
    if (k < tokens.length && !tokens[k]!.breakBefore && (GOODS.test(tokens[k]!.norm) || lakeOrRoadGoods(tokens, k))) out.push({ value: { signal: 'loot', subType: null }, start: i, end: k + 1 });
  }
  return out;
}

// People held by those who took them, counted beside the holding: "holding 6 farmers", "détiennent 5 cultivateurs",
// "the 2 abducted nurses released", "les 4 otages libérés". Only read in a report of an abduction.
const HOLDING = /^(holding|hold|holds|held|keeping|detien\w*|detenai\w*|retien\w*|retenai\w*|sequestr\w*|gardent|gardaient)$/;
const TAKEN_WORD = /^(abducted|kidnapped|enleves|enlevees|kidnappes|kidnappees|hostages|otages|captives|captifs)$/;
// (a count is read after a holding verb, or beside a word of taking)
const HELD_COUNTED_SAID = trigger([
  'holding', 'hold', 'holds', 'held', 'keeping', 'detien*', 'detenai*', 'retien*', 'retenai*', 'sequestr*', 'gardent', 'gardaient',
  'abducted', 'kidnapped', 'enleves', 'enlevees', 'kidnappes', 'kidnappees', 'hostages', 'otages', 'captives', 'captifs',
]);
export function heldCounted(tokens: readonly Token[], readCount: (i: number) => number | null, isPerson: (word: string) => boolean): number | null {
  if (!said(tokens, HELD_COUNTED_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "holding 6 farmers"
    if (HOLDING.test(w) && !tokens[i + 1]?.breakBefore) {
      const n = readCount(i + 1);
      if (n !== null && n > 0 && /^\d+$|^(two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)$/.test(tokens[i + 1]!.norm) && isPerson(tokens[i + 2]?.norm ?? '') && !tokens[i + 2]!.breakBefore) return n;
    }
    // "the 2 abducted nurses", "les 3 otages"
    if (/^(the|les|ces|these|those)$/.test(w)) {
      const n = readCount(i + 1);
      if (n === null || n <= 0 || tokens[i + 1]!.breakBefore || tokens[i + 2]?.breakBefore) continue;
      const next = tokens[i + 2]?.norm ?? '';
      if ((TAKEN_WORD.test(next) && (/^(hostages|otages|captives|captifs)$/.test(next) || isPerson(tokens[i + 3]?.norm ?? ''))) || (isPerson(next) && TAKEN_WORD.test(tokens[i + 3]?.norm ?? ''))) return n;
    }
  }
  return null;
}

// A toll revised or risen to a number is the whole toll: "bilan revu à 5 morts, deux corps retrouvés" is 5, not 7.
const TOLL_WORDS = ['toll', 'bilan'];
const TOLL: ReadonlySet<string> = new Set(TOLL_WORDS);
const TOLL_SAID = trigger(TOLL_WORDS);
const REVISED = /^(rises|rose|risen|raised|revised|revu|revue|porte|passe|monte|alourdit|now|updated|increases|increased|climbs|climbed|stands|atteint|s)$/;
const KILLED_NOUN = /^(dead|deaths|killed|morts|tues|deces|victims|victimes)$/;
export function revisedToll(tokens: readonly Token[], readCount: (i: number) => number | null): number | null {
  if (!said(tokens, TOLL_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!TOLL.has(tokens[i]!.norm)) continue;
    let k = i + 1;
    let revised = false;
    while (k < i + 5 && k < tokens.length && !tokens[k]!.breakBefore && (REVISED.test(tokens[k]!.norm) || /^(to|a|at|has|is|been|death|humain|provisoire)$/.test(tokens[k]!.norm))) {
      if (REVISED.test(tokens[k]!.norm) && tokens[k]!.norm !== 's') revised = true;
      k++;
    }
    const n = revised ? readCount(k) : null;
    if (n !== null && n > 0 && KILLED_NOUN.test(tokens[k + 1]?.norm ?? '')) return n;
  }
  return null;
}

// "2 men stabbed, one died", "3 blessés dont un a succombé": the one who died is no longer among the injured.
const ONE_WORD = /^(one|un|une)$/;
const DIED_WORDS = ['died', 'succumbed', 'succombe', 'mort', 'morte', 'decede', 'decedee'];
const DIED: ReadonlySet<string> = new Set(DIED_WORDS);
const DIED_SAID = trigger(DIED_WORDS);
export function oneOfInjuredDied(tokens: readonly Token[]): boolean {
  if (!said(tokens, DIED_SAID)) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!ONE_WORD.test(tokens[i]!.norm) || !(tokens[i]!.breakBefore || /^(dont|whom|and|et|l)$/.test(tokens[i - 1]?.norm ?? ''))) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      // ("…, un mort et cinq blessés": one dead counted beside the injured, not one of them)
      if (DIED.has(tokens[k]!.norm) && k === i + 1 && /^mort/.test(tokens[k]!.norm) && !/^(dont|whom)$/.test(tokens[i - 1]?.norm ?? '')) break;
      if (DIED.has(tokens[k]!.norm)) return true;
      if (!/^(of|them|d|entre|eux|elles|a|est|later|has|then|ensuite|plus|tard|since|depuis)$/.test(tokens[k]!.norm)) break;
    }
  }
  return false;
}

// Where people were running to is not where it happened: "families running towards Kanyabayonga" happened at the
// other place named. Fighters heading somewhere threaten where they head ("M23 moving towards Sake" is Sake),
// unless the report is headed by the place they were seen at ("Rwindi: colonne de M23 se dirigeant vers Kanyabayonga").
const HEADING_TO_WORDS = ['toward', 'towards', 'twd', 'twds', 'vers', 'direction', 'destination'];
const HEADING_TO: ReadonlySet<string> = new Set(HEADING_TO_WORDS);
const HEADING_TO_SAID = trigger(HEADING_TO_WORDS);
const RUNNING = /^(running|run|ran|fleeing|walking|courant|courent|fuyant|partant)$/;
const MOVING = /^(heading|headed|moving|moved|marching|advancing|going|se|dirigeant|dirigeaient|dirigent|dirige|avancant|avancent|marchant|allant|route|chemin)$/;
export function headedTo<P extends { start: number; end: number }>(places: readonly P[], tokens: readonly Token[]): P[] | null {
  if (!said(tokens, HEADING_TO_SAID)) return null;
  // (a colon or dash after a place opening the report leaves a wider gap than a space)
  const heading = places.some((q) => q.start === 0 && q.end < tokens.length && (tokens[q.end]!.breakBefore || tokens[q.end]!.start - tokens[q.end - 1]!.end > 1));
  const headed = (p: P): boolean => {
    for (let j = p.start - 1; j >= 0 && j >= p.start - 3; j--) {
      if (tokens[j + 1]!.breakBefore) return false;
      if (HEADING_TO.has(tokens[j]!.norm)) return tokens.slice(Math.max(0, j - 3), j).some((t) => RUNNING.test(t.norm) || (heading && p.start > 0 && MOVING.test(t.norm)));
    }
    return false;
  };
  const to = places.filter(headed);
  return to.length > 0 && to.length < places.length ? [...places.filter((p) => !headed(p)), ...to] : null;
}

// A rumour that a group will come in is a feared attack (a threat, not yet critical): "rumour that M23 will enter
// the camp tonight", "rumeur selon laquelle les Wazalendo vont entrer à Sake". An arrival that is no rumour stays a movement.
const RUMOURED = /^(rumou?rs?|rumeurs?|rumou?red|unverified|unconfirmed|invérifi\w*|inverifi\w*)$/;
const RUMOURED_SAID = trigger(['rumor', 'rumors', 'rumour', 'rumours', 'rumeur', 'rumeurs', 'rumored', 'rumoured', 'unverified', 'unconfirmed', 'inverifi*']);
const WILL = /^(will|would|vont|va|allaient|pourraient|pourrait|going|prevoient|planning)$/;
const DENY_WORD = /^(denied|denies|deny|denying|dementi|dementie|dementis|dementies|dement|dementent|false|fausse|faux)$/;
const COME_IN = /^(enter|come|arrive|occupy|invade|take|storm|entrer|venir|arriver|occuper|envahir|investir|prendre|descendre|attaquer|attack)$/;
export function rumouredEntryHits(tokens: readonly Token[], feared: string): SignalHit[] {
  // (a rumour denied is nothing: "rumour that M23 will enter Sake denied by the chief")
  if (!said(tokens, RUMOURED_SAID) || !tokens.some((t) => RUMOURED.test(t.norm)) || tokens.some((t) => DENY_WORD.test(t.norm))) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!WILL.test(tokens[i]!.norm)) continue;
    const k = tokens[i + 1]?.norm === 'to' ? i + 2 : i + 1;
    if (COME_IN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) return [{ value: { signal: 'fear', subType: feared }, start: k, end: k + 1 }];
  }
  return [];
}

// "yesterday's report of an M23 withdrawal denied by locals", "the rumour … was denied": a statement denied, not access denied.
const STATEMENT = /^(report|reports|rumou?rs?|rumeurs?|claims?|news|information|informations|nouvelles?|allegations?|allegation|statement|communique|annonce|announcement)$/;
const DENY = /^(denied|denies|deny|denying|dementi|dementie|dementis|dementies|dement|dementent)$/;
export function statementDenied(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'access' || h.end - h.start !== 1 || !DENY.test(tokens[h.start]?.norm ?? '')) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 8; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (STATEMENT.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// The sides of a clash named by acronyms: "accrochage entre NDC-R et APCLS", "clashes between CMC and APCLS".
// (Known actors are read by the actor list; communities and places between "between" and "and" are not acronyms.)
// (reports23: "exchange of fire between APCLS and Nyatura", "crossfire between FRPI and FARDC", "feux croisés entre", "tirs entre")
const CLASH = /^(clash\w*|accroch\w*|affront\w*|fighting|fights?|combats?|heurts?|skirmish\w*|battles?|exchanges?|echanges?|fire|crossfire|gunfire|gunfight|feux?|croises|tirs|fusillades?)$/;
const SIDE_LINK = /^(and|et|vs|versus|contre|against|with|avec)$/;
function acronymAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !/^[A-Z][A-Z0-9]{1,7}$/.test(t.text) || !/[A-Z]{2}/.test(t.text)) return i;
  let end = i + 1;
  while (end < tokens.length && tokens[end]!.hyphenBefore && /^[A-Z0-9]{1,4}$/.test(tokens[end]!.text)) end++;
  return end;
}
const BETWEEN_SAID = trigger(['between', 'entre']);
export function clashSideGroups(tokens: readonly Token[], taken: Uint8Array): Array<[number, number]> {
  if (!said(tokens, BETWEEN_SAID)) return [];
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!CLASH.test(tokens[i]!.norm) || !/^(between|entre)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    let j = i + 2;
    if (/^(les|des|the)$/.test(tokens[j]?.norm ?? '')) j++;
    // (a known actor first: its words are taken, "between Nyatura and APCLS")
    let firstEnd = ONE_NAME.has(tokens[j]?.norm ?? '') ? j + 1 : acronymAt(tokens, j);
    while (taken[firstEnd] && firstEnd < tokens.length) firstEnd++;
    const link = tokens[firstEnd];
    if (!link || !SIDE_LINK.test(link.norm) || link.breakBefore) continue;
    let k = firstEnd + 1;
    if (/^(les|des|the|l|le|la)$/.test(tokens[k]?.norm ?? '')) k++;
    const secondEnd = taken[k] ? k : ONE_NAME.has(tokens[k]?.norm ?? '') ? k + 1 : acronymAt(tokens, k);
    // both sides must be armed: an acronym, or a known actor
    const firstOk = firstEnd > j || taken[j] === 1;
    const secondOk = secondEnd > k || taken[k] === 1;
    if (!firstOk || !secondOk) continue;
    if (firstEnd > j && !taken[j]) out.push([j, firstEnd]);
    if (secondEnd > k && !taken[k]) out.push([k, secondEnd]);
  }
  return out;
}

// "Mugunga: tirs à l'intérieur du camp", "Bulengo - shooting inside the camp": "the camp" in a report headed by a
// place is that place's camp of displaced people. A military camp ("le camp FARDC", "army camp") is not.
const THE = /^(the|le|du|l|au|our)$/;
const CAMP_WORD = /^(camp|site)$/;
const BESIDE = /^(near|nr|outside|around|beside|behind|towards?|pres|proche|autour|cote|devant|derriere|vers|hors|abords|environs|from|de|depuis|leaving|left|quitte|quittent)$/;
const MILITARY_NEAR = /^(military|militaire|militaires|army|armee|fardc|base|training|entrainement|rebel|rebelle|rebelles|mining|minier|m23|adf|fdlr|our)$/;
export function headedCampHits(tokens: readonly Token[], places: readonly { start: number; end: number }[], mentions: readonly { start: number; end: number }[]): SignalHit[] {
  const heading = places.find((q) => q.start === 0 && q.end < tokens.length && (tokens[q.end]!.breakBefore || tokens[q.end]!.start - tokens[q.end - 1]!.end > 1));
  if (!heading) return [];
  for (let i = heading.end + 1; i < tokens.length; i++) {
    if (!CAMP_WORD.test(tokens[i]!.norm) || !THE.test(tokens[i - 1]!.norm)) continue;
    const near = [tokens[i - 2], tokens[i + 1], tokens[i + 2]].some((t) => t !== undefined && MILITARY_NEAR.test(t.norm));
    // "près du camp de Mungote", "outside the camp": beside a camp, or another camp named, is not inside the heading's camp
    if ([tokens[i - 2], tokens[i - 3]].some((t) => t !== undefined && BESIDE.test(t.norm)) || /^(of|de|d)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    if (near || mentions.some((m) => m.start === i + 1 || m.end === i - 1)) continue;
    // ("4 men arrested by FARDC …, beaten at the camp": where those who arrested them hold people is their camp)
    if (arrestedBefore(tokens, i)) continue;
    return [{ value: { signal: 'idpSite', subType: null }, start: i, end: i + 1 }];
  }
  return [];
}

const ARRESTED = /^(arrested|arrest|arrete\w*|arreter|detained|detenu\w*|apprehended|interpell\w*|picked|rounded|rafle\w*|embarque\w*)$/;
const BY_FORCE = /^(fardc|militaires?|soldiers?|army|armee|soldats?|police|policiers?|pnc|basoda|m23|wazalendo|adf|codeco|mai-mai|nyatura)$/;
function arrestedBefore(tokens: readonly Token[], camp: number): boolean {
  for (let k = 0; k < camp; k++) if (ARRESTED.test(tokens[k]!.norm) && tokens.slice(k + 1, k + 5).some((t) => BY_FORCE.test(t.norm))) return true;
  return false;
}
