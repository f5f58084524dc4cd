import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A correction that takes a killing back (reports31): "the victims at Kirumba were 2 injured, not killed", "2 blessés et
 * non tués", "blessés, pas tués", "wounded not dead". The word of death right after "not", "non" or "pas" tells of no
 * killing, so no high priority for one. ("were not killed but wounded" reads the same; "not far from where 2 were
 * killed" has another word after "not".) A Set lookup on the word before the hit only.
 */
const NOT: ReadonlySet<string> = new Set(['not', 'non', 'pas', 'never', 'jamais']);

export function killingTakenBack(h: SignalHit, tokens: readonly Token[]): boolean {
  return h.value.signal === 'kill' && NOT.has(tokens[h.start - 1]?.norm ?? '') && !tokens[h.start]!.breakBefore;
}
