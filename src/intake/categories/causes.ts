import { reportStart, type Token } from '../normalize.js';
import { retaliationFor } from './retaliation.js';
import type { Signals } from './categories.js';

/**
 * Causes: what follows "after", "suite à", "par peur de" is why something happened, not the
 * incident reported ("fled after the fighting", "tension after a cattle theft").
 */

const FLED = new Set(['fled', 'flee', 'flees', 'fleeing', 'fui', 'fuient', 'fuyant', 'fuyaient', 'fuit', 'fuir']);
export const CAUSE_WORDS = new Set([
  'after', 'following', 'suite', 'apres', 'because', 'due', 'cause', 'peur', 'fear', 'fearing', 'craignant', 'crainte', 'consecutive',
  'consecutif', 'consecutifs', 'bc', 'bcz', 'coz', 'cos', 'since',
  // in SMS and in French: "fled aftr clashes", "vidé depuis l'attaque de lundi"
  'aftr', 'afta', 'aprs', 'depuis', 'suit',
]);

/** The first word that introduces a cause ("after", "suite à", "par peur de", "displaced by fighting"), or the end of the text. */
export function causeStart(s: Signals): number {
  // (asked several times of one report's signals, which never change once read)
  let start = causeStarts.get(s);
  if (start === undefined) causeStarts.set(s, (start = readCauseStart(s)));
  return start;
}
const causeStarts = new WeakMap<Signals, number>();

function readCauseStart(s: Signals): number {
  const starts = new Set<number>();
  for (const signal of ['attack', 'fighting', 'loot', 'kill', 'explosive', 'threat', 'tension'] as const) for (const h of s.all(signal)) starts.add(h.start);
  // "Mass displacement toward Kiwanja as M23 advances", "as fighting nears": what comes on is why people fled.
  const advancing = new Set([...s.all('movement'), ...s.all('fighting'), ...s.all('attack')].map((h) => h.start));
  const asCause = (k: number): boolean => (s.tokens[k]!.norm === 'as' || s.tokens[k]!.norm === 'while') && s.has('displace') && [1, 2, 3].some((d) => advancing.has(k + d));
  // "ont fui les bombardements", "fled the fighting": what people fled is the cause.
  const fledFrom = new Set(s.all('displace').filter((h) => FLED.has(s.tokens[h.end - 1]!.norm)).map((h) => h.end));
  // a cause opening the report, after any heading ("URGENT: Following clashes…"), is read by openingCauseEnd
  const first = reportStart(s.tokens);
  const i = s.tokens.findIndex(
    (t, k) =>
      k > first &&
      (CAUSE_WORDS.has(t.norm) || asCause(k) || retaliationFor(s.tokens, k) ||
        ((t.norm === 'by' || t.norm === 'par') && (starts.has(k + 1) || starts.has(k + 2))) ||
        // "threw stones at each other over a stolen goat", "fought over the theft of a cow": a theft they quarrel over (reports20)
        (t.norm === 'over' && s.tokens.slice(k + 1, k + 4).some((x) => THEFT.test(x.norm))) ||
        (fledFrom.has(k) && (starts.has(k) || starts.has(k + 1)))),
  );
  return i < 0 ? Infinity : i;
}

const THEFT = /^(stolen|theft|thefts|stealing|robbery|vol|vols)$/;

// Words that open a count: "about 3000", "plus de 500".
const COUNT_OPENERS = new Set(['about', 'around', 'some', 'over', 'more', 'environ', 'plus', 'pres', 'nearly']);
const OPENING_CAUSES = new Set(['following', 'after', 'suite', 'apres', 'because', 'due', 'consecutive', 'consecutivement']);
/** The end of a clause opening the report with its cause ("Suite aux combats, …"), or 0 when there is none. */
export function openingCauseEnd(tokens: readonly Token[]): number {
  const first = reportStart(tokens);
  if (!OPENING_CAUSES.has(tokens[first]?.norm ?? '')) return 0;
  // the clause ends at its comma or, typed without one, where a count begins ("… M23 plus de 500 personnes ont fui")
  const countAt = (i: number): boolean => /^\d/.test(tokens[i]?.norm ?? '');
  const opens = (t: Token, i: number): boolean => COUNT_OPENERS.has(t.norm) && (countAt(i + 1) || (tokens[i + 1]?.norm === 'de' && countAt(i + 2)));
  const k = tokens.findIndex((t, i) => i > first + 1 && (t.breakBefore || countAt(i) || opens(t, i)));
  return k < 0 || k >= tokens.length - 1 ? 0 : k;
}

/** A killing is reported, not only named as the cause of something else ("threatened after reporting on the massacre"). */
export function killingReported(s: Signals): boolean {
  const cause = causeStart(s);
  // "témoins du massacre", "reporting on the massacre": a killing named in a threat report is its subject, not news.
  const told = (start: number): boolean => {
    const one = s.tokens[start - 1]?.norm ?? '';
    const two = s.tokens[start - 2]?.norm ?? '';
    // "threatened while burying bodies", "menacés en enterrant les corps": the dead they tend are not news either
    return ABOUT.has(one) || TENDED.test(one) || (['the', 'le', 'la', 'l', 'les', 'this', 'ce', 'cette'].includes(one) && (ABOUT.has(two) || TENDED.test(two)));
  };
  const kills = s.has('threat') ? s.all('kill').filter((h) => !told(h.start)) : s.all('kill');
  return kills.some((h) => h.start < cause) || (kills.length > 0 && !s.has('threat') && !s.has('displace') && !s.has('tension'));
}
const TENDED = /^(burying|bury|buried|collecting|collect|recovering|recover|carrying|enterr\w*|inhum\w*|ramass\w*|recuper\w*)$/;
const ABOUT = new Set(['du', 'de', 'des', 'd', 'of', 'on', 'about', 'sur', 'concernant']);
