import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A group named as the former ranks of the person harmed is who that person was, not who did it: "un ex-combattant CODECO
 * détenu au cachot de l'ANR … torturé", "a former M23 fighter held by the ANR in Goma says he was beaten", "an ex-M23
 * arrested by FARDC", "a CODECO ex-combatant found dead". The name follows "ex/former/ancien" (with the fighter's word
 * between or after) and a participle of what was done to the person follows. Look-alikes kept out: former fighters who act
 * ("FRPI ex-combatants looted the market", "des ex-combattants FRPI ont pillé": doers/groups.ts names them).
 */
const FORMER_WORDS = ['ex', 'former', 'ancien', 'ancienne', 'anciens', 'anciennes'];
const FORMER = oneOf(FORMER_WORDS);
const FORMER_SAID = trigger(FORMER_WORDS);
const FIGHTER = /^(combattant|combattants|combatant|combatants|fighter|fighters|milicien|miliciens|militiaman|militiamen|element|elements|membre|member|rebel|rebelle)$/;
const DONE_TO = /^(detenu|detenue|detenus|arrete|arretee|arretes|held|detained|arrested|tortured|torture|torturee|killed|tue|tuee|beaten|battu|tabasse|abducted|enleve|found|retrouve|retrouvee|executed|execute|lynche|lynched|shot|blesse|wounded|injured|interrogated|interroge|garde|gardé|jailed|emprisonne)$/;

export function formerRanksOfVictim(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, FORMER_SAID)) return false;
  const b1 = tokens[start - 1]?.norm ?? '';
  const b2 = tokens[start - 2]?.norm ?? '';
  const named = FORMER.test(b1) || (FIGHTER.test(b1) && FORMER.test(b2)) || (tokens[end]?.norm === 'ex' && FIGHTER.test(tokens[end + 1]?.norm ?? ''));
  if (!named) return false;
  let k = end;
  while (k < end + 3 && (tokens[k]?.norm === 'ex' || FIGHTER.test(tokens[k]?.norm ?? '')) && !tokens[k]!.breakBefore) k++;
  return DONE_TO.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
}
