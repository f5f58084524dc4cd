import type { Veille } from '../context.js';
import { sectionById } from '../context.js';
import { computeSectionDigests } from '../digests/compute.js';
import type { AlertItem, SectionDigest } from '../digests/types.js';
import { localToUtc, sectionZone } from '../followup/time.js';
import { recordEvent } from '../store/events.js';
import type { Caller } from './auth.js';
import { ApiError, invalid } from './errors.js';
import { iso } from './representation.js';

/**
 * A section's digest figures for a local day, computed by the digests code as for the Slack post:
 * the 24 hours ending at the section's digest time that day (or now, for a day not yet due).
 * Without restricted:read, restricted alerts are counts only (the sanitised view) in every section.
 */
export function digestFigures(veille: Veille, caller: Caller, sectionId: string, date: string) {
  const section = sectionById(veille, sectionId);
  if (!section) throw new ApiError(404, 'not_found', `No section "${sectionId.slice(0, 60)}".`, 'section');
  const dueAt = /^\d{4}-\d{2}-\d{2}$/.test(date) ? localToUtc(date, section.digest.time, sectionZone(section, veille.mission.timeZone)) : null;
  if (dueAt === null || !Number.isFinite(dueAt)) throw invalid('date', 'date: a day YYYY-MM-DD.');
  const now = veille.clock.now();
  const end = Math.min(dueAt, now);
  const restrictedRead = caller.can('restricted:read');
  const [figures] = computeSectionDigests(veille, [section], { end, now, view: restrictedRead ? 'own' : 'sanitised' });
  recordDigestReveals(veille, caller, figures!);
  return { section: section.id, date, dueAt: iso(dueAt), complete: dueAt <= now, figures: figures! };
}

/** A restricted section's own digest names restricted alerts: each is a restricted read, audited. */
function recordDigestReveals(veille: Veille, caller: Caller, figures: SectionDigest): void {
  const lists: AlertItem[][] = [figures.newAlerts.items, figures.open.items, figures.closed.items, figures.hrddp.items];
  const ids = [...new Set(lists.flat().filter((item) => item.restricted).map((item) => item.id))];
  if (ids.length === 0) return;
  const at = veille.clock.now();
  veille.db.transaction(() => {
    for (const id of ids) recordEvent(veille.db, { alertId: id, at, actor: caller.actor, type: 'revealed', data: { surface: 'api_digest', token: caller.token.name, section: figures.sectionId } });
  })();
}
