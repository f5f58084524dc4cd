import type { Token } from '../normalize.js';

/**
 * A verb put in scare quotes, as field staff write what an armed group calls its own acts (reports28): Wazalendo
 * "arrested" a moto driver, les Mai-Mai ont 'arrêté' 3 jeunes. The quotes are clause breaks for the tokenizer, so the
 * people after the verb look cut off from it. A word with exactly one sign and a space on each side (a quote, never a
 * comma after both, which the stop flags would show) is one quoted word.
 */
export function quotedWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!t || !before || !after || !t.breakBefore || !after.breakBefore || t.stopBefore || after.stopBefore) return false;
  return t.start - before.end === 2 && after.start - t.end === 2;
}
