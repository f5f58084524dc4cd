import type { Place, Section } from '../config/mission.js';
import type { Sensitivity } from './alert.js';
import type { CategoryId } from './taxonomy.js';

export interface Route {
  sectionId: string;
  channel: string;
  /** A restricted alert is shown in full only to restricted sections; the others get a stub. */
  view: 'full' | 'stub';
  /** Why the section got it: it receives the category, or it must hear of host-state (HRDDP) alerts. */
  reason: 'category' | 'hrddp';
}

export interface RoutingFacts {
  category: CategoryId;
  sensitivity: Sensitivity;
  place: Place | null;
  hostState: boolean;
  /** Restricted categories a restricted case also belongs to (the one decision's `restrictedAlso`). */
  restrictedAlso?: readonly CategoryId[];
}

/** Which sections receive an alert, and in which form. Pure: the rule of DESIGN.md "Routing and confidentiality". */
export function routeAlert(facts: RoutingFacts, sections: readonly Section[]): Route[] {
  const routes: Route[] = [];
  for (const section of sections) {
    const receives = (c: CategoryId) => section.receives.includes('*') || section.receives.includes(c);
    const receivesCategory = receives(facts.category) || (facts.sensitivity === 'restricted' && (facts.restrictedAlso ?? []).some(receives));
    const hrddp = facts.hostState && section.humanRights;
    if (!(receivesCategory || hrddp) || !coversPlace(section, facts.place)) continue;
    routes.push({
      sectionId: section.id,
      channel: section.channel,
      view: facts.sensitivity === 'restricted' && !section.restricted ? 'stub' : 'full',
      reason: receivesCategory ? 'category' : 'hrddp',
    });
  }
  return routes;
}

/** A section without places covers everywhere; one with places covers alerts placed there (any level). */
export function coversPlace(section: Section, place: Place | null): boolean {
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
