import { attackAsPurposeOnly } from './purpose-not-imminent.js';
import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { CategoryReading, SignalHit, Signals } from './categories.js';
import { twoCommunities } from './communities.js';
import { rerankTune15 } from './slurs-and-carried-off.js';
import { rerankTune16 } from './land-quarrels.js';
import { takenAndBackWithMarks } from './back-with-marks.js';
import { breakInWithoutHarm } from './break-in.js';
import { arrivalsAfterAttack, burningUnderFire, clashDroveOut, convoyBlockedByProtest, harmInFuture } from '../constructions/military-police-register.js';

/**
 * One-line quick reports (reports14): readings the precedence of `rankCategories` gets wrong, set right
 * after it. Each rule moves one reading first (or drops one) only in the construction it names.
 */
export function rerankQuickLine(ranked: CategoryReading[], s: Signals, victims: Victims): CategoryReading[] {
  let out = ranked;
  const top = (): CategoryId | undefined => out[0]?.category;
  const first = (category: CategoryId, subType: string | null = null): void => {
    const had = out.find((r) => r.category === category);
    out = [had ?? { category, subType }, ...out.filter((r) => r.category !== category)];
  };
  if ((top() === 'looting_destruction' || top() === 'armed_group_movement' || top() === 'access_denial') && blameBetweenCommunities(s)) first('intercommunal_tension');
  if (top() === 'armed_group_movement' && (fledBeforeFighting(s, victims) || clashDroveOut(s, victims))) first('displacement');
  if ((top() === 'child_violation' || top() === 'attack_on_idp_site') && arrivalsAfterAttack(s, victims)) first('displacement'); // (constructions/military-police-register.ts)
  if (top() === 'attack_on_peacekeepers' && convoyBlockedByProtest(s)) first('access_denial'); // (constructions/military-police-register.ts)
  if (top() === 'looting_destruction' && burningUnderFire(s)) first('attack_on_civilians'); // (constructions/military-police-register.ts)
  if ((top() === 'attack_on_civilians' || top() === 'attack_on_peacekeepers') && harmInFuture(s, victims)) first('threat_intimidation'); // (constructions/military-police-register.ts)
  if (top() !== 'attack_on_idp_site' && !s.has('sexual') && !s.has('recruit') && siteIntruded(s)) first('attack_on_idp_site', 'idp_camp');
  if (top() === 'looting_destruction' && taxedUnderThreat(s)) first('threat_intimidation');
  if (top() === 'attack_on_civilians' && takenAndBackWithMarks(s, victims)) first('abduction'); // (categories/back-with-marks.ts)
  const brokeIn = top() === 'attack_on_civilians' ? breakInWithoutHarm(s, victims) : null;
  if (brokeIn) first(brokeIn); // (categories/break-in.ts)
  if (top() === 'displacement' && needsOnly(s, victims)) out = out.filter((r) => r.category !== 'displacement');
  if (top() === 'attack_on_humanitarians' && relativesOfStaff(s)) out = out.filter((r) => r.category !== 'attack_on_humanitarians');
  return rerankTune16(rerankTune15(out, s, victims), s, victims);
}

const tokenOf = (s: Signals, h: SignalHit): string => s.tokens[h.start]!.norm;

// "Hema and Lendu youth tension over a stolen goat", "land dispute between Nande and Hutu families, one house burnt",
// "communities trading accusations after cattle theft": a dispute between two communities, nobody hurt and no armed
// group, is the tension, whatever theft or burning it is about.
function blameBetweenCommunities(s: Signals): boolean {
  if (!s.has('tension') || s.has('armed')) return false;
  if ((['kill', 'injure', 'attack', 'sexual', 'abduct', 'hate', 'detention'] as const).some((x) => s.has(x))) return false;
  return twoCommunities(s) || s.all('community').length >= 2;
}

// "families arriving in Kiwanja, fled M23/Wazalendo clashes", "pop de Kalehe en fuite, affrontements à 3 km": people
// fleeing, told first, with the fighting they flee after them, nobody harmed, is the displacement.
// (Lingala "bakimi", Swahili "wamekimbia": they fled; "se réfugie à": took refuge)
const FLIGHT = /^(fled|flee|flees|fleeing|fui|fuient|fuyant|fuyaient|fuite|fuit|leaving|left|quittent|quittant|quitte|moved|moving|relocated|arriving|arrivent|displaced|deplaces|deplacees|deplacement|deplace|deplacent|abandon\w*|evacuated|evacues|refugi\w*|(ba|a|to|bo)kim(i|aki)|(wa|a|tu)(me|li|na|mesha)kimbia)$/;
function fledBeforeFighting(s: Signals, victims: Victims): boolean {
  if ((victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0) return false;
  if ((['kill', 'injure', 'abduct', 'sexual', 'loot', 'explosive', 'militaryUse'] as const).some((x) => s.has(x))) return false;
  const flights = s.all('displace').filter((h) => s.tokens.slice(h.start, h.end).some((t) => FLIGHT.test(t.norm)) && !s.all('armed').some((a) => a.end <= h.start && h.start - a.end <= 2));
  // ("moved to Lubero": the people's own moving word is no armed movement)
  const armedMoves = [...s.all('fighting'), ...s.all('movement').filter((m) => !flights.some((f) => f.start === m.start))];
  if (flights.length === 0 || armedMoves.length === 0) return false;
  return flights[0]!.start < Math.min(...armedMoves.map((h) => h.start));
}

// An IDP site entered by armed men firing, its residents beaten there, or its attack said imminent: an attack on the site.
// ("Soldiers shot in the air to disperse the crowd at Beni market": no site, no attack on one.)
// (said as done or doing, not announced: "rumour that M23 will enter the camp tonight" is a threat)
const INTRUSION = /^(entered|entering|entres|irruption|envahi|envahie|envahis|invaded|invading|stormed|storming|firing|tirant|fired)$/;
function siteIntruded(s: Signals): boolean {
  if (!s.has('idpSite')) return false;
  const near = (h: SignalHit, w: number): boolean => s.all('idpSite').some((p) => Math.abs(p.start - h.start) <= w);
  // (an attack said imminent needs no armed men named: "menace d'attaque imminente sur le camp de Rhoe")
  // (not an attack only said as a purpose, "se regrouperaient à Lodjo pour attaquer le site cette nuit", "massing to attack
  // the camp tonight": the plan is the threat or the movement, reports33; categories/purpose-not-imminent.ts)
  const imminent = s.all('threat').some((h) => h.value.subType === 'threat_of_attack' && near(h, 8) && !attackAsPurposeOnly(s.tokens, h.start)) && (s.has('underway') || s.has('soon'));
  if (imminent) return true;
  if (!s.has('armed')) return false;
  const intruding = s.tokens.some((t, i) => INTRUSION.test(t.norm) && !/^(will|would|could|might|may|to|va|vont|pourrait|pourraient)$/.test(s.tokens[i - 1]?.norm ?? '') && s.all('idpSite').some((p) => Math.abs(p.start - i) <= 6));
  const beaten = s.all('torture').some((h) => near(h, 8));
  return intruding || beaten;
}

// "Taxes illégales et menaces des Wazalendo contre les commerçants": money taken under threat is the threat.
const EXTORTION = /^(extort|extorq|racket|ranconn|tax|impos|prelev|levi|contribution|cotisation|jeton|illegal|illegaux)/;
function taxedUnderThreat(s: Signals): boolean {
  return s.has('threat') && !s.has('attack') && !s.has('kill') && !s.has('injure') && s.all('loot').every((h) => EXTORTION.test(tokenOf(s, h)));
}

// "Pénurie d'eau au site de Lushagala, les déplacés réclament des citernes": needs of people already displaced, nobody fleeing.
const NEEDS = /^(penuries?|shortages?|lack|manque|manquent|besoins?|needs?|reclament|demanding|faim|hunger|starving|malnutrition|cholera|epidemi\w*|latrines|citernes?|water|eau|vivres|food|nourriture|distributions?)$/;
const PEOPLE_DISPLACED = /^(deplaces|deplacees|idps|idp|pdi|displaced|dplces|dplcs)$/;
function needsOnly(s: Signals, victims: Victims): boolean {
  if (victims.displaced !== null || !s.tokens.some((t) => NEEDS.test(t.norm))) return false;
  return s.all('displace').every((h) => PEOPLE_DISPLACED.test(tokenOf(s, h)) && h.end - h.start === 1);
}

// "two relatives of an NGO driver abducted", "la femme d'un agent de MSF": the staff member's family was harmed, not the staff.
const KIN = /^(relatives?|family|families|famille|proches?|wife|husband|femme|epouse|mari|sons?|daughters?|fils|filles?|brothers?|sisters?|freres?|soeurs?|parents|children|enfants|kin|members|membres)$/;
function relativesOfStaff(s: Signals): boolean {
  return s.all('humanitarian').every((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 6; k--) if (KIN.test(s.tokens[k]!.norm) && /^(of|de|d|du|des)$/.test(s.tokens[k + 1]?.norm ?? '')) return true;
    return false;
  });
}
