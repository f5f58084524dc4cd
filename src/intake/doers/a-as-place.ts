import type { Token } from '../normalize.js';

/**
 * "a" after a harm verb is English's article ("killed a civilian": a victim follows) or French's "à" typed without its
 * accent ("blessés a Beni": where it happened). It is "à" when typed so, or when a capitalised name follows.
 */
export function aIsPlace(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.norm === 'a' && (t.text === 'à' || t.text === 'À' || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));
}
