import { responseGoesOn } from './categories/response-ongoing.js';
import { movementWithAttackImminent } from './categories/group-near-attack-feared.js';
import { missionTold } from './categories/mission-as-teller.js';
import type { Signals } from './categories/categories.js';
import { rumouredAttack } from './constructions/everyday-kivu.js';
import { closingIn, hidingFromAttackers } from './categories/closing-in.js';
import type { Token } from './normalize.js';
import { nowOfALevy } from './categories/standing-levy.js';
import { crossfireOfHarm, nowOfAToll } from './categories/toll-now.js';
import { firingAsSource } from './categories/firing-as-source.js';

/** Under way only when something violent is: "enquête en cours" or "tension en cours" is not an attack. */
const ONGOING_RESPONSE = /^(responding|repondent|ripostent|ripostant|engaging|intervening|interviennent|pursuing|poursuivent)$/;
export function isUnderway(s: Signals): boolean {
  // C10: fighting said to go on since a time, nothing said of its end (categories/under-way.ts).
  if (s.all('underway').some((u) => u.value.subType === 'fighting_since')) return true;
  // C10: gunfire heard while people flee, said to go on (categories/under-way.ts heardFireGoesOnHits).
  // ("after Tuesday's shelling: 14 wounded now": the now of a toll, categories/toll-now.ts)
  if (s.all('underway').some((u) => u.value.subType === 'fire_goes_on' && !nowOfAToll(s.tokens, u.start))) return true;
  // Armed men within 3 km, or people hiding now while armed men enter or fire (categories/closing-in.ts).
  if (closingIn(s) || hidingFromAttackers(s)) return true;
  // ("ADF elts 2km from Kididiwe, attack feared imminent": the movement whose attack is imminent, categories/group-near-attack-feared.ts)
  if (movementWithAttackImminent(s)) return true;
  // "menace d'attaque imminente", "ADF planning to strike Totolito tonight": an attack expected within hours.
  if (s.all('threat').some((h) => h.value.subType === 'threat_of_attack' && !rumouredAttack(s, h)) && (s.has('soon') || s.has('underway'))) return true;
  const violent = (['kill', 'injure', 'attack', 'fighting', 'abduct', 'sexual', 'explosive', 'loot'] as const).some((x) => s.has(x));
  if (!violent) return false;
  // "treatment of the wounded ongoing", "evacuation of wounded in progress": care or a response goes on, not the attack.
  const inquiries = [...s.all('inquiry'), ...s.all('response')];
  const sameClause = (a: number, b: number): boolean => !s.tokens.slice(a + 1, b + 1).some((t) => t.breakBefore);
  // ("the M23 'administration' now levies $10 per household": a standing levy, categories/standing-levy.ts)
  // ("attack in progress, FARDC responding": a response still going on in the next clause says the attack goes on; "came under
  // attack, repelled the assailants" says it ended)
  const ongoing = (q: { start: number }): boolean => ONGOING_RESPONSE.test(s.tokens[q.start]?.norm ?? '');
  // ("FARDC pursuit ongoing", "ratissage en cours": the response goes on, categories/response-ongoing.ts)
  // ("maj: maintenant 5 blessés", "civilians caught in the crossfire" once the wounded are told: harm done, categories/toll-now.ts)
  const harmed = s.has('kill') || s.has('injure');
  // ("roof destroyed, M23 firing": whose fire it was, told last, categories/firing-as-source.ts)
  return s.all('underway').some((u) => !nowOfALevy(s.tokens, u.start) && !firingAsSource(s.tokens, u.start) && !nowOfAToll(s.tokens, u.start) && !crossfireOfHarm(s.tokens, u.start, u.end, harmed) && !responseGoesOn(s.tokens, u.start) && !inquiries.some((q) => (q.end <= u.start && u.start - q.end <= 3 && sameClause(q.start, u.start)) || (q.start >= u.end && q.start - u.end <= 2 && !(ongoing(q) && !sameClause(u.start, q.start)))));
}

const PERSONNEL = /^(peacekeepers?|keepers?|casques?|helmets?|soldiers?|soldats?|militaires?|troops|officers?|officiers?)$/;
const ACCUSED_OF = /^(accused|accuse|accuses|allegedly|reportedly|suspected|soupconne|soupconnes|of|de|d|du|has|have|is|was|a|aurait|auraient|ont|ete|said|to|committed|commis)$/;
/** SEA by UN personnel: an SEA term with any UN reference, or sexual violence by UN personnel. */
export function isConductMatter(s: Signals, tokens: readonly Token[]): boolean {
  // "un CB", "des CB": casque(s) bleu(s) in capitals
  // ("a child born of a peacekeeper father": the SEA phrase holds the UN person)
  const un = s.has('unPersonnel') || s.has('peacekeeper') || tokens.some((t) => t.text === 'CB' || t.text === 'CBs') || s.all('sea').some((h) => tokens.slice(h.start, h.end).some((t) => PERSONNEL.test(t.norm)));
  const seaAcronym = tokens.some((t) => t.text === 'SEA' || t.text === 'EAS');
  if ((s.has('sea') || seaAcronym) && un) return true;
  if (!s.has('sexual')) return false;
  // ("Pakistani peacekeeper accused of rape": a peacekeeper named with a nationality is read as one force phrase, no
  // unPersonnel hit; its person word still names UN personnel, accused of the rape in the same clause)
  const named = s.all('peacekeeper').filter((p) => !s.all('unPersonnel').some((u) => u.start >= p.start && u.end <= p.end) && s.tokens.slice(p.start, p.end).some((t) => PERSONNEL.test(t.norm)));
  if (named.some((p) => s.all('sexual').some((x) => x.start >= p.end && x.start - p.end <= 3 && s.tokens.slice(p.end, x.start).every((t) => ACCUSED_OF.test(t.norm)) && !s.tokens.slice(p.end, x.start + 1).some((t) => t.breakBefore)))) return true;
  return s.all('unPersonnel').some((p) => {
    if (missionTold(tokens, p.start, p.end)) return false; // ("UNPOL reports 2 women raped by PNC agents": categories/mission-as-teller.ts)
    const by = tokens.slice(Math.max(0, p.start - 3), p.start).some((t) => ['by', 'par', 'from'].includes(t.norm));
    // "Peacekeepers escorted a rape survivor": who helped a survivor did not abuse her.
    const subject = s.all('sexual').some((x) => x.start >= p.end && x.start - p.end <= 3 && !s.all('response').some((r) => r.start >= p.end && r.end <= x.start));
    return by || subject;
  });
}
