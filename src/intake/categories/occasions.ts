import type { Token } from '../normalize.js';

/**
 * A peaceful occasion named (a mass, a wedding, a match, a parade, a market cleaned together): when the rules find no
 * category in such a report, nothing happened that Veille should name from the learned lexicon's guess alone. Its
 * words lean on harm often enough ("Hunde et Hutu" reads as tension, "ils annoncent venir" as a threat) that a report
 * of two communities cleaning a market together was set as intercommunal tension: the guesses are then only offered.
 */
const OCCASIONS: ReadonlySet<string> = new Set([
  'messe', 'mass', 'culte', 'priere', 'prieres', 'prayer', 'prayers', 'mariage', 'wedding', 'fete', 'feast', 'celebration',
  'celebre', 'celebree', 'celebrated', 'match', 'football', 'tournoi', 'tournament', 'parade', 'defile', 'ceremonie',
  'ceremony', 'ensemble', 'together', 'jointly', 'conjointement', 'salongo',
]);

export function occasionNamed(tokens: readonly Token[]): boolean {
  return tokens.some((t) => OCCASIONS.has(t.norm));
}
