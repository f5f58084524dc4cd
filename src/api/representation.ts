import { maskContacts } from '../domain/redact.js';
import type { Mission, Place } from '../config/mission.js';
import type { Alert } from '../domain/alert.js';
import { detailHolders } from '../domain/permissions.js';
import type { AlertEvent } from '../store/events.js';
import type { components } from './schema.js';

/** How alerts look to API clients: in full, or as the restricted stub DESIGN.md allows everywhere. */

type Schemas = components['schemas'];
export type AlertView = Schemas['AlertFull'] | Schemas['AlertStub'];
export type RouteRow = { sectionId: string; view: 'full' | 'stub' };

export const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** Restricted details (and any source identity) only with restricted:read. */
export function showsDetails(alert: Pick<Alert, 'sensitivity'>, restrictedRead: boolean): boolean {
  return alert.sensitivity === 'standard' || restrictedRead;
}

/** Whether showing this alert to this caller reveals something confidential: that read is audited. */
export function isRestrictedRead(alert: Pick<Alert, 'sensitivity' | 'sourceDetail'>, restrictedRead: boolean): boolean {
  return restrictedRead && (alert.sensitivity === 'restricted' || alert.sourceDetail !== null);
}

/** `duplicateShown`: false when the alert it duplicates is restricted and the caller lacks restricted:read. */
export function alertView(alert: Alert, place: Place | null, routes: RouteRow[], mission: Mission, restrictedRead: boolean, duplicateShown = true): AlertView {
  if (!showsDetails(alert, restrictedRead)) {
    return {
      detail: 'stub',
      reference: alert.reference,
      createdAt: iso(alert.createdAt),
      category: alert.category,
      priority: alert.priority,
      status: alert.status,
      sensitivity: 'restricted',
      territory: place ? territoryOf(place) : null,
      province: place?.province ?? null,
      heldBy: detailHolders(routes, mission.sections).map((s) => s.id),
    };
  }
  return {
    detail: 'full',
    reference: alert.reference,
    createdAt: iso(alert.createdAt),
    updatedAt: iso(alert.updatedAt),
    occurredAt: isoOrNull(alert.occurredAt),
    reportedBy: alert.reportedBy,
    reportedVia: alert.reportedVia,
    place: place ? { id: place.id, name: place.name, level: place.level, territory: place.territory, province: place.province, fieldOffice: place.fieldOffice, forceSector: place.forceSector } : null,
    locationText: shown(alert.locationText, restrictedRead),
    category: alert.category,
    subType: alert.subType,
    perpetrators: alert.perpetrators.map((p) => ({ actorId: p.actorId, name: shown(p.name, restrictedRead)! })),
    hostState: alert.hostState,
    victims: { ...alert.victims },
    priority: alert.priority,
    priorityOverridden: alert.priorityOverridden,
    sourceType: alert.sourceType,
    ...(restrictedRead ? { sourceDetail: alert.sourceDetail } : {}),
    verification: alert.verification,
    status: alert.status,
    closureReason: alert.closureReason,
    duplicateOf: alert.duplicateOf === null || !duplicateShown ? null : `${mission.referencePrefix}-${alert.duplicateOf}`,
    sensitivity: alert.sensitivity,
    owner: alert.owner,
    description: shown(alert.description, restrictedRead)!,
    language: alert.language,
    sections: routes.map((r) => ({ section: r.sectionId, view: r.view })),
  };
}

/** A province entry's "territory" is the province itself: a stub names no territory then. */
export function territoryOf(place: Place): string | null {
  return place.level === 'province' ? null : place.territory;
}

export function eventView(event: AlertEvent, restrictedRead = true): Schemas['Event'] {
  return { at: iso(event.at), actor: event.actor, type: event.type, data: restrictedRead ? event.data : maskData(event.data) };
}

/**
 * Free text as a caller without `restricted:read` may see it: phone numbers and e-mail addresses
 * masked, as in every Slack post. Trusted mission systems (with `restricted:read`) get it as typed.
 */
export function shown(text: string | null, restrictedRead: boolean): string | null {
  return text === null || restrictedRead ? text : maskContacts(text);
}

function maskData(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data, (_key, value) => (typeof value === 'string' ? maskContacts(value) : value)));
}

export function receiptOf(alert: Alert, place: Place | null, routes: RouteRow[], warnings: string[], replayed: boolean): Schemas['Receipt'] {
  return {
    reference: alert.reference,
    createdAt: iso(alert.createdAt),
    category: alert.category,
    priority: alert.priority,
    sensitivity: alert.sensitivity,
    status: alert.status,
    place: place ? { id: place.id, name: place.name, territory: place.territory, province: place.province } : null,
    sections: routes.map((r) => ({ section: r.sectionId, view: r.view })),
    warnings,
    replayed,
  };
}
