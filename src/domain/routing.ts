import type { Place, Section } from '../config/mission.js';
import type { Sensitivity } from './alert.js';
import type { CategoryId } from './taxonomy.js';

export interface Route {
  sectionId: string;
  channel: string;
  /** A restricted alert is shown in full only to restricted sections; the others get a stub. */
  view: 'full' | 'stub';
  /**
   * Why the section got it: it receives the category, it must hear of host-state (HRDDP) alerts, or
   * it holds a restricted alert that no restricted section receives by category (`restricted:yes`).
   */
  reason: 'category' | 'hrddp' | 'restricted';
}

export interface RoutingFacts {
  category: CategoryId;
  sensitivity: Sensitivity;
  place: Place | null;
  hostState: boolean;
  /** Restricted categories a restricted case also belongs to (the one decision's `restrictedAlso`). */
  restrictedAlso?: readonly CategoryId[];
}

/**
 * Which sections receive an alert, and in which form. Pure: the rule of DESIGN.md "Routing and
 * confidentiality". A restricted alert is always held in full by at least one restricted section
 * (see `restrictedHolders`), so one marked restricted under a standard category is never lost.
 */
export function routeAlert(facts: RoutingFacts, sections: readonly Section[]): Route[] {
  const restricted = facts.sensitivity === 'restricted';
  const receivesCategory = (section: Section) => {
    const receives = (c: CategoryId) => section.receives.includes('*') || section.receives.includes(c);
    return receives(facts.category) || (restricted && (facts.restrictedAlso ?? []).some(receives));
  };
  const holders = restricted ? restrictedHolders(sections, receivesCategory, facts.place) : new Set<Section>();
  const routes: Route[] = [];
  for (const section of sections) {
    const byCategory = receivesCategory(section) && coversPlace(section, facts.place);
    const hrddp = facts.hostState && section.humanRights && coversPlace(section, facts.place);
    if (holders.has(section)) {
      routes.push({ sectionId: section.id, channel: section.channel, view: 'full', reason: byCategory ? 'category' : hrddp ? 'hrddp' : 'restricted' });
    } else if (byCategory || hrddp) {
      routes.push({
        sectionId: section.id,
        channel: section.channel,
        view: restricted && !section.restricted ? 'stub' : 'full',
        reason: byCategory ? 'category' : 'hrddp',
      });
    }
  }
  return routes;
}

/**
 * The restricted sections that hold a restricted alert in full, the first of these that is not
 * empty (each covering the alert's place):
 * 1. the restricted sections receiving its category (or a restricted category it also belongs to);
 * 2. else, for an alert marked restricted under a category no restricted section receives, the
 *    restricted sections the config names with `holdsRestricted`;
 * 3. else the restricted human-rights sections;
 * 4. else every restricted section.
 * The config check guarantees a restricted section without a place filter, so the last is never empty.
 */
function restrictedHolders(sections: readonly Section[], receivesCategory: (s: Section) => boolean, place: Place | null): Set<Section> {
  const candidates = sections.filter((s) => s.restricted && coversPlace(s, place));
  const tiers = [candidates.filter(receivesCategory), candidates.filter((s) => s.holdsRestricted === true), candidates.filter((s) => s.humanRights), candidates];
  return new Set(tiers.find((tier) => tier.length > 0) ?? []);
}

/** A section without places covers everywhere; one with places covers alerts placed there (any level). */
function coversPlace(section: Section, place: Place | null): boolean {
  if (section.places.length === 0) return true;
  if (!place) return false;
  const keys = new Set([place.id, place.fieldOffice, place.territory, place.province].map(lower));
  return section.places.some((p) => keys.has(lower(p)));
}

function lower(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Does a change of routing take details away from anyone who had them? True when a standard alert
 * becomes restricted, or a restricted one leaves a section that held it in full (DESIGN.md: it is
 * then restricted everywhere it already went). Making an alert standard takes nothing away.
 */
export function takesDetailsAway(
  before: { sensitivity: Sensitivity; routes: ReadonlyArray<{ sectionId: string; view: 'full' | 'stub' }> },
  after: { sensitivity: Sensitivity; routes: ReadonlyArray<{ sectionId: string; view: 'full' | 'stub' }> },
): boolean {
  if (after.sensitivity !== 'restricted') return false;
  if (before.sensitivity === 'standard') return true;
  const full = new Set(after.routes.filter((r) => r.view === 'full').map((r) => r.sectionId));
  return before.routes.some((r) => r.view === 'full' && !full.has(r.sectionId));
}
