import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * C6 for the levies reports47 showed that levy-per-household.ts (money per household) did not read: an armed group
 * taking people's property by force as
 * - a levy in kind per household or village: "one chicken per household monthly", "une poule par ménage chaque mois",
 *   "a goat per village every week", "une chèvre par village", "un sac de haricots par famille";
 * - a fine for those absent from its meetings, its salongo or its works: "fining 10,000 FC anyone absent from their
 *   'baraza'", "amende de 10.000 FC pr tout absent aux réunions", "absentees pay a $5 fine", "les absents paient 5$",
 *   "those who miss the salongo are fined 3,000 FC".
 * Looting (a threat said with it makes it a threat: read-signals' threatSaid). Look-alikes kept out: aid in kind per
 * household ("une ration par ménage", no group named), a fine with no one absent ("fined for drunk driving"), the state's
 * salongo with no fine said ("pas d'amende ni de sanction": the negation).
 */
const KIND = /^(poules?|chickens?|hens?|chevres?|goats?|moutons?|sheep|vaches?|cows?|sacs?|sacks?|bags?|bidons?|jerrycans?|regimes?|bunch\w*|kg|kilos?|haricots|beans|manioc|cassava|mais|maize|farine|flour|biere|beer)$/;
const PER = /^(par|per|a|each|chaque|every)$/;
const UNIT = /^(menages?|households?|hh|maisons?|houses?|familles?|famil(y|ies)|villages?|localites?|localit(y|ies)|personnes?|persons?|tetes?|heads?)$/;
const ABSENT = /^(absent|absents|absente|absentes|absentees?|absentee|miss|misses|missing|skip|skips|skipping|absence)$/;
const FINE = /^(fine|fines|fined|fining|amend\w*|pay|pays|paient|paie|payer|payent)$/;
const NO = /^(pas|no|aucune?|ni|without|sans|none)$/;
const WORDS = ['poule', 'poules', 'chicken', 'chickens', 'hen', 'hens', 'chevre', 'chevres', 'goat', 'goats', 'mouton', 'moutons', 'sheep', 'vache', 'vaches', 'cow', 'cows', 'sac', 'sacs', 'sack', 'sacks', 'bag', 'bags', 'bidon', 'bidons', 'absent', 'absents', 'absente', 'absentes', 'absentee', 'absentees', 'miss', 'misses', 'skip', 'skips', 'skipping', 'absence'];
const LEVY_SAID = trigger(WORDS);

export function levyOrAbsenceFineHits(tokens: readonly Token[], groupNamed: boolean, unlistedGroupAt: (i: number) => unknown): SignalHit[] {
  if (!said(tokens, LEVY_SAID)) return [];
  // (a group the actor list does not know, "APCLS demanding a goat per village", C5)
  if (!groupNamed && !tokens.some((_, i) => unlistedGroupAt(i))) return [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "une poule par ménage", "a goat per village"
    if (KIND.test(w) && PER.test(tokens[i + 1]!.norm) && UNIT.test(tokens[i + 2]!.norm) && !tokens[i + 1]!.breakBefore && !tokens[i + 2]!.breakBefore) return [{ value: { signal: 'loot', subType: null }, start: i, end: i + 3 }];
    // "amende … tout absent", "absentees pay a $5 fine", "fining 10,000 FC anyone absent"
    if (ABSENT.test(w)) {
      for (let k = Math.max(0, i - 8); k < tokens.length && k <= i + 6; k++) {
        if (!FINE.test(tokens[k]!.norm)) continue;
        if (sameClause(tokens, Math.min(i, k), Math.max(i, k)) && !negated(tokens, k) && !negated(tokens, i)) return [{ value: { signal: 'loot', subType: null }, start: Math.min(i, k), end: Math.max(i, k) + 1 }];
      }
    }
  }
  return [];
}

function sameClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (tokens[k]!.stopBefore) return false;
  return true;
}

function negated(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) if (NO.test(tokens[k]!.norm)) return true;
  return false;
}
