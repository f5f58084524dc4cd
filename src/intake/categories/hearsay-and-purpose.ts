import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Two ways an attack is only spoken of, not happening (reports26: "'we hear Mai-Mai are regrouping near Lulimba to attack
 * the mine' - rumour from traders"):
 * - "we hear" / "on entend" with a group after it is hearsay ("we hear that…" without its "that"), not gunfire heard now;
 *   "we hear shots", "on entend des détonations" stay under way (C10).
 * - "to attack" / "pour attaquer" after a group massing or regrouping is what they mean to do: an attack announced, read
 *   as the threat of one beside the movement (categories/announced-attack.ts makes the report the movement); a time for
 *   it ("tonight", "ce soir") still makes it imminent. "Youths urged to attack", "attacked the village" are untouched.
 * Both read only from a hit already found (no scan of every word).
 */
const HEAR = /^(hear|heard|entend|entends|entendons|entendu)$/;
const GUNFIRE = /^(shots?|shooting|gunfire|gunshots?|fire|firing|detonations?|tirs?|coups?|crepitements?|explosions?|bombs?|heavy|lourdes?|armes|des|les|the|some|sporadic|encore|still|again)$/;

/** "we hear Mai-Mai are regrouping": a group heard of, not gunfire heard. */
export function hearsayNotUnderway(h: SignalHit, tokens: readonly Token[], groupAt: (i: number) => boolean): boolean {
  if (h.value.signal !== 'underway' || !HEAR.test(tokens[h.end - 1]?.norm ?? '')) return false;
  const next = tokens[h.end];
  if (!next || next.breakBefore || GUNFIRE.test(next.norm)) return false;
  return groupAt(h.end) || (/^(the|les|des)$/.test(next.norm) && groupAt(h.end + 1));
}

const PURPOSE = /^(to|pour|pr|afin)$/;
const ATTACK_VERB = /^(attack|attaquer|raid|strike|hit|assault|attaque)$/;

/** The attack a massing or regrouping group means to make: "regrouping near Lulimba to attack the mine". */
export function attackAsPurpose(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (h.value.signal !== 'attack' || h.end - h.start !== 1 || !ATTACK_VERB.test(tokens[h.start]!.norm) || !PURPOSE.test(tokens[h.start - 1]?.norm ?? '')) return false;
  return hits.some((m) => {
    if (m.value.signal !== 'movement' || m.end > h.start - 1 || h.start - m.end > 8) return false;
    for (let k = m.end; k < h.start; k++) if (tokens[k]!.stopBefore) return false;
    return true;
  });
}

/** The attack meant, as the threat of one (what "preparing to attack" already reads). */
export function purposeAttackHits(hits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const h of hits) if (attackAsPurpose(h, tokens, hits)) out.push({ value: { signal: 'threat', subType: 'threat_of_attack' }, start: h.start, end: h.end });
  return out;
}
