import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { CHILD_NOUNS, VICTIM_VERBS } from './victim-vocabulary.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Count orders of phone-typed Swahili and Lingala the number-first readers miss (pending reports38):
 * - the verb, its instrument, then the people and their number: "wamechapa viboko wafanyabiashara 4" (whipped 4 traders),
 *   "walipiga fimbo vijana 3" (not "wamepiga risasi motard 1 amekufa": shot, and the number may be the dead), "wamewaachilia wafugaji 2" (released 2 herders: C7, those released were taken);
 * - the people, their number word, then a verb of state: "mtoto mmoja ameumia" (one child is hurt), "watu wawili
 *   wameumia", "bato misato bazoki";
 * - one person shot "and died": "amepigwa risasi na kufa", "alipigwa risasi akafa" (1 killed, not the wounded);
 * - Lingala arrivals or flight with "about" before the number: "bato pene na 400 bakomi" (about 400 arrived);
 * - a person's Swahili complement between the people and the verb: "3 taximen wa moto kidnapped".
 * Word lookups are Sets, one per token (the parser's speed); each only fills a count no reader before it set (or, for "and died", turns the one wounded into the one killed).
 */
const INSTRUMENT = /^(viboko|kiboko|fimbo|marungu|rungu|mapanga|panga|mateke|makofi|bakopo|fimbu|mindoki)$/;
const ORDER_VERBS: ReadonlyMap<string, VictimKey> = new Map([
  ...['wamechapa', 'walichapa', 'wanachapa', 'amechapa', 'alichapa', 'wamepiga', 'walipiga', 'amepiga', 'alipiga', 'babeti', 'abeti', 'bazwi'].map((w) => [w, 'injured'] as const),
  ...['wamewaachilia', 'waliwaachilia', 'wameachilia', 'waliachilia', 'wamewaachia', 'waliwaachia', 'bakangoli', 'batiki'].map((w) => [w, 'abducted'] as const),
]);
const STATE_VERBS: ReadonlyMap<string, VictimKey> = new Map([
  ...['ameumia', 'wameumia', 'aliumia', 'waliumia', 'azoki', 'bazoki', 'azokaki', 'bazokaki', 'amejeruhiwa', 'wamejeruhiwa', 'alijeruhiwa', 'walijeruhiwa'].map((w) => [w, 'injured'] as const),
  ...['bakomi', 'bakimi', 'bakimaki', 'wamefika', 'walifika', 'wamekimbia', 'walikimbia'].map((w) => [w, 'displaced'] as const),
]);
const SHOT: ReadonlySet<string> = new Set(['amepigwa', 'alipigwa', 'apigwa']);
const DIED = /^(kufa|akafa|amekufa|alikufa|akakufa)$/;
const LN_CHILD: ReadonlySet<string> = new Set(['mtoto', 'watoto', 'mwana', 'bana', 'mwanafunzi', 'wanafunzi']);
const ABOUT = /^(pene|karibu|takriban|environ|about)$/;
const OF_WORDS = ['wa', 'ya', 'za'];
const OF = oneOf(OF_WORDS);
const OF_SAID = trigger(OF_WORDS);
const ORDER_SAID = trigger([...ORDER_VERBS.keys(), ...SHOT, ...STATE_VERBS.keys()]);

// Swahili people by their work, as the messages name them: herders, fishermen, diggers, drivers.
const SW_PEOPLE: ReadonlySet<string> = new Set(['bato', 'wafugaji', 'mfugaji', 'wavuvi', 'mvuvi', 'wachimbaji', 'mchimbaji', 'madereva', 'dereva', 'wakulima', 'mkulima', 'wafanyabiashara', 'mfanyabiashara', 'vijana', 'kijana', 'wazee', 'mzee']);
const person = (w: string): boolean => isPerson(w) || CHILD_NOUNS.has(w) || LN_CHILD.has(w) || SW_PEOPLE.has(w);

export function swahiliCountOrders(tokens: readonly Token[], victims: Victims): void {
  // (a word of one of the orders must be there)
  if (said(tokens, ORDER_SAID)) readOrders(tokens, victims);
  if (said(tokens, OF_SAID)) complementBetween(tokens, victims);
}

function readOrders(tokens: readonly Token[], victims: Victims): void {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // the verb (and its instrument), then the people, then the number
    const ordered = ORDER_VERBS.get(w);
    if (ordered && victims[ordered] === null) {
      let k = i + 1;
      if (INSTRUMENT.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
      const who = tokens[k];
      if (who && !who.breakBefore && person(who.norm) && tokens[k + 1] && !tokens[k + 1]!.breakBefore) {
        const n = readNumber(tokens, k + 1);
        if (n && !n.article && !n.zero) {
          victims[ordered] = n.value;
          if (LN_CHILD.has(who.norm) && victims.childrenAffected === null) victims.childrenAffected = n.value;
        }
      }
      continue;
    }
    // one person shot and died
    if (SHOT.has(w) && tokens[i + 1]?.norm === 'risasi') {
      let k = i + 2;
      if (tokens[k]?.norm === 'na') k++;
      if (DIED.test(tokens[k]?.norm ?? '') && (victims.killed === null || victims.killed === 1)) {
        victims.killed = 1;
        if (victims.injured === 1) victims.injured = null;
      }
      continue;
    }
    if (!person(w)) continue;
    // the people, (about) their number, a verb of state
    let k = i + 1;
    if (ABOUT.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k += tokens[k + 1]?.norm === 'na' ? 2 : 1;
    if (!tokens[k] || tokens[k]!.breakBefore) continue;
    const n = readNumber(tokens, k);
    if (!n || n.article || n.zero || !tokens[n.next] || tokens[n.next]!.breakBefore) continue;
    const key = STATE_VERBS.get(tokens[n.next]!.norm);
    if (!key || victims[key] !== null) continue;
    victims[key] = n.value;
    if (key === 'injured' && LN_CHILD.has(w) && victims.childrenAffected === null) victims.childrenAffected = n.value;
  }
}

// "3 taximen wa moto kidnapped": the count, the people, a Swahili "of" and one word, then the verb.
function complementBetween(tokens: readonly Token[], victims: Victims): void {
  for (let i = 0; i + 4 < tokens.length; i++) {
    const d = tokens[i]!.norm.charCodeAt(0);
    if (d < 48 || d > 57 || !/^\d{1,4}$/.test(tokens[i]!.norm)) continue;
    const who = tokens[i + 1]!;
    if (who.breakBefore || !person(who.norm) || !OF.test(tokens[i + 2]!.norm) || tokens[i + 2]!.breakBefore || tokens[i + 3]!.breakBefore || tokens[i + 4]!.breakBefore) continue;
    const key = VICTIM_VERBS[tokens[i + 4]!.norm];
    if (key && victims[key] === null) victims[key] = Number(tokens[i]!.norm);
  }
}
