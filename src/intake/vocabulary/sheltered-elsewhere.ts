import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * People who went to shelter somewhere, said with the reflexive "s'abriter" (reports29): "environ 500 civils se sont
 * abrités près de la base MONUSCO pendant les combats", "la population s'est abritée à la paroisse", "se sont mis à
 * l'abri à Kiwanja". Like "se sont réfugiés", a move to safety: displacement (C21's hiding where they are stays with
 * categories/hiding-in-fighting.ts, which reads these words among its hiding ones). Only the reflexive forms: "le site
 * abrite 3000 déplacés" (hosts) and "à l'abri" alone are no move. Added to the keyword table by `withShelteredElsewhere`.
 */
const SHELTERED: readonly Keyword[] = [
  'se sont abrites', 'se sont abritees', 's est abrite', 's est abritee', 's abritent', 's abritaient', 'sont alles s abriter', 'sont allees s abriter',
  'se sont mis a l abri', 'se sont mises a l abri', 's est mis a l abri', 's est mise a l abri', 'se mettent a l abri',
  // (English: "500 people took shelter in the church" had read 500 abducted from "took")
  'took shelter', 'taken shelter', 'taking shelter', 'take shelter', 'sought shelter', 'seeking shelter', 'taken refuge', 'take refuge',
];

const WORDS: Partial<Record<Signal, readonly Keyword[]>> = { displace: SHELTERED };

export function withShelteredElsewhere(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(WORDS) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
