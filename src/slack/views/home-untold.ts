import type { KnownBlock } from '@slack/types';
import type { Veille } from '../../context.js';
import type { Alert } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';
import { getAlert } from '../../alerts/service.js';
import { closedAlerts, closedWithoutTelling } from '../../reporter/informed.js';
import { formatTime } from '../format/time.js';
import { t } from '../i18n/index.js';
import { categoryText } from './format.js';
import { mrkdwn } from './mrkdwn.js';

/**
 * App Home, for section leads: the alerts closed in the last 7 days in the sections they lead whose
 * reporter asked to hear back and was not told (src/reporter/informed.ts), so someone tells them.
 * A restricted alert the lead may not read is a count, as in a non-restricted channel's digest.
 */

const WEEK = 7 * 86_400_000;
const SHOWN = 8;

export function untoldBlocks(veille: Veille, user: string, language: Language, mayRead: (alert: Alert) => boolean): KnownBlock[] {
  const { db, mission, clock } = veille;
  const led = new Set(mission.sections.filter((s) => s.leads.includes(user)).map((s) => s.id));
  if (led.size === 0) return [];
  const now = clock.now();
  const h = t(language).home;
  const untold = closedWithoutTelling(closedAlerts(db, mission, now - WEEK, now + 1)).filter((c) => c.sections.some((s) => led.has(s.sectionId)));
  const readable: string[] = [];
  let counted = 0;
  // The latest closing first.
  for (const closing of [...untold].reverse()) {
    const alert = getAlert(db, closing.alertId);
    if (!alert || !mayRead(alert)) {
      counted += 1;
      continue;
    }
    readable.push(h.untoldLine(alert.reference, categoryText(alert, language), formatTime(closing.closedAt, mission.timeZone, language)));
  }
  const lines = [h.untoldHead(untold.length), untold.length ? h.untoldHint : h.none, ...readable.slice(0, SHOWN)];
  if (readable.length > SHOWN) lines.push(t(language).digest.moreOther(readable.length - SHOWN));
  if (counted) lines.push(h.untoldRestricted(counted));
  return [{ type: 'divider' }, { type: 'section', text: mrkdwn(lines.join('\n')) }];
}
