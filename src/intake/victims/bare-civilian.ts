import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Three-word SMS name one civilian with the bare word, no article (pending reports26): "policier tire sur civil oicha
 * blesse", "civil tue a beni", "civile violee mutwanga", "civ wounded oicha", "civil enleve route eringeti". One of
 * the harm told, when nothing else counted it. The word is also an adjective, so it is left alone after "société",
 * "état", "tenue", "habit", "en", "guerre", "population" and before "society"/"societe" (civil society is a source).
 */
const BARE_WORDS = ['civil', 'civile', 'civ'];
const BARE = oneOf(BARE_WORDS);
const BARE_SAID = trigger(BARE_WORDS);
const NOT_AFTER = /^(societe|etat|tenue|tenues|habit|habits|en|guerre|population|droit|code|partie|service|services|protection|affaires|un|une|a|an|one|le|la|the|\d+)$/;
const HARM: ReadonlyArray<readonly [RegExp, VictimKey]> = [
  [/^(tue|tuee|killed|abattu|abattue)$/, 'killed'],
  [/^(blesse|blessee|wounded|injured|wia)$/, 'injured'],
  [/^(enleve|enlevee|kidnappe|kidnappee|abducted|kidnapped)$/, 'abducted'],
  [/^(violee|raped)$/, 'crsvSurvivors'],
];

export function bareCivilian(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, BARE_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!BARE.test(tokens[i]!.norm) || NOT_AFTER.test(tokens[i - 1]?.norm ?? '') || /^(society|societe|servants?)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    // the harm right after, or after one word (a place typed in lower case: "civil oicha blesse")
    for (const d of [1, 2]) {
      const t = tokens[i + d];
      if (!t || t.breakBefore) break;
      const hit = HARM.find(([re]) => re.test(t.norm));
      if (hit) {
        if (victims[hit[1]] === null) victims[hit[1]] = 1;
        return;
      }
    }
  }
}
