import type { Victims } from '../domain/alert.js';
import type { CategoryId } from '../domain/taxonomy.js';
import type { Token } from './normalize.js';
import { PhraseIndex, type PhraseHit } from './phrases.js';
import { SIGNAL_KEYWORDS, type Signal } from './keywords.js';

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

  firstSubType(signal: Signal): string | null {
    return this.all(signal).find((h) => h.value.subType)?.value.subType ?? null;
  }

  /** Some hit of `a` within `window` words of some hit of `b`, in the same sentence. */
  near(a: Signal, b: Signal | readonly Signal[], window: number): boolean {
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

const VIOLATIONS: readonly Signal[] = ['kill', 'injure', 'abduct', 'sexual', 'recruit'];
const HARM: readonly Signal[] = ['kill', 'injure', 'attack', 'abduct', 'loot', 'sexual', 'explosive'];

/**
 * One category from the signals, by precedence: the most specific and gravest reading wins.
 *  1. child_violation — a grave violation against children (children near killing, maiming,
 *     abduction, sexual violence or recruitment; children counted among victims; a school
 *     attacked) — unless the children are a part of wider casualties (see below).
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
export function decideCategory(s: Signals, victims: Victims): { category: CategoryId; subType: string | null } | null {
  // A keyword counts unless the text says nobody: "no one was killed" is not a killing.
  const killed = (victims.killed ?? 0) > 0 || (s.has('kill') && victims.killed === null);
  const injured = (victims.injured ?? 0) > 0 || (s.has('injure') && victims.injured === null);
  const casualties = killed || injured;
  const harmSubType = killed ? 'killing' : injured ? 'maiming' : null;

  const children = victims.childrenAffected ?? 0;
  // "5 killed including 2 children": the incident is wider than the children; it stays an attack
  // (children still counted in childrenAffected) so the whole PoC chain sees it in full.
  const childrenAmongOthers = children > 0 && Math.max(victims.killed ?? 0, victims.injured ?? 0, victims.abducted ?? 0) > children;
  const childVictims = children > 0 && !childrenAmongOthers && VIOLATIONS.some((v) => s.has(v));
  // "enfants soldats" is one phrase (tagged `recruitment`); "children recruited" is two signals.
  const recruitedChildren = s.firstSubType('recruit') === 'recruitment' || s.near('recruit', 'child', 4);
  const childrenHarmed = !childrenAmongOthers && s.near('child', VIOLATIONS, 6);
  if (childVictims || recruitedChildren || childrenHarmed || s.near('school', ['attack', 'loot', 'explosive'], 4)) {
    const subType = recruitedChildren
      ? 'recruitment'
      : s.near('child', 'sexual', 6) ? 'sexual_violence'
      : s.near('child', 'abduct', 6) ? 'abduction'
      : s.near('child', 'kill', 6) || (victims.killed ?? 0) > 0 ? 'killing'
      : s.near('child', 'injure', 6) ? 'maiming'
      : s.near('school', ['attack', 'loot', 'explosive'], 4) ? 'attack_on_school' : null;
    return { category: 'child_violation', subType };
  }
  if (s.has('sexual')) return { category: 'crsv', subType: s.firstSubType('sexual') };
  if (s.has('idpSite') && HARM.some((h) => s.has(h))) return { category: 'attack_on_idp_site', subType: 'idp_camp' };
  if (peacekeepersTargeted(s)) return { category: 'attack_on_peacekeepers', subType: harmSubType };
  if (s.near('humanitarian', HARM, 6)) return { category: 'attack_on_humanitarians', subType: harmSubType };
  if (s.has('explosive')) return { category: 'explosive_hazard', subType: s.firstSubType('explosive') };
  if (casualties) return { category: 'attack_on_civilians', subType: harmSubType };
  if (s.has('abduct')) return { category: 'abduction', subType: null };
  if (s.has('attack')) return { category: 'attack_on_civilians', subType: null };
  if (s.has('torture')) return { category: 'torture_ill_treatment', subType: null };
  if (s.has('detention')) return { category: 'arbitrary_detention', subType: null };
  if (s.has('loot')) return { category: 'looting_destruction', subType: s.firstSubType('loot') };
  if (s.has('hate')) return { category: 'hate_speech_incitement', subType: null };
  if (s.has('threat')) {
    const tagged = s.all('threat').map((h) => h.value.subType);
    const subType = tagged.includes('threat_of_attack')
      ? 'threat_of_attack'
      : s.near('threat', 'hrd', 4) ? 'human_rights_defender'
      : tagged.includes('death_threat') ? 'death_threat' : null;
    return { category: 'threat_intimidation', subType };
  }
  if (s.has('access')) return { category: 'access_denial', subType: s.firstSubType('access') };
  if (s.has('tension')) return { category: 'intercommunal_tension', subType: null };
  if (s.has('movement') || s.has('fighting')) return { category: 'armed_group_movement', subType: s.has('fighting') ? 'fighting' : null };
  if (s.has('displace')) return { category: 'displacement', subType: null };
  return null;
}

// Peacekeepers near an attack, unless they are the ones responding ("peacekeepers repelled ...").
function peacekeepersTargeted(s: Signals): boolean {
  const responding = s.all('peacekeeper').every((p) => s.all('response').some((r) => r.start >= p.end && r.start - p.end <= 2));
  return !responding && s.near('peacekeeper', ['attack', 'kill', 'injure', 'explosive', 'abduct'], 5);
}
