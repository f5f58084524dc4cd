import type { Signals } from './categories.js';
import type { Token } from '../normalize.js';

// "the shots were a drunk soldier firing in the air", "c'étaient des tirs de sommation", "gunfire … was FARDC training": gunfire
// heard, then explained as harmless, with no harm told, is a quiet report (vocabulary/confused-categories.ts holds the
// phrases; an exercise named after the force that held it is read here). A harm said beside it keeps the reading.
const WAS = /^(was|were|etait|etaient|c etait)$/;
const EXERCISE = /^(training|exercise|exercises|drill|drills|entrainement|entrainements|exercice|exercices)$/;
const HARM = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'torture', 'detention'] as const;

export function harmlessFireExplained(tokens: readonly Token[], signals: Signals): boolean {
  if (HARM.some((s) => signals.has(s))) return false;
  if (signals.all('neutral').some((h) => h.value.subType === 'harmless_fire')) return true;
  if (!signals.has('attack') && !signals.has('fighting')) return false;
  for (let i = 1; i < tokens.length; i++) {
    if (EXERCISE.test(tokens[i]!.norm) && (WAS.test(tokens[i - 1]!.norm) || (WAS.test(tokens[i - 2]?.norm ?? '') && !tokens[i]!.breakBefore))) return true;
    // "were a FARDC firing exercise", "étaient un exercice de tir des FARDC": the force and the kind of fire between
    if (EXERCISE.test(tokens[i]!.norm) && [3, 4].some((d) => WAS.test(tokens[i - d]?.norm ?? '') && !tokens.slice(i - d + 1, i + 1).some((t) => t.breakBefore))) return true;
  }
  return false;
}
