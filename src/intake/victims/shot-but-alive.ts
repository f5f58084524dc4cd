import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One person shot and said to be alive is one wounded (C3; pending reports38): "a moto driver was shot by men in uniform,
 * he is alive but hit in the leg", "il est vivant mais blessé à la jambe", "he survived", "il a survécu". Only when no
 * count of the dead or wounded was read and a shot is told; "alive" of hostages ("still alive in captivity") is no wound
 * (no shot). The singular pronoun says one person.
 */
// a person hit by fire: "was shot", "touché par balle", "a reçu des tirs" (not "shots heard")
const SHOT_LIST = ['shot', 'balle', 'balles', 'tirs', 'tir', 'touche', 'touchee'];
const SHOT_WORDS: ReadonlySet<string> = new Set(SHOT_LIST);
const SHOT_SAID = trigger(SHOT_LIST);
function personShot(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!SHOT_WORDS.has(t.norm)) return false;
    const before = tokens[i - 1]?.norm ?? '';
    if (t.norm === 'shot') return /^(was|were|been|got|is|being)$/.test(before);
    if (/^(balle|balles)$/.test(t.norm)) return /^(par|une|recu)$/.test(before);
    if (/^(tirs|tir)$/.test(t.norm)) return /^(recu|des)$/.test(before) && /^(recu|a)$/.test(tokens[i - 2]?.norm ?? '');
    return /^(touche|touchee)$/.test(t.norm);
  });
}
const ONE = /^(he|she|il|elle|victim|victime)$/;
const BE = /^(is|est|was|etait|still|toujours|a|has)$/;
const ALIVE_WORDS = ['alive', 'vivant', 'vivante', 'survived', 'survecu', 'survive', 'en vie'];
const ALIVE = oneOf(ALIVE_WORDS);
const ALIVE_SAID = trigger(ALIVE_WORDS);

export function shotButAlive(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || victims.killed !== null || !said(tokens, SHOT_SAID) || !said(tokens, ALIVE_SAID)) return;
  if (!personShot(tokens)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ONE.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + 2 && BE.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
    if (tokens[k] && !tokens[k]!.breakBefore && ALIVE.test(tokens[k]!.norm)) {
      victims.injured = 1;
      return;
    }
  }
}
