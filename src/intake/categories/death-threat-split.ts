import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A death threat whose words come apart around the person threatened: "des inconnus ont menacé un défenseur des droits
 * humains de mort", "les Nyatura menacent les enseignants de mort", "threatened the chief with death", "threatened him
 * and his family with death" (reports44). The keyword table knows "menacé de mort" and "threatened with death" only when
 * the words touch; split, "mort" alone read as a killing (attack, one killed, high). The span from the threat verb to
 * "de mort"/"with death" in one clause is a death threat (threat_intimidation), and the "mort" inside it kills nobody.
 * Look-alikes kept: "menacé … après la mort du chef" (a death of someone, "de la mort"), "threatened residents, 2 shot
 * dead" (another clause), "menacé de mort" (the keyword already reads it).
 */
const THREAT = /^(menac\w*|threat\w*)$/;
// (the person threatened: up to six words between the verb and "de mort")
const WINDOW = 7;
const DEATH_THREAT_SAID = trigger(['mort', 'death']);

/** The spans [verb, end of "de mort"/"with death") of split death threats. */
export function splitDeathThreats(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, DEATH_THREAT_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!THREAT.test(tokens[i]!.norm)) continue;
    const fr = tokens[i]!.norm.startsWith('menac');
    // (touching, "menacé de mort": the keyword reads it)
    for (let k = i + 2; k <= i + WINDOW && k + 1 < tokens.length; k++) {
      if (tokens[k]!.breakBefore) break;
      const a = tokens[k]!.norm;
      const b = tokens[k + 1]!;
      if (b.breakBefore) continue;
      if (fr ? a === 'de' && b.norm === 'mort' : a === 'with' && b.norm === 'death') {
        out.push([i, k + 2]);
        break;
      }
    }
  }
  return out;
}

/** A death threat hit on each split threat (threat_intimidation). */
export function splitDeathThreatHits(spans: ReadonlyArray<[number, number]>): SignalHit[] {
  return spans.map(([start, end]) => ({ value: { signal: 'threat', subType: 'death_threat' }, start, end }));
}

/** A keyword hit inside a split death threat ("mort") tells of no killing. */
export function insideDeathThreat(h: SignalHit, spans: ReadonlyArray<[number, number]>): boolean {
  return h.value.signal !== 'threat' && spans.some(([s, e]) => h.start >= s && h.end <= e);
}
