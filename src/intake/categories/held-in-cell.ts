import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Detainees told of where the state holds them (reports36): "12 detainees in the police cell share a 3x3 m room with no
 * food", "les détenus du cachot de la PNC à Oicha dorment à même le sol", "prisoners at the T2 cell sick, no food". No
 * arrest verb is said, but people held in a cell in hardship or for long are detained: a detention hit at the detainees.
 * Look-alikes kept: "2 detainees escaped" (read by the follow-ups), "a cell phone" (no detainees), "The ICRC visited
 * detainees in Munzenze prison" (a routine visit: no hardship, no length of holding told).
 */
const DETAINEES_WORDS = ['detainee', 'detainees', 'detenus', 'detenues', 'detenu', 'detenue', 'prisoner', 'prisoners', 'prisonnier', 'prisonniers', 'prisonniere', 'prisonnieres', 'inmate', 'inmates'];
const DETAINEES: ReadonlySet<string> = new Set(DETAINEES_WORDS);
const DETAINEES_SAID = trigger(DETAINEES_WORDS);
const IN = /^(in|at|of|inside|au|aux|du|de|des|dans|a)$/;
const CELL = /^(cells?|cachots?|amigo|prison|prisons|jail|jails|lockup|custody|cellules?|commissariat|station|t2|p2|auditorat|parquet)$/;
const HARDSHIP = /^(food|nourriture|manger|sick|malades?|ill|overcrowded|surpeupl\w*|entass\w*|crowded|cramped|floor|sol|beaten|battue?s?|tortur\w*|charge|jugement|dossier|since|depuis|weeks|semaines|months|lawyers?|avocats?|water|eau|died|decede\w*|conditions|inhumaines?|inhuman)$/;
const SKIP = /^(the|la|le|l|les|police|pnc|anr|fardc|military|militaire|local|central|de|du|d)$/;

export function heldInCellHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, DETAINEES_SAID)) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DETAINEES.has(tokens[i]!.norm) || !IN.test(tokens[i + 1]?.norm ?? '') || tokens[i + 1]!.breakBefore) continue;
    // (a hardship or a length of holding told: "The ICRC visited detainees in Munzenze prison" is a routine visit)
    if (!tokens.some((t) => HARDSHIP.test(t.norm))) return [];
    for (let k = i + 2; k < tokens.length && k <= i + 5 && !tokens[k]!.breakBefore; k++) {
      if (CELL.test(tokens[k]!.norm)) return [{ value: { signal: 'detention', subType: null }, start: i, end: i + 1 }];
      if (!SKIP.test(tokens[k]!.norm) && !/^\p{Lu}/u.test(tokens[k]!.text)) break; // ("in the Beni police cell": the town)
    }
  }
  return [];
}
