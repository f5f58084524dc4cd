import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Messages typed on a phone at night (reports28): the consonant skeletons of casualty words that field staff type
 * without vowels, "2 wld" (wounded), "2 girls kdnp" (kidnapped), "1 driver wndd". Counted by the victim readers
 * (victims/victim-vocabulary.ts) and, for the takings, read as an abduction signal. ("wld" is also SMS for "would":
 * it is only a count word, never a signal, so "they wld attack" stays a threat.)
 */
export const NIGHT_PHONE_VICTIM_VERBS: ReadonlyArray<readonly [string, 'injured' | 'abducted']> = [
  ...['wld', 'wlded', 'wnd', 'wnds', 'wndd', 'wnded'].map((w) => [w, 'injured'] as const),
  ...['kdnp', 'kdnpd', 'kdnpped', 'kidnp', 'kidnpped', 'kdnapped', 'kdnaped', 'abdctd', 'abdtd'].map((w) => [w, 'abducted'] as const),
];

const NIGHT_PHONE: Partial<Record<Signal, readonly Keyword[]>> = {
  // Lingala "bakangi" (they caught), "bakangami" (were caught): an arrest; by an armed group, C23 reads it as a taking
  // (categories/group-arrests.ts)
  detention: ['bakangi', 'akangi', 'bakangaki', 'akangaki', 'bakangami', 'akangami', 'bakangamaki', 'akangamaki'],
  // "hmes armes", "hms armés": armed men typed short (C13's armed men)
  armed: ['hmes armes', 'hmes arme', 'hms armes', 'hmes en armes', 'hmes armes non identifies', 'h armes'],
  abduct: ['kdnp', 'kdnpd', 'kdnpped', 'kidnp', 'kidnpped', 'kdnapped', 'kdnaped', 'abdctd', 'abdtd'],
};

/** Adds the night-phone skeletons to the keyword table (a word already there for the signal is not added twice). */
export function withNightPhone(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(NIGHT_PHONE) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}
