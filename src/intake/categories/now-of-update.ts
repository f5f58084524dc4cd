import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "now" in a follow-up (pending reports38) tells a revised count or a state that ended, not an attack under way: "injured now
 * 6", "total dead now 3", "les blessés sont désormais 5", "fire now out", "shelling now stopped", "calme maintenant". The
 * under-way word is set aside (C10 asks for fighting said to go on). Look-alikes kept: "ADF attacking Mamove now", "tirs
 * maintenant à Kiwanja", "now entering Kamango" (no count and no end beside it).
 */
const NOW = new Set(['now', 'desormais', 'maintenant', 'currently', 'actuellement']);
const ENDED = new Set(['out', 'over', 'stopped', 'ended', 'finished', 'calm', 'quiet', 'back', 'extinguished', 'eteint', 'eteints', 'eteinte', 'termine', 'terminee', 'termines', 'fini', 'finie', 'calme', 'revenu', 'revenue', 'retabli', 'stable', 'closed', 'clos', 'reopened', 'rouvert']);
const CONTROL = /^(control|controle|hands|mains|occupation)$/;
const COUNT_NOUN = new Set(['injured', 'wounded', 'dead', 'deaths', 'killed', 'toll', 'total', 'blesses', 'blessees', 'morts', 'deces', 'tues', 'bilan', 'victims', 'victimes', 'missing', 'disparus', 'abducted', 'enleves', 'hostages', 'otages']);
const BE = new Set(['is', 'are', 'stands', 'stand', 'at', 'est', 'sont', 'de', 'a', 'passe', 'to', 'up', 'rises', 'rose']);

const numberAt = (t: Token | undefined): boolean => t !== undefined && (/^\d+$/.test(t.norm) || /^(one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)$/.test(t.norm));

export function nowOfUpdate(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'underway' || h.end - h.start !== 1 || !NOW.has(tokens[h.start]!.norm)) return false;
  const i = h.start;
  const next = tokens[i + 1];
  const joined = next !== undefined && !next.breakBefore;
  // "fire now out", "shelling now stopped", "calme maintenant"
  if (joined && ENDED.has(next.norm)) return true;
  if (ENDED.has(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore) return true;
  // ("Nyamilima now under M23 control", "désormais sous contrôle du M23", "now in the hands of": who holds the place, a
  // state and not fighting that goes on; reports49)
  if (joined && /^(under|sous|in|aux|entre)$/.test(next.norm) && tokens.slice(i + 2, i + 5).some((t) => !t.stopBefore && CONTROL.test(t.norm))) return true;
  // "injured now 6", "total dead now 3", "sont désormais 5", "now stands at 7"
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && BE.has(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
  if (!numberAt(tokens[k]) || tokens[k]!.breakBefore) return false;
  for (let d = 1; d <= 8; d++) {
    const w = tokens[i - d];
    if (!w || tokens[i - d + 1]!.stopBefore) return false;
    if (COUNT_NOUN.has(w.norm)) return true;
  }
  return false;
}
