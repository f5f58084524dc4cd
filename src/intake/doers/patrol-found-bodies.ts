import type { Token } from '../normalize.js';

/**
 * The host force's patrol or unit that only found the dead did not kill them (C1, C2; pending reports38): "FARDC patrol
 * coming from Komanda found 3 bodies at Tchabi, ADF suspected", "PNC team on its way to Eringeti discovered 2 bodies",
 * "une patrouille FARDC venant de Komanda a retrouvé 3 corps". staff-titles.ts already reads "FARDC found…" with the verb
 * right after the name; here a patrol word and where it came from stand between. A harm verb before the finding keeps the
 * force ("FARDC patrol shot 2 youths and found…").
 */
const UNIT = /^(patrol|patrols|patrouille|patrouilles|team|equipe|elements|elts|unit|unite|soldiers|soldats|militaires|agents|troops|troupes|detachment|detachement|squad)$/;
const FOUND = /^(found|discovered|recovered|retrieved|trouve\w*|retrouve\w*|decouv\w*|recupere\w*|ramasse\w*|wamepata|walipata|wameokota)$/;
const DEAD = /^(bodies|body|corpses?|corps|cadavres?|remains|restes|maiti|miili|mwili|dead)$/;
// Words that may stand between the unit and the finding: where it came from or went, an auxiliary, a time.
const BETWEEN = /^(coming|from|venant|venue|venus|de|du|des|d|en|provenance|on|its|their|sa|leur|way|route|to|vers|toward|towards|a|au|ont|has|have|had|this|ce|morning|matin|night|nuit|hier|yesterday|today|leo|jana|y|ya|wa|la|le|les|the|night|evening|soir|reco|night|de|sur|in|dans)$/;

export function patrolFoundBodies(tokens: readonly Token[], start: number, end: number): boolean {
  let k = end;
  if (!UNIT.test(tokens[k]?.norm ?? '') && !UNIT.test(tokens[start - 1]?.norm ?? '') && !UNIT.test(tokens[start - 2]?.norm ?? '')) return false;
  if (UNIT.test(tokens[k]?.norm ?? '')) k++;
  for (let steps = 0; k < tokens.length && steps < 7; k++, steps++) {
    const t = tokens[k]!;
    if (t.breakBefore && k > end) return false;
    if (FOUND.test(t.norm)) {
      for (let j = k + 1; j < tokens.length && j <= k + 4; j++) if (DEAD.test(tokens[j]!.norm)) return true;
      return false;
    }
    // a place name (capitalised) or a word of the way
    if (!BETWEEN.test(t.norm) && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}
