import type { Token } from '../normalize.js';

/**
 * "femme violée puis tuée à Bule, CODECO suspects", "3 tués, ADF suspects": a group named at the head of the last clause
 * with "suspects" (the French "suspectés" typed short) closing it is the suspected doer, not "ADF suspects" as people
 * suspected of being ADF ("2 ADF suspects arrested", who go on to a verb or are counted before).
 */
export function suspectedAtClauseEnd(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.norm !== 'suspects') return false;
  const opens = start === 0 || tokens[start]!.breakBefore;
  const closes = end + 1 >= tokens.length || tokens[end + 1]!.breakBefore;
  return opens && closes;
}
