/** `^(w1|w2|…)$`: a whole-word test built from the same list a reader's trigger declares (src/intake/triggers.ts). */
export function oneOf(words: readonly string[]): RegExp {
  return new RegExp(`^(${words.join('|')})$`);
}
