import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Words for the conventions settled on 2026-12-06 (second sitting, C10–C14): fighting still going on said in Swahili and
 * SMS (C10), and armed men taking a school or health facility as their position (C13). Added to the keyword table by
 * `withConventionWords`; the constructions are read in categories/under-way.ts, victims/victims.ts (C11), doers/foreign-forces.ts.
 */
const CONVENTION_WORDS: Partial<Record<Signal, readonly Keyword[]>> = {
  // "vita inaendelea", "risasi bado zinaendelea", "still firing", "shelling continues"
  underway: ['inaendelea', 'zinaendelea', 'yanaendelea', 'vinaendelea', 'bado inaendelea', 'still firing', 'still shelling', 'shelling continues', 'shooting continues', 'fighting continues', 'les tirs continuent', 'les combats continuent', 'tirs toujours', 'combats toujours'],
  // medicines taken from a health facility: "armed men entered and took medicines", "ont emporté des médicaments"
  loot: ['took medicines', 'took the medicines', 'took medicine', 'took drugs', 'took the drugs', 'took medical supplies', 'stole medicines', 'stole drugs', 'emporte des medicaments', 'emporte les medicaments', 'emportant des medicaments', 'emportant les medicaments', 'emportant medicaments', 'medicaments emportes', 'vole des medicaments', 'vole les medicaments', 'vide de ses medicaments', 'videe de ses medicaments'],
  // "they took the old school as position", "l'école transformée en position", "the clinic used as their HQ"
  militaryUse: ['as position', 'as a position', 'as their position', 'as positions', 'as an outpost', 'as their base', 'as hq', 'as their hq', 'as headquarters', 'comme position', 'comme positions', 'en position militaire', 'comme qg', 'comme quartier general', 'en qg'],
};

/** The keyword table with the C10–C14 words added. */
export function withConventionWords(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(CONVENTION_WORDS) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
