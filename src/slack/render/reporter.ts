import { getAlert, postedCard, routesOf } from '../../alerts/service.js';
import type { Veille } from '../../context.js';
import { formatTime } from '../format/index.js';
import type { Language } from '../../domain/taxonomy.js';
import type { ReporterNotice } from '../../reporter/facts.js';
import { t } from '../i18n/index.js';
import type { SlackMessage } from '../views/card.js';
import { sectionLink } from '../views/format.js';
import { mrkdwn, person, postable, truncate } from '../views/mrkdwn.js';

/**
 * The reporter's DM about their alert, in words, when it is sent. `member`: the reporter is in a
 * restricted section holding the alert (asked of Slack just before). A restricted alert's DM to
 * anyone else says the step and nothing a restricted section added: not who, not the unit or the
 * type of response, not the outcome — as its stub channels hear it.
 */
export function renderReporterDm(veille: Veille, alertId: number, notice: ReporterNotice, language: Language, member: boolean, workspace: string | null = null): SlackMessage | null {
  const { db, mission } = veille;
  const alert = getAlert(db, alertId);
  if (!alert) return null;
  const r = t(language).reporter;
  const c = t(language);
  const full = alert.sensitivity === 'standard' || member;
  const at = (ms: number) => formatTime(ms, mission.timeZone, language);
  const ref = notice.reference;
  const lines: string[] = [];
  switch (notice.step) {
    case 'acknowledged':
      lines.push(full && notice.by ? r.acknowledged(ref, person(notice.by), at(notice.at)) : r.acknowledgedPlain(ref));
      break;
    case 'responded': {
      const response = notice.response;
      const unit = response?.unit && mission.reporterNotices.showResponseUnit ? postable(response.unit, 150) : null;
      lines.push(full && response ? r.responded(ref, c.responses[response.type], unit, at(response.at)) : r.respondedPlain(ref));
      break;
    }
    case 'closed': {
      const reason = notice.closure?.reason ?? alert.closureReason ?? 'resolved';
      lines.push(r.closed(ref, c.closures[reason].toLowerCase()));
      if (full && reason === 'resolved' && notice.closure?.note) lines.push(r.outcome(postable(notice.closure.note, 2000)));
      break;
    }
  }
  const card = cardFor(veille, alertId, full);
  // A permalink needs the workspace's address; without it, the reference and the card's channel.
  const link = card && workspace ? `<${workspace}archives/${card.channel}/p${card.ts.replace('.', '')}|${ref}>` : card ? `*${ref}* (${sectionLink(card.channel)})` : null;
  lines.push(link ? r.seeCard(link) : r.showIt(ref));
  const text = truncate(lines.join('\n'), 2900);
  return { text: text.replace(/[*_`]/g, ''), blocks: [{ type: 'section', text: mrkdwn(text) }, { type: 'context', elements: [mrkdwn(r.why)] }] };
}

/** The card the reporter may read: a full card where they may read the details, else a stub. */
function cardFor(veille: Veille, alertId: number, full: boolean): { channel: string; ts: string } | null {
  const routes = routesOf(veille.db, alertId);
  // In the mission's order of sections: the first one listed is where people look first.
  // A full card before a stub, where they may read it.
  for (const view of full ? (['full', 'stub'] as const) : (['stub'] as const)) {
    for (const section of veille.mission.sections) {
      if (!routes.some((r) => r.sectionId === section.id && r.view === view)) continue;
      const card = postedCard(veille.db, alertId, section.channel);
      if (card) return card;
    }
  }
  return null;
}
