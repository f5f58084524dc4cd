import type { Signals } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An attack imminent or under way said by where the attackers are, not by an attack word (pending reports24; DESIGN's priority
 * rule: critical for an attack under way or imminent):
 * - armed men moving who are now within 3 km of the place ("M23 column advancing on Kibua, now about 3 km out", "50 CODECO à
 *   1 km du village", "elements 2km away"), a distance said with a movement or an armed group;
 * - the reporter or the people hiding now while armed men enter or shoot ("armed men entering Halungupa, shots, we are hiding",
 *   "ils sont dans le village, on se cache", "tunajificha").
 * Look-alikes kept out: a distance of more than 3 km ("10 km from Beni"), a distance of a place ("the camp 2 km from the
 * town", no movement or armed men), people hiding in the bush for days (a displacement word, no armed men entering or firing),
 * a movement told in the past with no distance.
 */
const KM = /^(\d+(?:[.,]\d+)?)\s?km$/;
const UNIT = /^(km|kms|kilometres?|kilometers?)$/;
const AWAY = /^(away|out|off|from|du|de|d|des|of|loin|outside)$/;
// (advancing on the place: armed men merely seen or passing at that distance stay a movement, as the main corpus reads
// "M23 signalés à 3km de Kibua", "CODECO signalés à 2 km de Lopa, se dirigent vers Jiba")
const APPROACH_WORDS = ['advancing', 'advance', 'advances', 'approaching', 'approach', 'approche', 'approchent', 'approchant', 'avancent', 'avance', 'avancant', 'closing', 'converging', 'convergent', 'progressent', 'progressing'];
const APPROACH: ReadonlySet<string> = new Set(APPROACH_WORDS);
const APPROACH_SAID = trigger(APPROACH_WORDS);

/** The distance in km said at token i ("2km", "3 km"), or null. */
function kmAt(tokens: readonly Token[], i: number): { km: number; next: number } | null {
  const t = tokens[i]!.norm;
  const one = KM.exec(t);
  if (one) return { km: Number(one[1]!.replace(',', '.')), next: i + 1 };
  if (/^\d+$/.test(t) && UNIT.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) return { km: Number(t), next: i + 2 };
  return null;
}

// Armed men (a group, its fighters) end within three words before the copula: they are the subject.
function armedRightBefore(s: Signals, copula: number): boolean {
  return [...s.all('armed'), ...s.all('movement')].some((h) => h.end <= copula && h.end >= copula - 2);
}

/** Armed men on the move said to be within 3 km: the attack is imminent. */
export function closingIn(s: Signals): boolean {
  if ((!s.has('movement') && !s.has('armed')) || !said(s.tokens, APPROACH_SAID)) return false;
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const d = kmAt(tokens, i);
    if (!d || d.km > 3 || d.km <= 0) continue;
    // "3 km out", "2km away", "à 1 km du village"
    const after = tokens[d.next];
    const before = tokens[i - 1]?.norm ?? '';
    // "the camp is 2 km from the town": where a place lies, not where the attackers are
    // ("CODECO fighters are 3 km from Drodro and advancing", "les CODECO sont à 3 km": armed men are where the copula says)
    const copula = /^(is|are|lies|est|sont|situe|situee|located|found)$/.test(before) ? i - 1 : /^(is|are|est|sont|situe|situee|located)$/.test(tokens[i - 2]?.norm ?? '') ? i - 2 : -1;
    if (copula >= 0 && !armedRightBefore(s, copula)) continue;
    if (!(after && !after.breakBefore && AWAY.test(after.norm)) && !/^(a|at|within|about|env|environ|only|seulement|just)$/.test(before)) continue;
    // armed men or their movement in the same sentence
    const sentence = (k: number): boolean => {
      const [a, b] = k < i ? [k, i] : [i, k];
      return !tokens.slice(a + 1, b + 1).some((t) => t.stopBefore);
    };
    const near = (k: number): boolean => Math.abs(k - i) <= 8 && sentence(k);
    const moving = [...s.all('movement'), ...s.all('armed')].some((h) => near(h.start));
    const approach = tokens.some((t, k) => APPROACH.has(t.norm) && near(k));
    if (moving && approach) return true;
  }
  return false;
}

const HIDING = [
  ['we', 'are', 'hiding'], ['we', 're', 'hiding'], ['everyone', 'is', 'hiding'], ['people', 'are', 'hiding'], ['we', 'hide'], ['hiding', 'now'],
  ['nous', 'sommes', 'caches'], ['on', 'se', 'cache'], ['nous', 'nous', 'cachons'], ['la', 'population', 'se', 'cache'], ['tout', 'le', 'monde', 'se', 'cache'], ['tunajificha'], ['tumejificha'],
];
// (every phrase above holds one of these)
const HIDING_SAID = trigger(['hiding', 'hide', 'caches', 'cache', 'cachons', 'tunajificha', 'tumejificha']);
const ENTERING = /^(entering|entrent|entrant|penetrent|in|dans|inside|invading|envahissent|firing|tirent|shooting|shots|tirs|coups)$/;
/** The people hiding now while armed men enter or fire: the attack is under way. */
export function hidingFromAttackers(s: Signals): boolean {
  if ((!s.has('armed') && !s.has('attack') && !s.has('fighting')) || !said(s.tokens, HIDING_SAID)) return false;
  const tokens = s.tokens;
  const hiding = tokens.some((_, i) => HIDING.some((p) => p.every((w, d) => tokens[i + d]?.norm === w)));
  return hiding && tokens.some((t) => ENTERING.test(t.norm)) && (s.has('attack') || s.has('fighting') || s.all('movement').length > 0);
}
