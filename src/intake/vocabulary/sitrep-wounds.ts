import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Wounds and killings the sitrep and relay traffic says in words the tables missed (pending reports30): people cut
 * with machetes ("3 idps cut w machetes", "2 civils coupés à la machette", "tailladés"), fingers or toes lost to a
 * blast ("lost 2 fingers", "a perdu deux doigts"), and the Lingala passive of killing ("bato mibale babomami", two
 * people were killed) and beating ("babeti bato 3", they beat 3 people). Added to the keyword table by
 * `withSitrepWounds`; the counts are read by victims/sitrep-wounds.ts.
 */
const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

const CUT: readonly Keyword[] = [
  ...combine(['cut', 'slashed', 'hacked', 'attacked', 'wounded', 'injured'], ['w machetes', 'w machete', 'with machetes', 'with machete', 'with a machete', 'by machete', 'with knives', 'w knives']),
  ...combine(['coupe', 'coupes', 'coupee', 'coupees', 'blesse', 'blesses', 'blessee', 'blessees', 'taillade', 'tailladee', 'tailladees', 'attaque', 'attaques'], ['a la machette', 'a coups de machette', 'a coups de machettes', 'par machette', 'a la machete']),
  'taillade', 'tailladee', 'tailladees', 'tailladés', 'tailladé',
];
const DIGITS_LOST: readonly Keyword[] = combine(
  ['lost', 'loses', 'a perdu', 'ont perdu', 'perdu'],
  // (counted digits only: "a boy lost his fingers … detonator" stays the hazard field-classes7-tuneA.test.ts reads)
  ['2 fingers', '3 fingers', 'two fingers', 'three fingers', 'a finger', 'deux doigts', 'trois doigts', '2 doigts', '3 doigts', 'un doigt'],
);
// Lingala: ba-bom-ami (they were killed), a-bom-ami (he was killed); ba-bet-i bato (they beat people)
const LN_KILLED_PASSIVE: readonly Keyword[] = ['babomami', 'abomami', 'babomamaki', 'abomamaki', 'bobomami'];
const LN_BEAT: readonly Keyword[] = ['babeti bato', 'babeti moto', 'abeti moto', 'abeti bato', 'babetaki bato', 'babeti ye', 'babeti bango'];

// Swahili rape with the object marker "them/her": wa-me-wa-baka, wa-li-m-baka (counted by victims/swahili-rape-counts.ts)
const SW_RAPED_THEM: readonly Keyword[] = ['wamewabaka', 'waliwabaka', 'wamembaka', 'walimbaka', 'alimbaka', 'amembaka', 'wanawabaka', 'wanambaka'];

const SITREP_WOUNDS: Partial<Record<Signal, readonly Keyword[]>> = {
  injure: [...CUT, ...DIGITS_LOST, ...LN_BEAT],
  kill: LN_KILLED_PASSIVE,
  sexual: SW_RAPED_THEM,
};

/** Adds the sitrep wound words to the keyword table (a word already there for the signal is not added twice). */
export function withSitrepWounds(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(SITREP_WOUNDS) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}
