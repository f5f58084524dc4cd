import { listAlerts, routesOf } from '../../alerts/service.js';
import { detailHolders } from '../../domain/permissions.js';
import { placeById, type Veille } from '../../context.js';
import type { MembershipCheck } from '../../alerts/access.js';
import { categoryText, placeLabel, PRIORITY_EMOJI, territoryLabel } from './format.js';
import { escapeMrkdwn, mrkdwn, plain } from './mrkdwn.js';
import { capitalise } from './card.js';

const SHOWN = 15;

/** The Home tab: the user's own open reports, then the open alerts of sections they sit in. */
export async function renderHome(veille: Veille, user: string, isMember: MembershipCheck): Promise<Record<string, unknown>> {
  const mine = listAlerts(veille.db, { open: true, limit: 500 }).filter((a) => a.reportedBy === user || a.owner === user);
  const sections = [];
  for (const section of veille.mission.sections) if (await isMember(section.channel, user)) sections.push(section);
  const queue = sections.length ? listAlerts(veille.db, { open: true, sectionIds: sections.map((s) => s.id), limit: SHOWN * 2 }) : [];
  const restrictedHeld = new Set(sections.filter((s) => s.restricted).map((s) => s.id));
  const line = (a: (typeof mine)[number], full: boolean) => {
    const place = placeById(veille, a.placeId);
    const head = `${PRIORITY_EMOJI[a.priority]} *${a.reference}* · ${categoryText(a)}`;
    return full ? `${head} · ${escapeMrkdwn(placeLabel(place, a.locationText))} · ${capitalise(a.status)}` : `🔒 ${head} · ${escapeMrkdwn(territoryLabel(place))}`;
  };
  const blocks: unknown[] = [
    { type: 'header', text: plain(`Veille — ${veille.mission.name}`) },
    { type: 'section', text: mrkdwn(`*My open alerts* (${mine.length})\n${mine.slice(0, SHOWN).map((a) => line(a, true)).join('\n') || '_Nothing open that you reported or own._'}`) },
  ];
  if (sections.length) {
    const visible = queue.slice(0, SHOWN).map((a) => {
      const full = a.sensitivity === 'standard' || a.reportedBy === user || detailHolders(a, routesOf(veille.db, a.id), veille.mission.sections).some((s) => restrictedHeld.has(s.id));
      return line(a, full);
    });
    blocks.push({ type: 'divider' }, { type: 'section', text: mrkdwn(`*My sections' queue* (${sections.map((s) => s.name).join(', ')})\n${visible.join('\n') || '_Nothing open._'}`) });
  }
  blocks.push({ type: 'context', elements: [mrkdwn('Log an alert with `/alert what happened, where, who` · `/alert help` for everything')] });
  return { type: 'home', blocks };
}
