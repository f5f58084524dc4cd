import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Phone-typed Lingala and Swahili verbs of harm by soldiers and police (pending reports38): "wanajeshi wamechapa viboko
 * wafanyabiashara 4" (soldiers caned 4 traders), "bilenge 2 babetami na ba policiers" (2 youths were beaten by the police),
 * "bamama 3 babebisami na ba militaires" (3 women were defiled — raped — by soldiers). The keywords name the harm, the
 * victim verbs let the count readers count the people before or after them (C3: beaten is injured), and doers/host-forces.ts
 * reads the force beside them as the doer (lingalaSwahiliHarm). And a car stopped by bandits ("ngo car stopped by majambazi",
 * "motuka ya ONG etelemisami na ba bandits").
 */
const CANED = ['wamechapa viboko', 'walichapa viboko', 'amechapa viboko', 'alichapa viboko', 'wamechapwa viboko', 'walichapwa viboko', 'amechapwa viboko', 'alichapwa viboko', 'wanachapa viboko', 'viboko'];
const BEATEN = ['babetami', 'abetami', 'babetamaki', 'abetamaki'];
const DEFILED = ['babebisami', 'abebisami', 'babebisamaki', 'abebisamaki', 'babebisi', 'abebisi', 'babebisaki', 'abebisaki'];

// A vehicle or people stopped by bandits, said in Swahili ("majambazi") or Lingala ("etelemisami na ba bandits"): as
// "stopped by bandits" is (an attack on whoever was stopped: an NGO car is an attack on humanitarians).
const STOPPED = ['stopped by majambazi', 'stopped by jambazi', 'attacked by majambazi', 'ambushed by majambazi', 'etelemisami na ba bandits', 'etelemisami na bandits', 'etelemisami na majambazi', 'batelemisi na ba bandits'];

const TABLE: Partial<Record<Signal, readonly Keyword[]>> = {
  torture: [...CANED, ...BEATEN],
  attack: STOPPED,
  sexual: DEFILED,
};

export const LINGALA_SWAHILI_VICTIM_VERBS: ReadonlyArray<readonly [string, 'injured' | 'crsvSurvivors']> = [
  ...['wamechapa', 'walichapa', 'amechapa', 'alichapa', 'wamechapwa', 'walichapwa', 'amechapwa', 'alichapwa', ...BEATEN].map((w) => [w, 'injured'] as const),
  ...DEFILED.map((w) => [w, 'crsvSurvivors'] as const),
];

const HARM = /^(wa|a|wali|ali|wame|ame|wana|ana|ku)?chap(a|wa)$|^(ba|a)?(kangi|kangaki|kangami|kangamaki|beti|betaki|betami|betamaki|bebisi|bebisaki|bebisami|bebisamaki)$/;
/** A Lingala or Swahili verb of harm a force does: "wamechapa", "bakangi", "babetami", "babebisami". */
export const lingalaSwahiliHarm = (n: string): boolean => HARM.test(n);

/** Adds the words to the keyword table (a word already there for the signal is not added twice). */
export function withLingalaSwahiliHarm(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(TABLE) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}
