import { readNumber } from '../numbers.js';
import { unitOnlyTelling } from './unit-heading.js';
import { childrenAmongFled } from './children-among-fled.js';
import { peacekeepersAsDoers } from './peacekeepers-as-doers.js';
import { withoutHarmSaidNone } from './harm-said-none.js';
import { siteHarmSignals } from './site-unharmed.js';
import { aidTeamOnErrandHarmed } from './aid-team-errand.js';
import { harmOutsideSite } from './outside-site.js';
import { attackOnlyExpected } from './announced-attack.js';
import { ordnanceHandledByPeacekeepers } from './ordnance-handled.js';
import { armedInsideFacility } from './armed-in-facility.js';
import { armedEnteredFacility, staffHarmedInRaidedFacility } from './staff-in-facility.js';
import { awayFromPost, staffHarmedAwayFromPost, staffOfFacility } from './staff-away-from-post.js';
import { takenAndBeaten } from './taken-and-beaten.js';
import { parentWithChildren } from './parent-with-children.js';
import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';
import { PhraseIndex, type PhraseHit } from '../phrases.js';
import { SIGNAL_KEYWORDS, type Keyword, type Signal } from './keywords.js';
import { FAMILY_KEYWORDS } from './keyword-families.js';
import { FEARED_ATTACK } from './signal-hits.js';
import { causeStart, CAUSE_WORDS, killingReported, openingCauseEnd } from './causes.js';
import { closedToCommunity, communalClash, expelOnly, twoCommunities } from './communities.js';
import { robbedAndHurt } from '../constructions/everyday-traffic-2.js';
import { explosiveFoundOnly, fleeingDanger, protestBlock, theftOnly } from '../constructions/tolls-and-danger.js';
import { rerankQuickLine } from './rerank-quick-line.js';
import { beatingAfterOtherHarm } from './beating-after-harm.js';
import { robberyWounds } from '../constructions/everyday-kivu.js';
import { facilityTurnedIntoBase } from './facility-turned.js';

export { killingReported };

export interface SignalValue {
  signal: Signal;
  subType: string | null;
}
export type SignalHit = PhraseHit<SignalValue>;

/** One index for every keyword, so a longer phrase of one signal hides a shorter one of another. */
export function createSignalIndex(): PhraseIndex<SignalValue> {
  const index = new PhraseIndex<SignalValue>();
  for (const [signal, keywords] of Object.entries(SIGNAL_KEYWORDS) as Array<[Signal, (typeof SIGNAL_KEYWORDS)[Signal]]>) {
    for (const keyword of keywords) {
      const [phrase, subType] = typeof keyword === 'string' ? [keyword, null] : keyword;
      index.add(phrase, { signal, subType });
    }
  }
  for (const [signal, keywords] of Object.entries(FAMILY_KEYWORDS) as Array<[Signal, readonly Keyword[]]>) {
    for (const keyword of keywords) {
      const [phrase, subType] = typeof keyword === 'string' ? [keyword, null] : keyword;
      index.add(phrase, { signal, subType });
    }
  }
  return index;
}

/** The signals found in a text, with helpers for "is X near Y". */
export class Signals {
  private readonly by = new Map<Signal, SignalHit[]>();

  constructor(
    hits: readonly SignalHit[],
    readonly tokens: readonly Token[],
  ) {
    for (const hit of hits) {
      const list = this.by.get(hit.value.signal);
      if (list) list.push(hit);
      else this.by.set(hit.value.signal, [hit]);
    }
  }

  has(signal: Signal): boolean {
    return this.by.has(signal);
  }

  all(signal: Signal): readonly SignalHit[] {
    return this.by.get(signal) ?? [];
  }

  /** The same hits with those `change` names given another signal (null keeps a hit as it is). */
  retagged(change: (hit: SignalHit) => Signal | null): Signals {
    const hits = [...this.by.values()].flat().map((h) => {
      const to = change(h);
      return to ? { ...h, value: { signal: to, subType: null } } : h;
    });
    return new Signals(hits, this.tokens);
  }

  firstSubType(signal: Signal): string | null {
    return this.all(signal).find((h) => h.value.subType)?.value.subType ?? null;
  }

  /** Some hit of `a` within `window` words of some hit of `b`, in the same sentence. */
  near(a: Signal, b: Signal | readonly Signal[], window: number): boolean {
    if (!this.by.has(a)) return false; // (asked of every report, mostly of signals it does not have)
    const others = (typeof b === 'string' ? [b] : b).flatMap((s) => this.all(s));
    return this.all(a).some((x) => others.some((y) => distance(x, y) <= window && this.sameSentence(x, y)));
  }

  private sameSentence(x: SignalHit, y: SignalHit): boolean {
    const [from, to] = x.start < y.start ? [x.end, y.start] : [y.end, x.start];
    for (let i = from; i <= to && i < this.tokens.length; i++) if (this.tokens[i]!.stopBefore) return false;
    return true;
  }
}

function distance(x: SignalHit, y: SignalHit): number {
  if (x.end <= y.start) return y.start - x.end;
  if (y.end <= x.start) return x.start - y.end;
  return 0;
}

// Attack words that only say shots were fired (a clash has them too): "tirs nourris", "heavy gunfire".
const GUNFIRE = /^(tirs?|gunfire|gunshots?|shooting|shots?|coups|fusillades?|crepitements?|detonations?|crossfire|cross|feux|artillery|artillerie|obus|mortiers?|mortars?|shelling|shelled|small|arms|burst)$/;
const VIOLATIONS: readonly Signal[] = ['kill', 'injure', 'abduct', 'sexual', 'recruit'];
const HARM: readonly Signal[] = ['kill', 'injure', 'attack', 'abduct', 'loot', 'sexual', 'explosive'];
// Schools and hospitals attacked, looted, burnt, mined or taken over by armed forces (military use): see onFacility.
// An explosive found near a school is an explosive hazard, not an attack on the school.

export interface CategoryReading {
  category: CategoryId;
  subType: string | null;
}

/**
 * Every category the signals support, gravest and most specific first (see `decideCategory`).
 * The first is the reading; the others are what a reporter might have meant instead.
 */
export function rankCategories(told: Signals, victims: Victims): CategoryReading[] {
  // "FARDC sleeping in the school at Rubaya", "des militaires logent dans l'église": armed men sheltering in a building use it.
  const armedShelter = (h: SignalHit): boolean => h.value.signal === 'displace' && h.value.subType === 'shelter' && told.all('armed').some((a) => a.end <= h.start && h.start - a.end <= 2);
  const s = told.all('displace').some(armedShelter) ? told.retagged((h) => (armedShelter(h) ? 'militaryUse' : null)) : told;
  const out: CategoryReading[] = [];
  const push = (category: CategoryId, subType: string | null): void => {
    if (!out.some((r) => r.category === category)) out.push({ category, subType });
  };
  // A keyword counts unless the text says nobody: "no one was killed" is not a killing.
  const killed = (victims.killed ?? 0) > 0 || (killingReported(s) && victims.killed === null);
  const injured = (victims.injured ?? 0) > 0 || (s.has('injure') && victims.injured === null);
  // A road accident, a flood, a landslide harmed people but nobody attacked them.
  const mishap = isMishap(s);
  const casualties = (killed || injured) && !mishap;
  const harmSubType = killed ? 'killing' : injured ? 'maiming' : null;

  // "fled after the fighting", "tension after a cattle theft": what follows "after" is the cause,
  // and a lesser incident named only there gives way to the one reported (gravest harm still wins).
  const cause = causeStart(s);
  // "Following clashes between M23 and Wazalendo, 3,000 people fled": an opening cause ends at its comma.
  const opening = openingCauseEnd(s.tokens);
  const later: CategoryReading[] = [];
  const lead = (signal: Signal): boolean => s.all(signal).some((h) => h.start >= opening && h.start < cause);
  const maybe = (signals: readonly Signal[], category: CategoryId, subType: string | null): void => {
    if (!signals.some((x) => s.has(x))) return;
    if (signals.some(lead)) push(category, subType);
    else if (!later.some((r) => r.category === category)) later.push({ category, subType });
  };
  // A grenade thrown at people is an attack with a weapon, not an explosive hazard.
  const grenadeAttack = s.all('explosive').length > 0 && s.all('explosive').every((h) => h.value.subType === 'grenade_attack' || h.value.subType === 'grenade');
  const thrown = grenadeAttack && s.all('explosive').some((h) => h.value.subType === 'grenade_attack');

  const child = mishap && !hasSexualViolence(s) && !s.has('recruit') ? null : childViolation(s, victims);
  // "IDP camp shelled, 9 dead incl. children", "stray shells on the site, 3 kids hurt": the attacked site names the
  // incident (critical), the children among its victims stay counted; rapes in the raid stay CRSV first (restricted).
  if (idpSiteAttacked(s) && !s.has('recruit') && !hasSexualViolence(s)) push('attack_on_idp_site', 'idp_camp');
  if (child) push('child_violation', child);
  if (hasSexualViolence(s)) push('crsv', s.firstSubType('sexual'));
  // ("site calm except one drunk soldier firing in the air …, no injuries": no harm done at the site, site-unharmed.ts)
  if (s.has('idpSite') && HARM.some((h) => siteHarmSignals(s).has(h)) && !mishap && !extortionOnly(s) && !communalClash(s) && !explosiveFoundOnly(s) && !theftOnly(s) && !mineNearSite(s)) push('attack_on_idp_site', 'idp_camp');
  if (peacekeepersTargeted(s)) push('attack_on_peacekeepers', harmSubType);
  if (humanitariansTargeted(s)) push('attack_on_humanitarians', harmSubType);
  if (s.has('explosive') && !thrown) push('explosive_hazard', s.firstSubType('explosive'));
  // Ill-treatment that injured is torture; a killing stays an attack.
  // A detainee hurt in custody with no attack named ("un détenu hospitalisé avec la mâchoire fracturée après un passage au cachot") was ill-treated.
  // ("beaten and stabbed", "battu et poignardé": a stab or gunshot wound is an attack with a weapon, not ill-treatment)
  // ("two wounded by police bullets", "blessés par balles lors de la dispersion": the weapon said after the wound, reports42)
  const armedWound = s.all('injure').some((h) => /^(stabbed|poignard\w*|machett\w*|shot|gunshot|balle|balles)$/.test(s.tokens[h.start]!.norm) || weaponAfter(s.tokens, h.end));
  const toldFirst = beatingAfterOtherHarm(s);
  if (injured && !killed && !armedWound && toldFirst && !(toldFirst === 'looting_destruction' && s.has('attack'))) push(toldFirst, toldFirst === 'looting_destruction' ? s.firstSubType('loot') : null);
  // (people taken and someone beaten: the abduction names the report, categories/taken-and-beaten.ts)
  if (injured && !killed && !armedWound && s.has('torture') && takenAndBeaten(s, victims)) push('abduction', null);
  if (injured && !killed && !armedWound && !toldFirst && (s.has('torture') || (s.has('detention') && !s.has('attack') && !s.has('fighting')))) push('torture_ill_treatment', null);
  // "tension à Djugu après le meurtre d'un berger": a killing named only as the cause of a tension,
  // threat or flight is context; the report is about what followed (the attack stays an alternative).
  const killingIsCause = cause < Infinity && ![...s.all('kill'), ...s.all('injure')].some((h) => h.start < cause) &&
    (['tension', 'threat', 'hate'] as const).some((x) => s.all(x).some((h) => h.start < cause));
  // ("des jeunes Lendu et Hema se sont affrontés après un vol de vaches, 2 blessés": two communities fighting is the tension, below)
  if (!mishap && !(casualties && communalClash(s)) && (robbedAndHurt(s, killed, injured, armedWound) || robberyWounds(s, killed, injured))) push('looting_destruction', s.firstSubType('loot'));
  if (casualties && communalClash(s)) push('intercommunal_tension', 'clashes');
  if (casualties && !killingIsCause) push('attack_on_civilians', harmSubType);
  else if (casualties) later.push({ category: 'attack_on_civilians', subType: harmSubType });
  if ((s.has('abduct') || (victims.abducted ?? 0) > 0) && victims.abducted !== 0) push('abduction', null);
  if (thrown) push('attack_on_civilians', null);
  // "market closed to Hutu vendors by Hunde youths", "les cultivateurs promettent de chasser les bouviers": one community
  // against another, nobody harmed and no armed group, is a tension (whatever closing, threat or "chasser" says it).
  // ("youths put up a roadblock against Nande traders": a road or market closed to one community is the same.)
  if ((twoCommunities(s) || closedToCommunity(s)) && !s.has('armed') && !s.has('humanitarian') && !s.has('peacekeeper') && !(['kill', 'injure', 'attack', 'loot', 'sexual', 'abduct', 'hate'] as const).some((x) => s.has(x) && !(x === 'hate' && expelOnly(s)))) push('intercommunal_tension', null);
  // People fleeing fighting or a rumoured attack, nobody harmed: the flight is the report (constructions/tolls-and-danger.ts).
  if (!mishap && fleeingDanger(s, casualties)) push('displacement', null);
  // An attack whose only harm is looting, arrests or beatings is named by that harm ("incursion, shops looted").
  const specific = !mishap && (s.has('loot') || s.has('detention') || s.has('torture'));
  // "Accrochage entre Nyatura et FDLR, tirs nourris": gunfire heard in a clash between armed men,
  // nobody harmed, is the fighting (an attack on civilians stays an alternative).
  if (s.has('attack') && s.has('armed') && lead('fighting') && !casualties && s.all('attack').every((h) => GUNFIRE.test(s.tokens[h.start]!.norm))) push('armed_group_movement', 'fighting');
  // "Mouvement des M23 vers Kibirizi, colonne de 200 éléments, attaque imminente": armed men on the move with an attack only
  // said imminent, nobody harmed yet, is the movement (critical all the same: the attack is imminent).
  // ("attack looks imminent", "l'attaque semble imminente": one verb of seeming between)
  const saidImminent = (h: SignalHit): boolean => /^imminent/.test(s.tokens[h.end]?.norm ?? '') || /^imminent/.test(s.tokens[h.start - 1]?.norm ?? '') || (/^(looks|seems|appears|is|semble|parait|est|jugee)$/.test(s.tokens[h.end]?.norm ?? '') && /^imminent/.test(s.tokens[h.end + 1]?.norm ?? ''));
  const imminentOnly = s.has('attack') && !casualties && s.all('attack').every(saidImminent);
  if (imminentOnly && s.all('movement').some((h) => h.value.subType !== 'weak') && lead('movement') && !(['kill', 'injure', 'abduct', 'sexual', 'loot'] as const).some((x) => s.has(x))) push('armed_group_movement', null);
  if (!specific) maybe(['attack'], 'attack_on_civilians', null);
  if (thrown) push('explosive_hazard', 'grenade');
  if (!toldFirst) maybe(['torture'], 'torture_ill_treatment', null);
  // "denied the team access to the cachot": access is the incident (a checkpoint arrest stays a detention).
  if (s.has('access') && s.has('detention') && s.firstSubType('access') !== 'roadblock' && lead('access')) push('access_denial', null);
  maybe(['detention'], 'arbitrary_detention', null);
  if (!mishap) maybe(['loot'], 'looting_destruction', s.firstSubType('loot'));
  if (specific) maybe(['attack'], 'attack_on_civilians', null);
  maybe(['hate'], 'hate_speech_incitement', null);
  // "Attack on Tchabi expected within hours, FRPI elements massing nearby": an attack only expected, with armed men
  // on the move, is the movement (the threat of attack stays the alternative).
  const expectedOnly = attackOnlyExpected(s); // (categories/announced-attack.ts)
  // (a weak word right after the armed men speaks of them too: "ADF elms reported in the forest 3 km from Biakato … Attack
  // expected tonight", reports33)
  const sighted = (h: SignalHit): boolean => h.value.subType !== 'weak' || s.all('armed').some((a) => a.end <= h.start && h.start - a.end <= 1);
  if (s.has('threat') && expectedOnly && s.all('movement').some(sighted) && lead('movement')) push('armed_group_movement', null);
  if (s.has('threat') && lead('threat')) {
    const tagged = s.all('threat').map((h) => h.value.subType);
    const subType = tagged.includes('threat_of_attack')
      ? 'threat_of_attack'
      : s.near('threat', 'hrd', 4) ? 'human_rights_defender'
      : tagged.includes('death_threat') ? 'death_threat' : null;
    push('threat_intimidation', subType);
  }
  // "Hema and Lendu youth clashing": communities fighting each other, no armed group named.
  if (s.has('fighting') && s.near('fighting', 'community', 4) && !s.has('armed')) push('intercommunal_tension', 'clashes');
  // ("no access to Mangurujipa, bridge broken by rain": the weather cut the road, nobody denied access; main corpus: road cut by rains → other)
  if (!protestBlock(s) && !mishap) maybe(['access'], 'access_denial', s.firstSubType('access'));
  maybe(['tension'], 'intercommunal_tension', null);
  // "fighting nr Nyabiondo, abt 150 ppl moved to Masisi": nobody harmed and people counted fleeing, the flight is the report.
  if (!mishap && (victims.displaced ?? 0) > 0 && !casualties && !(['attack', 'loot', 'abduct', 'sexual', 'recruit', 'explosive', 'threat'] as const).some((x) => s.has(x))) push('displacement', null);
  // People on the move are displaced; armed people on the move are a movement.
  // Weak words ("signalés", "spotted") speak of a movement only next to armed people.
  const moving = s.all('movement').some((h) => h.value.subType !== 'weak' || s.all('armed').some((a) => a.end <= h.start && h.start - a.end <= 1));
  if (s.has('fighting') || (s.has('militaryUse') && ((s.has('armed') && (!s.has('displace') || s.all('armed').some((a) => s.all('militaryUse').some((u) => a.end <= u.start && u.start - a.end <= 3)))) || (!s.has('displace') && !s.has('child')))) || (moving && (!s.has('displace') || s.near('movement', 'armed', 6)))) {
    maybe(['movement', 'fighting', 'militaryUse'], 'armed_group_movement', s.has('fighting') ? 'fighting' : null);
  }
  if (!mishap) maybe(['displace'], 'displacement', null);
  if (s.has('threat') && !out.some((r) => r.category === 'threat_intimidation')) later.unshift({ category: 'threat_intimidation', subType: null });
  for (const r of later) push(r.category, r.subType);
  // "Attack feared on Kamango", "rumeurs d'incursion des M23": an early warning of an attack, when nothing else is reported.
  if (out.length === 0 && s.all('fear').some((h) => h.value.subType === FEARED_ATTACK)) push('threat_intimidation', 'threat_of_attack');
  return rerankQuickLine(out, s, victims);
}

/**
 * One category from the signals, by precedence: the most specific and gravest reading wins.
 *  1. child_violation — a grave violation against children (children near killing, maiming,
 *     abduction, sexual violence or recruitment; children counted among victims; a school or a
 *     hospital attacked, looted or used by armed forces; children denied aid) — unless the
 *     children are a part of wider casualties (see below).
 *  2. crsv — sexual violence; ahead of the rest so survivors' details stay restricted.
 *  3. attack_on_idp_site, 4. attack_on_peacekeepers, 5. attack_on_humanitarians — the target
 *     makes the incident specific (and an IDP-site attack is critical).
 *  6. explosive_hazard — an IED or ERW, even when it killed.
 *  7. attack_on_civilians when people were killed or injured: the gravest harm names the incident
 *     ("4 killed and 2 abducted" is an attack; the abduction still makes it high priority).
 *  8. abduction, 9. attack_on_civilians (an attack without casualties), 10. torture,
 *  11. arbitrary_detention, 12. looting_destruction, 13. hate_speech_incitement, 14. threat,
 *  15. access_denial, 16. armed_group_movement (incl. fighting), 17. intercommunal_tension,
 *  18. displacement — last, because displacement is usually the effect of one of the above.
 */
export function decideCategory(s: Signals, victims: Victims): CategoryReading | null {
  return rankCategories(s, victims)[0] ?? null;
}

/**
 * An IDP or PoC site attacked (raided, shot at, looted, shelled), even when the rapes of the raid make
 * it a CRSV case: critical by the priority rule. Rapes near a site, with no attack on it, are not.
 */
export function idpSiteAttacked(s: Signals): boolean {
  const harms = extortionOnly(s) ? (['attack', 'kill', 'explosive'] as const) : (['attack', 'kill', 'loot', 'explosive'] as const);
  // ("women … outside the site were attacked": outside-site.ts)
  return s.has('idpSite') && !isMishap(s) && !communalClash(s) && !explosiveFoundOnly(s) && !theftOnly(s) && !mineNearSite(s) && !harmOutsideSite(s) && (s.near('idpSite', harms, 8) || rapedInsideSite(s));
}

// "boy lost leg stepping on a landmine near Rumangabo camp": a mine that went off near a camp is an explosive hazard, not
// an attack on the camp (a shell that fell near it is left to the attack words).
const NEAR_SITE = /^(near|nr|nearby|outside|pres|proximite|abords|around|autour|close)$/;
function mineNearSite(s: Signals): boolean {
  if (!s.has('explosive') || s.has('attack') || s.has('kill') || s.has('armed')) return false;
  return s.all('idpSite').every((h) => [1, 2, 3].some((d) => NEAR_SITE.test(s.tokens[h.start - d]?.norm ?? '')));
}

// "des éléments CODECO violent des femmes ds le site de Djaiba", "armed men raped 3 women inside Bulengo camp": armed men
// who rape IN a site attack it; a rape near a site ("near", "outside", "en allant chercher du bois") does not.
const INSIDE = /^(dans|ds|in|inside|within|au|into)$/;
function rapedInsideSite(s: Signals): boolean {
  if (!s.has('sexual') || !s.has('armed')) return false;
  const inside = s.all('idpSite').some((h) => INSIDE.test(s.tokens[h.start - 1]?.norm ?? '') || (/^(le|la|les|the|l)$/.test(s.tokens[h.start - 1]?.norm ?? '') && INSIDE.test(s.tokens[h.start - 2]?.norm ?? '')));
  return inside && s.near('idpSite', 'sexual', 8);
}

// "displaced of the Rusayo site extorted every night": money taken under threat is extortion, no attack on the site.
function extortionOnly(s: Signals): boolean {
  return s.has('loot') && !s.has('attack') && !s.has('kill') && s.all('loot').every((h) => /^(extort|extorq|racket|ranconn|tax|impos|prelev|levi|forced|contraint|oblige|contribution|cotisation)/.test(s.tokens[h.start]!.norm));
}

/** A road accident, a flood, a fire of unknown cause: people harmed, but nobody attacked them. */
function isMishap(s: Signals): boolean {
  return s.has('natural') && !s.has('attack') && !s.has('armed') && !s.has('fighting') && !s.has('explosive');
}

/** Sexual violence named in the text, including "abused sexually" when no UN personnel is involved (that is SEA). */
export function hasSexualViolence(s: Signals): boolean {
  // A "relationship" is SEA only with UN personnel; between other adults it is no violence.
  const abuse = s.all('sea').some((h) => h.value.subType !== 'relationship');
  return s.has('sexual') || (abuse && !s.has('unPersonnel') && !s.has('peacekeeper'));
}

/** Children among the victims of a violation (not only among wider casualties). */
export function childVictims(s: Signals, victims: Victims): boolean {
  // ("2000 personnes ont fui, dont beaucoup de femmes et d'enfants": part of the displacement, children-among-fled.ts)
  if (childrenAmongFled(s, victims)) return false;
  const children = victims.childrenAffected ?? 0;
  // ("Enlèvement de 5 élèves et de leur enseignant": children most of those harmed are the victims named)
  // (children among people taken stay victims of the taking: C18, "took the nurse's husband and two boys")
  // ("ont tué 2 personnes et enlevé un garçon de 14 ans": the child is the one taken, right after the verb of taking, C18; reports42)
  const takenAmong = children > 0 && (victims.abducted ?? 0) >= children && ((victims.abducted ?? 0) >= Math.max(victims.killed ?? 0, victims.injured ?? 0) || childRightAfterTaking(s));
  // ("une maman et ses 2 bébés blessés": the children wounded with their parent are the victims, parent-with-children.ts;
  // killed with her, "un bébé et sa mère tués", the main corpus reads an attack on civilians, high either way)
  const amongOthers = !takenAmong && children > 0 && ((victims.killed ?? 0) > 0 || parentWithChildren(s.tokens) === null) && Math.max(victims.killed ?? 0, victims.injured ?? 0, victims.abducted ?? 0) > children && children * 2 <= Math.max(victims.killed ?? 0, victims.injured ?? 0, victims.abducted ?? 0) + 1;
  if (amongOthers) return false;
  // "Twelve bodies, mostly women and children": children named among a larger uncounted-by-age group.
  const counted = Math.max(victims.killed ?? 0, victims.injured ?? 0, victims.abducted ?? 0);
  // ("15 women and girls abducted", "20 femmes et enfants enlevés": children among people taken, C18; victims/counted-nouns.ts)
  if ((victims.abducted ?? 0) > 0 && victims.abducted === counted && s.all('child').some((h) => joinedToAdults(s.tokens, h.start) && countedWithAdults(s.tokens, h.start))) return true;
  if (victims.childrenAffected === null && counted >= 2 && !hasSexualViolence(s) && s.all('child').every((h) => joinedToAdults(s.tokens, h.start))) return false;
  // "kidnappé une dizaine de personnes dont des enfants", "took 8 people including kids": children among those taken (C18)
  if ((victims.abducted ?? 0) > 0 && s.all('child').some((h) => childrenIncluded(s.tokens, h.start))) return true;
  return (children > 0 && (VIOLATIONS.some((v) => s.has(v)) || hasSexualViolence(s) || (victims.abducted ?? 0) > 0)) || s.near('child', [...VIOLATIONS, 'sea'], 6);
}

function childRightAfterTaking(s: Signals): boolean {
  return s.all('abduct').some((a) => s.all('child').some((c) => c.start > a.start && c.start - a.end <= 2 && !s.tokens.slice(a.end, c.start).some((t) => t.breakBefore)));
}

const WEAPON = /^(bullets?|balles?|gunshots?|gunfire|machetes?|machettes?|knife|couteau|live|reelles?)$/;
function weaponAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k <= end + 3; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (WEAPON.test(tokens[k]!.norm)) return true;
  }
  return false;
}

const INCLUDING = /^(dont|including|incl|inclus|among|parmi|notamment|surtout|mostly|majoritairement)$/;
function childrenIncluded(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (/^(des|les|the|some|several|plusieurs|quelques|de|d|of|them|eux)$/.test(tokens[k]?.norm ?? '')) k--;
  if (/^(them|eux)$/.test(tokens[k]?.norm ?? '')) k--;
  return INCLUDING.test(tokens[k]?.norm ?? '');
}

// "15 women and girls", "20 femmes et enfants": the number right before the adults counts them all ("20 people including women and children" stays an abduction).
function countedWithAdults(tokens: readonly Token[], at: number): boolean {
  const adults = at - (['des', 'les', 'the'].includes(tokens[at - 1]?.norm ?? '') ? 3 : 2);
  for (let k = adults - 1; k >= 0 && k >= adults - 3; k--) {
    const n = readNumber(tokens, k);
    if (n && !n.article && n.next === adults) return true;
  }
  return false;
}
const ADULTS = new Set(['women', 'men', 'femmes', 'hommes', 'people', 'personnes', 'adults', 'adultes', 'elderly', 'vieillards', 'civilians', 'civils']);
function joinedToAdults(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (['des', 'les', 'the'].includes(tokens[k]?.norm ?? '')) k--;
  if (!['and', 'et'].includes(tokens[k]?.norm ?? '')) return false;
  k--;
  return ADULTS.has(tokens[k]?.norm ?? '');
}

// "Rape survivor arrived at Panzi hospital, attacked by …": the hospital was not the target.
function nearInClause(s: Signals, a: Signal, b: readonly Signal[], window: number, keep: (h: SignalHit) => boolean = () => true): boolean {
  if (!s.has(a)) return false;
  const others = b.flatMap((x) => s.all(x));
  return s.all(a).filter(keep).some((x) =>
    others.some((y) => {
      const [from, to] = x.start < y.start ? [x.end, y.start] : [y.end, x.start];
      if (to - from > window) return false;
      for (let i = from; i <= to && i < s.tokens.length; i++) {
        if (i > Math.min(x.start, y.start) && s.tokens[i]!.breakBefore) return false;
        if (i < to && CAUSE_WORDS.has(s.tokens[i]!.norm)) return false;
      }
      return true;
    }),
  );
}

/** The sub-type of a grave violation against children, or null when there is none. */
// A school or hospital attacked or looted, or used by armed men: "children camping at the school after the fire" is not military use.
// "nurse abducted by gunmen near Oicha health centre", "enlevé près de l'école": the facility says where, it was not the target.
const NEAR = /^(near|nearby|outside|behind|around|close|way|chemin|route|pres|proximite|abords|derriere|autour|loin|devant|vicinity)$/;
const CARRIED_TO = /^(evacuated|evacue|evacues|evacuee|evacuees|evacuation|taken|transferred|transfere|transferes|transferee|transferees|admitted|admis|admise|admises|treated|soigne|soignes|soignee|soignees|referred|refere|referes|rushed|conduit|conduits|conduite|amene|amenes|emmene|emmenes|emmenee|emmenees|transporte|transportes|brought|carried|achemine|achemines|hospitalised|hospitalized|hospitalise|hospitalises|internes?|died|succumbed|decede|decedee|succombe|succombee)$/; // ("died at Beni hospital": where a wounded one died, reports46)
function onFacility(s: Signals, facility: 'school' | 'hospital'): boolean {
  const civilians = !s.has('armed') && (s.has('displace') || s.has('child'));
  // ("3 wounded from the Mbau attack evacuated to Beni hospital": where the wounded were carried for care, not a target)
  // ("nurse of the Kalunguta health centre robbed on her way home": where the nurse works, staff-away-from-post.ts)
  if (facility === 'hospital' && awayFromPost(s.tokens) && s.all('hospital').every((h) => staffOfFacility(s.tokens, h.start))) return false;
  const target = (h: SignalHit): boolean => ![1, 2, 3, 4].some((d) => (NEAR.test(s.tokens[h.start - d]?.norm ?? '') || CARRIED_TO.test(s.tokens[h.start - d]?.norm ?? '')) && !s.tokens.slice(h.start - d + 1, h.start + 1).some((t) => t.breakBefore));
  // C13: looted or burnt by armed men or a named actor; with no armed actor named it is a theft ("thieves broke into the health centre").
  const harms: readonly Signal[] = facilityRaiders(s) ? ['attack', 'loot'] : ['attack'];
  // ("turned Ihusi primary school (Kalehe) into a base": the name and a bracket between, facility-turned.ts)
  // (armed men in it threatening its staff or firing there: armed-in-facility.ts)
  return nearInClause(s, facility, harms, 5, target) || headedFacility(s, facility, harms) || armedEnteredFacility(s, facility) || armedInsideFacility(s, facility) || (!civilians && (nearInClause(s, facility, ['militaryUse'], 5) || facilityTurnedIntoBase(s, facility)));
}

// C13's "armed men or a named actor" (reports23): "des inconnus" alone are neither ("l'école incendiée par des inconnus" is
// the looting); a group the actor list lacks, by its acronym next to the harm, is one ("FRPI looted the health centre",
// "pillé par les FRPI"). Read only when a school or a hospital is named.
const UNKNOWN_ONLY: ReadonlySet<string> = new Set(['inconnus', 'inconnu', 'inconnues', 'des', 'les', 'unknown', 'unknowns', 'people', 'persons', 'individuals', 'individus', 'strangers', 'unidentified', 'non', 'identifies']);
const NOT_A_GROUP: ReadonlySet<string> = new Set(['ONG', 'NGO', 'UN', 'ONU', 'MSF', 'CS', 'CSR', 'HGR', 'CICR', 'ICRC', 'OCHA', 'UNICEF', 'HCR', 'UNHCR', 'PAM', 'WFP', 'OMS', 'WHO', 'PNC', 'ANR', 'FC', 'USD', 'MONUSCO', 'UNPOL', 'EPP', 'EP', 'ISP', 'ITM']);
// ("unidentified men", "inconnus armés": men or arms said)
const ARMED_NEXT: ReadonlySet<string> = new Set(['men', 'hommes', 'gunmen', 'elements', 'elts', 'fighters', 'combattants', 'miliciens', 'militiamen', 'assailants', 'assaillants', 'armed', 'armes', 'arme']);
const ACRONYM_GROUP = /^[A-Z][A-Z-]{2,7}$/;
function facilityRaiders(s: Signals): boolean {
  if (!s.has('school') && !s.has('hospital')) return false;
  if (s.all('armed').some((h) => !s.tokens.slice(h.start, h.end).every((t) => UNKNOWN_ONLY.has(t.norm)) || ARMED_NEXT.has(s.tokens[h.end]?.norm ?? ''))) return true;
  return s.all('loot').some((h) => {
    const before = s.tokens[h.start - 1];
    const after = [1, 2, 3].map((d) => s.tokens[h.end + d - 1]).find((t) => t !== undefined && ACRONYM_GROUP.test(t.text));
    const by = after !== undefined && s.tokens.slice(h.end, h.end + 3).some((t) => t.norm === 'par' || t.norm === 'by');
    return (before !== undefined && ACRONYM_GROUP.test(before.text) && !NOT_A_GROUP.has(before.text)) || (by && !NOT_A_GROUP.has(after!.text));
  });
}

// "Butembo hospital: armed men came in at night and took medicines": a facility heading the report, the harm later in its clause.
function headedFacility(s: Signals, facility: 'school' | 'hospital', harms: readonly Signal[]): boolean {
  const head = s.all(facility).find((h) => h.start <= 3 && !s.tokens.slice(1, h.start + 1).some((t) => t.breakBefore));
  if (!head) return false;
  for (let i = head.end; i < s.tokens.length && !s.tokens[i]!.breakBefore && !CAUSE_WORDS.has(s.tokens[i]!.norm); i++) {
    if (harms.some((x) => s.all(x).some((y) => y.start === i))) return true;
  }
  return false;
}

function childViolation(s: Signals, victims: Victims): string | null {
  // "enfants soldats" is one phrase (tagged `recruitment`); "children recruited" is two signals.
  const recruited = s.firstSubType('recruit') === 'recruitment' || s.near('recruit', 'child', 8);
  const facility = onFacility(s, 'school') || onFacility(s, 'hospital');
  // "treated at the hospital after the raid": the raid is the cause, the hospital not its target.
  const denied = s.near('access', 'child', 8);
  if (!recruited && !facility && !denied && !childVictims(s, victims)) return null;
  if (recruited) return 'recruitment';
  if (s.near('child', ['sexual', 'sea'], 6)) return 'sexual_violence';
  if (s.near('child', 'abduct', 6)) return 'abduction';
  if (s.near('child', 'kill', 6) || (victims.killed ?? 0) > 0) return 'killing';
  if ((victims.abducted ?? 0) > 0) return 'abduction';
  if (s.near('child', 'injure', 6)) return 'maiming';
  if ((victims.injured ?? 0) > 0 && parentWithChildren(s.tokens) !== null) return 'maiming'; // ("a woman and her two young daughters wounded": parent-with-children.ts)
  if (onFacility(s, 'school')) return 'attack_on_school';
  if (onFacility(s, 'hospital')) return 'attack_on_hospital';
  if (denied) return 'denial_of_access';
  return (victims.crsvSurvivors ?? 0) > 0 ? 'sexual_violence' : null;
}

// (aid workers held at a barrier are targeted too: 'detention')
const STAFF_HARM: readonly Signal[] = ['kill', 'injure', 'attack', 'loot', 'sexual', 'explosive', 'torture', 'threat', 'detention'];
// Humanitarians near harm, unless they respond ("bodies collected by the Red Cross").
function humanitariansTargeted(s: Signals): boolean {
  // a nurse or aid worker beaten is attacked too ("driver beaten", "infirmier ligoté et frappé")
  const staffOnly = s.all('humanitarian').every((h) => h.value.subType === 'health_staff');
  if (staffOnly && s.has('abduct')) return false;
  // (C20 for a threat: "a nurse of the health post threatened by CODECO", no agency named and no other harm to them, is a threat)
  // (threatened and chased away, "menacés et chassés de Pinga", stays an attack on them)
  if (staffOnly && s.near('humanitarian', 'threat', 6) && !s.near('humanitarian', [...STAFF_HARM.filter((x) => x !== 'threat'), 'displace', 'access'], 6)) return false;
  if (staffHarmedInRaidedFacility(s, staffOnly)) return false; // (C13: the nurse of a health centre raided, staff-in-facility.ts)
  if (staffHarmedAwayFromPost(s, staffOnly)) return false; // (C20: "nurse of the X health centre robbed on her way home": staff-away-from-post.ts)
  // "gunmen killed a nurse on her way home": health staff killed away from any facility, no agency named, are civilians killed
  if (staffOnly && s.has('kill') && !s.has('hospital') && !s.has('injure')) return false;
  // (C20, hurt the same way: "a nurse shot in the leg by gunmen near Mavivi", no agency, no facility: a civilian hurt)
  if (staffOnly && s.has('injure') && !s.has('kill') && !s.has('hospital')) return false;
  // ("une équipe de la Croix-Rouge venue enterrer des corps à X a été prise à partie": the errand in between, aid-team-errand.ts)
  return !respondingOnly(s, 'humanitarian') && (s.near('humanitarian', staffOnly ? STAFF_HARM : [...HARM, 'torture', 'threat', 'detention'], 6) || aidTeamOnErrandHarmed(s));
}

// Every mention of the group is followed by a response ("peacekeepers repelled") or follows one ("repelled by peacekeepers").
function respondingOnly(s: Signals, who: Signal): boolean {
  return s.all(who).every((p) =>
    s.all('response').some((r) => (r.start >= p.end && r.start - p.end <= 2) || (r.end <= p.start && p.start - r.end <= (byBefore(s, p.start) ? 5 : 3) && s.tokens.slice(r.end, p.start).some((t) => t.norm === 'by' || t.norm === 'par'))),
  );
}

// "bodies found in the fields by Red Cross": the responder named right after "by" may stand further from what it did.
const byBefore = (s: Signals, at: number): boolean => BY.test(s.tokens[at - 1]?.norm ?? '') || (/^(la|le|l|the)$/.test(s.tokens[at - 1]?.norm ?? '') && BY.test(s.tokens[at - 2]?.norm ?? ''));
const BY = /^(by|par)$/;

// Peacekeepers near an attack, unless they are the ones responding ("peacekeepers repelled ...").
// "500 people ran to the MONUSCO base for protection": the base is where people fled, not a target.
const REFUGE_BEFORE = /^(ran|run|running|rushed|flocked|fled|flee|fleeing|fui|fuient|fuyant|refugi\w*|shelter\w*|sought|seeking|abri|couru|courent|accouru\w*|converg\w*|arriv\w*)$/;
const REFUGE_AFTER = /^(protection|safety|securite|refuge|shelter)$/;
function refugeAt(s: Signals, h: SignalHit): boolean {
  const t = s.tokens;
  return [1, 2, 3, 4, 5, 6].some((d) => REFUGE_BEFORE.test(t[h.start - d]?.norm ?? '')) || [0, 1, 2, 3, 4].some((d) => REFUGE_AFTER.test(t[h.end + d]?.norm ?? ''));
}
function peacekeepersTargeted(s: Signals): boolean {
  const responding = respondingOnly(s, 'peacekeeper');
  if (s.all('peacekeeper').every((h) => refugeAt(s, h))) return false;
  // (ordnance peacekeepers found or cleared is no attack on them: ordnance-handled.ts)
  if (ordnanceHandledByPeacekeepers(s)) return false;
  // ("blue helmets fired on protesters": they did the harm, peacekeepers-as-doers.ts)
  if (peacekeepersAsDoers(s)) return false;
  // ("INDBATT: shots heard around Rwindi, M23 advancing on Wazalendo positions": the unit tells, unit-heading.ts)
  if (unitOnlyTelling(s)) return false;
  // ("MONUSCO vehicles turned back, no injuries": a harm said none hurt nobody, harm-said-none.ts)
  // ("youths beat a MONUSCO driver", "seized a MONUSCO truck and beat the driver": the mission's own beaten, reports32)
  if (!responding && s.has('torture') && !s.has('detention') && (s.near('peacekeeper', 'torture', 5) || s.near('unPersonnel', 'torture', 5))) return true;
  return !responding && s.near('peacekeeper', ['attack', 'kill', 'injure', 'explosive', 'abduct', 'loot'], 8) && withoutHarmSaidNone(s).near('peacekeeper', ['attack', 'kill', 'injure', 'explosive', 'abduct', 'loot'], 8);
}

