import type { Token } from '../normalize.js';

/**
 * A group in brackets naming "the enemy" of a charge (reports33): "détenu par les FARDC pour 'intelligence avec l'ennemi'
 * (M23)", "held for collusion with the enemy (M23)", "accused of feeding the enemy (ADF)". The bracket only says who
 * the enemy is: the group is the charge's object, not a doer (as charged-as-group.ts reads "collaboration avec les M23").
 * Cost: two comparisons per mention.
 */
const ENEMY: ReadonlySet<string> = new Set(['ennemi', 'ennemis', 'enemy', 'enemies']);
// The charge's words just before "the enemy" ("the enemy (M23) shelled Sake" names the doer).
const TIED: ReadonlySet<string> = new Set(['with', 'avec', 'intelligence', 'collusion', 'collaboration', 'collaborating', 'colluding', 'feeding', 'helping', 'aiding', 'complicite', 'complices', 'accomplices', 'spying', 'supporting', 'soutien', 'nourrir', 'aider']);

export function enemyGlossed(tokens: readonly Token[], description: string, start: number): boolean {
  const before = tokens[start - 1];
  if (!before || !ENEMY.has(before.norm)) return false;
  if (![2, 3, 4].some((d) => TIED.has(tokens[start - d]?.norm ?? ''))) return false;
  return description.slice(before.end, tokens[start]!.start).includes('(');
}
