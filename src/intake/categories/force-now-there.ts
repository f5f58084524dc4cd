import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "now" telling where the responders are, not that the attack goes on (C10): "attackers fled toward Kpandroma, FARDC now on
 * site", "la PNC maintenant sur place", "troops now deployed in the village", "calm now, FARDC patrolling". The `underway`
 * hit of such a "now" tells of no attack going on (reports39). Kept: "ADF attacking Eringeti now", "les tirs continuent
 * maintenant", "armed men now in the village" (armed men, not a force, are there).
 */
const FORCE = /^(fardc|pnc|police|army|armee|monusco|peacekeepers?|troops|soldiers|militaires|soldats|pk|pks|unpol|authorities|autorites|qrf|patrol|patrouille|fib|casques|it|they)$/;
const STATE = /^(on|sur|deployed|deployes|deployees|present|presente|presents|presentes|in|patrolling|patrouillent|en|secured|securise|securisent|controls?|controlent|controle|stationed|positionnes|positioned|there|la|here|ici|calm|calme)$/;
const ON_SITE = /^(site|place|spot|scene|ground|terrain|lieux|control|patrouille|position|positions)$/;

export function nowOfResponders(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'underway' || h.end - h.start !== 1) return false;
  const w = tokens[h.start]!.norm;
  if (w !== 'now' && w !== 'maintenant') return false;
  const before = tokens[h.start - 1];
  if (!before || tokens[h.start]!.breakBefore || !FORCE.test(before.norm)) return false;
  const next = tokens[h.start + 1];
  if (!next || next.breakBefore) return true;
  // "FARDC now on site", "PNC maintenant sur place", "troops now deployed"
  return STATE.test(next.norm) && (!/^(on|sur|in|en)$/.test(next.norm) || ON_SITE.test(tokens[h.start + 2]?.norm ?? '') || ON_SITE.test(tokens[h.start + 3]?.norm ?? '') || /^(the|le|la|les)$/.test(tokens[h.start + 2]?.norm ?? ''));
}
