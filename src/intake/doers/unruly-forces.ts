import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';

/**
 * Police and soldiers as doers in reports16's wordings (C1, C2): soldiers qualified as out of control ("militaires en
 * débandade", "retreating soldiers", "FARDC indisciplinés", "drunk soldiers") in a report of harm, the harm named
 * beside them or not; and police or soldiers who told people what they would do to them, in a report of a threat
 * ("soldiers told market women they will burn the stalls", "les militaires ont averti les commerçants").
 */

// Out of control, running away or drunk: the field's words for soldiers who loot and shoot.
const UNRULY = /^(debandade|indisciplines?|indisciplinees?|undisciplined|unruly|rogue|ivres?|drunk|drunken|saouls?|souls?|retreating|fleeing|deserters?|deserteurs?|deserting|fuyards?|disarray|desorganises?|incontroles?|incontrolables?)$/;
// Reports whose harm such soldiers did: not a movement, a displacement or a quiet day.
const HARM_CATEGORIES: ReadonlySet<CategoryId> = new Set(['attack_on_civilians', 'looting_destruction', 'threat_intimidation', 'crsv', 'abduction', 'torture_ill_treatment', 'arbitrary_detention', 'access_denial', 'child_violation']);
// Told, warned, ordered: what they said is the threat.
const TOLD = /^(told|tell|tells|warned|warn|warns|ordered|threatened|said|dit|disent|averti|avertissent|prevenu|previennent|ordonne|ordonnent|somme|somment|menace|menacent)$/;

/** The police or soldiers word at i names the doers of the harm in one of reports16's constructions. */
export function forceDoer16(tokens: readonly Token[], i: number, category: CategoryId): boolean {
  if (!HARM_CATEGORIES.has(category)) return false;
  // "militaires en débandade", "FARDC indisciplinés", "retreating soldiers", "soldats ivres"
  for (let k = Math.max(0, i - 2); k <= i + 2 && k < tokens.length; k++) {
    if (k === i || (k < i ? tokens[k + 1]!.breakBefore : tokens[k]!.breakBefore)) continue;
    if (UNRULY.test(tokens[k]!.norm)) return true;
  }
  // "soldiers told Lubero market women they will burn …" (a threat report: what they told is the threat)
  if (category !== 'threat_intimidation') return false;
  const next = tokens[i + 1];
  if (!next || next.breakBefore) return false;
  const verb = /^(ont|a|have|has|had)$/.test(next.norm) ? tokens[i + 2] : next;
  return verb !== undefined && !verb.breakBefore && TOLD.test(verb.norm) && !toldForSafety(tokens, tokens.indexOf(verb));
}

// ("soldiers told residents to stay home", "les militaires ont demandé à la population de rester vigilante": advice for
// people's safety, in a report of another's threat, is no threat of theirs; reports36)
const FOR_SAFETY = /^(stay|remain|rester|demeurer|calm|calme|vigilant|vigilants|vigilante|vigilantes|indoors|safe|prudent|prudents|prudence)$/;
function toldForSafety(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + 5 && !tokens[k]!.stopBefore; k++) if (FOR_SAFETY.test(tokens[k]!.norm)) return true;
  return false;
}

// Held, beaten or tortured AT a force's or a group's position: who holds the position did it ("man torturd at Mutwanga
// fardc position", "detained at the M23 position of Kibumba"), not a place merely named ("clashes near FARDC positions").
const DONE_THERE = /^(tortur\w*|detain\w*|detenu\w*|held|kept|locked|enferme\w*|beaten|beat|battu\w*|tabass\w*|whipped|flogged|fouett\w*|bastonne\w*|interrogated|interroge\w*|raped|violee?s?|executed|execute\w*)$/;
/** The harm of holding or ill-treating someone is told just before "at" the position named at `start`. */
export function harmedAtPosition(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (DONE_THERE.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// A group's fighters or child soldiers captured or arrested by the army or the police: the force answered the group, it did
// no harm ("kadogo 4 wa Nyatura wamekamatwa na FARDC", "3 combattants CODECO arrêtés par les FARDC").
const FIGHTERS = /^(kadogo|kadogos|combattants?|fighters?|miliciens?|militiamen|militia|rebels?|rebelles?|wanamgambo|assaillants?|attackers|insurgents?)$/;
const CAUGHT = /^(captured|arrested|caught|apprehended|captures?|capturee?s?|arretee?s?|interpellee?s?|neutralise\w*|neutralize\w*|(wa|a|wali|ali|wame|ame)(kamatwa|shikwa))$/;
/** The force named at `start` is the agent ("by", "par", "na") of the capture of a group's fighters. */
export function fightersCaptured(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (/^(les|la|the|l)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(by|par|na)$/.test(tokens[k]?.norm ?? '') || !CAUGHT.test(tokens[k - 1]?.norm ?? '')) return false;
  for (let j = k - 2; j >= 0 && j >= k - 7; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    if (FIGHTERS.test(tokens[j]!.norm)) return true;
  }
  return false;
}
