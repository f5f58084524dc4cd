import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';

/**
 * People taken and someone beaten in the same incident (pending reports24): "the chief was taken from his home by armed men, his
 * wife was beaten", "des hommes armés ont enlevé le chef, sa femme a été battue". The abduction names the report (high), the
 * beaten stay counted as injured — as C12 reads a freed hostage who was whipped ("le chef enlevé est relâché, il a été fouetté"
 * → abduction, 1 injured). Look-alikes kept out: beaten in custody of the state (a detention, no abduction signal), a taking
 * denied, goods carried off beside the beating ("ont tabassé un commerçant puis emporté ses marchandises": a theft).
 */
export function takenAndBeaten(s: Signals, victims: Victims): boolean {
  return (victims.abducted ?? 0) > 0 && (s.has('abduct') || s.has('armed')) && !s.has('detention') && (!s.has('loot') || s.all('loot').every((h) => priceAsked(s, h.start)));
}

// ("families asked $50 per head", "exigent 100$ chacun": the sum asked for their release is the ransom, no theft; reports47)
const ASKED = /^(asked|ask|asks|asking|want|wants|demand\w*|exige\w*|reclam\w*|veulent|veut|demande\w*|payer|pay)$/;
function priceAsked(s: Signals, at: number): boolean {
  if (!/\d/.test(s.tokens[at]!.norm)) return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (ASKED.test(s.tokens[k]!.norm)) return true;
  return false;
}
