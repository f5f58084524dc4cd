import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Military shorthand for none hurt (pending reports31): "Neg casualties own troops", "nil casualties", "neg cas", "nil
 * injuries", "neg KIA/WIA". Reads like "no casualties": nobody killed or injured, where no reader counted them.
 * Look-alikes kept: "neg" before anything else ("neg contact"), a count given elsewhere (kept).
 */
const NONE_WORDS = ['neg', 'nil', 'negative'];
const NONE: ReadonlySet<string> = new Set(NONE_WORDS);
const NONE_SAID = trigger(NONE_WORDS);
const BOTH = new Set(['casualties', 'casualty', 'cas', 'cass', 'victims', 'victimes']);
const KILLED = new Set(['kia', 'killed', 'deaths', 'dead', 'fatalities']);
const INJURED = new Set(['wia', 'injuries', 'injured', 'wounded']);
// ("nil friendly casualties", "neg own cas", "nil civ casualties": whose casualties, between the two words; reports38)
const WHOSE = new Set(['friendly', 'own', 'civ', 'civilian', 'blue', 'un', 'mission']);

export function negCasualties(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, NONE_SAID)) return;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!NONE.has(tokens[i]!.norm) || tokens[i + 1]!.breakBefore) continue;
    const j = WHOSE.has(tokens[i + 1]!.norm) && !tokens[i + 2]?.breakBefore ? i + 2 : i + 1;
    const next = tokens[j]?.norm ?? '';
    if (BOTH.has(next)) {
      victims.killed ??= 0;
      victims.injured ??= 0;
    } else if (KILLED.has(next)) victims.killed ??= 0;
    else if (INJURED.has(next)) victims.injured ??= 0;
  }
}
