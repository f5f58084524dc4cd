import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Someone summoned and questioned by a state service (reports36): "radio journalist summoned and questioned for 6 hours by
 * the ANR about his sources on the Djugu attacks, then released", "un journaliste interrogé pendant 8 heures par l'ANR sur
 * ses sources concernant les combats de Lubero". Held for questioning by the state is a detention (C23); the attacks or
 * the fighting asked about are the topic, not a harm told. Look-alikes kept: "witnesses questioned by MONUSCO about the
 * attack" (no state service holds them: the topic is still set aside, no detention added), "ADF attacked Mamove; survivors
 * questioned" (the attack comes before the questioning).
 */
const QUESTIONED_WORDS: ReadonlySet<string> = new Set(['questioned', 'interrogated', 'interroge', 'interrogee', 'interroges', 'interrogees', 'interrogation', 'auditionne', 'auditionnee', 'auditionnes', 'auditionnees', 'summoned', 'convoque', 'convoquee', 'convoques', 'convoquees', 'grilled']);
const QUESTIONED_SAID = trigger([...QUESTIONED_WORDS]);
const QUESTIONED = { test: (w: string): boolean => QUESTIONED_WORDS.has(w) };
const SUMMONED = /^(summoned|convoquee?s?)$/;
const STATE = /^(anr|demiap|police|pnc|policiers?|fardc|militaires?|soldiers|army|t2|opj|parquet|auditorat|auditeur|prosecutor|intelligence|renseignements?)$/;
const ABOUT = /^(about|on|over|sur|concernant|regarding|au|sujet)$/;
const TOPIC = new Set(['attack', 'kill', 'injure', 'fighting', 'loot', 'abduct', 'movement', 'sexual', 'displace']);

/** A detention hit at the questioning when a state service did it. */
export function questionedByStateHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  if (!said(tokens, QUESTIONED_SAID)) return [];
  // (summoned alone is no holding: "FARDC officer summoned the pastor … told him to keep quiet" is the threat)
  const at = tokens.findIndex((t) => QUESTIONED.test(t.norm) && !SUMMONED.test(t.norm));
  if (at < 0 || !tokens.some((t) => STATE.test(t.norm)) || hits.some((h) => h.value.signal === 'threat')) return [];
  // (a harm told before the questioning is the report: "ADF attacked Mamove; survivors questioned by police")
  if (hits.some((h) => h.start < at && TOPIC.has(h.value.signal))) return [];
  return [{ value: { signal: 'detention', subType: null }, start: at, end: at + 1 }];
}

/** The harm asked about: after "questioned … about/sur", within a dozen words, no sentence stop between. */
export function questionTopic(h: SignalHit, tokens: readonly Token[]): boolean {
  if (!TOPIC.has(h.value.signal)) return false;
  let about = false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 12; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (ABOUT.test(tokens[k]!.norm)) about = true;
    if (QUESTIONED.test(tokens[k]!.norm)) return about;
  }
  return false;
}
