import { getAlert, postedCard, routesOf } from '../../alerts/service.js';
import { placeById, type Veille } from '../../context.js';
import { formatDateTime, formatDuration } from '../../domain/dates.js';
import { detailHolders } from '../../domain/permissions.js';
import type { Status } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';
import type { FollowupChange, FollowupDm, FollowupPost } from '../../followup/facts.js';
import { t, type Catalog } from '../i18n/index.js';
import { CARD_ACTION, renderCard, renderStub, type SlackMessage } from '../views/card.js';
import { mrkdwn, person, plain, postable, truncate } from '../views/mrkdwn.js';
import { missionIn } from './language.js';

/**
 * Follow-up facts in words, when they are sent: a thread reply per channel (the full story where
 * the card is full, who-did-what-in-general in a stub channel), and the DM to whoever was given the
 * alert or a task, with its card or stub as it is now.
 */

export interface Where {
  channel: string;
  /** The section's time zone, for any time the reply shows. */
  zone: string;
  language: Language;
}

/** Someone's words as they may be posted: contacts masked, mrkdwn made inert. */
const words = (text: string, max = 2500) => postable(text.trim(), max);

export function renderFollowupPost(veille: Veille, post: FollowupPost, where: Where): SlackMessage {
  const text = truncate(followupLine(veille, post, where), 3900);
  return { text, blocks: [] };
}

function followupLine(veille: Veille, post: FollowupPost, where: Where): string {
  const c = t(where.language);
  const f = c.followup;
  const ref = post.reference;
  const at = (ms: number) => formatDateTime(ms, where.zone, where.language);
  const due = (ms: number | null) => (ms !== null ? f.due(at(ms)) : '');
  const moved = (status: Status | null) => (status ? f.movedTo(c.statuses[status]) : '');
  const note = (text: string | null, prefix?: (s: string) => string) => (text ? `\n${prefix ? prefix(words(text)) : words(text)}` : '');
  const full = post.view === 'full';
  const change: FollowupChange = post.change;
  switch (change.type) {
    case 'acknowledged':
      return full ? f.acknowledged(ref, person(change.by)) : f.acknowledgedStub(ref);
    case 'took':
      // Stub channels hear that it is owned, never by whom.
      return full ? f.took(ref, person(change.by)) : f.tookStub(ref);
    case 'assigned':
      return full ? f.assigned(ref, person(change.by), person(change.to), due(change.due)) : f.assignedStub(ref, due(change.due));
    case 'due_set':
      return full ? f.dueSet(ref, person(change.by), due(change.due)) : f.dueSetStub(ref, due(change.due));
    case 'updated':
      if (!full) return f.updatedStub(ref, moved(change.moved));
      return change.outcomeOfResponseAt !== null
        ? f.outcome(person(change.by), at(change.outcomeOfResponseAt), moved(change.moved), words(change.text))
        : f.update(person(change.by), moved(change.moved), words(change.text));
    case 'response': {
      if (!full) return f.responseStub(ref, moved(change.moved));
      const since = formatDuration(change.sinceMs, where.language);
      return [
        f.response(ref, person(change.by), c.responses[change.response], change.unit ? words(change.unit, 150) : null, at(change.at), since, moved(change.moved)),
        change.late ? f.late(c.delays[change.late]) : null,
        change.outcome ? f.outcomeLine(words(change.outcome)) : null,
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'verified': {
      if (!full) return f.verifiedStub(ref);
      const grading = [
        change.reliability ? f.reliability(change.reliability) : null,
        change.credibility ? f.credibility(change.credibility) : null,
        change.sources !== null ? f.sources(change.sources) : null,
      ].filter((g): g is string => g !== null);
      return `${f.verifiedBy(ref, person(change.by), c.verified[change.verification], grading)}${note(change.note)}`;
    }
    case 'closed':
      if (!full) return f.closedStub(ref, c.closures[change.reason]);
      return `${f.closed(ref, person(change.by), c.closures[change.reason])}${note(change.note, change.reason === 'resolved' ? f.outcomeLine : undefined)}`;
    case 'closed_duplicate':
      if (!full) return f.closedDuplicateStub(ref);
      return `${f.closedDuplicate(ref, person(change.by), change.original ? cardLink(veille, change.original, where.channel) : null)}${note(change.note)}`;
    case 'duplicate_joined':
      return f.duplicateJoined(cardLink(veille, change.duplicate, where.channel), change.original);
    case 'reopened':
      return full ? f.reopened(ref, person(change.by), c.statuses[change.status]) : f.reopenedStub(ref, c.statuses[change.status]);
    case 'task_added':
      return full ? f.task(person(change.by), person(change.owner), due(change.due), words(change.text)) : f.taskStub(ref, due(change.due));
    case 'task_done':
      return full ? f.taskDone(person(change.by), change.owner === change.by ? null : person(change.owner), words(change.text, 300)) : f.taskDoneStub(ref);
  }
}

/** A link to an alert's card in a channel, or its bare reference when it has none there. */
function cardLink(veille: Veille, alert: { id: number; reference: string }, channel: string): string {
  const card = postedCard(veille.db, alert.id, channel);
  return card ? `<https://slack.com/archives/${channel}/p${card.ts.replace('.', '')}|${alert.reference}>` : alert.reference;
}

/** The Done button of a task, in a DM or on App Home. */
export function taskDoneButton(taskId: number, catalog: Catalog = t('en')): Record<string, unknown> {
  return { type: 'button', action_id: CARD_ACTION.taskDone, text: plain(catalog.dm.done, 75), style: 'primary', value: String(taskId) };
}

/**
 * The DM to someone given the alert or a task on it: the full card when they may read it (a standard
 * alert, or they are in a restricted section holding it), the stub otherwise, as the alert is now.
 */
export function renderFollowupDm(veille: Veille, alertId: number, dm: FollowupDm, language: Language): SlackMessage | null {
  const { db, mission } = veille;
  const alert = getAlert(db, alertId);
  if (!alert) return null;
  const c = t(language);
  const at = (ms: number) => formatDateTime(ms, mission.timeZone, language);
  const gift = dm.gift;
  let intro: string;
  const lines: string[] = [];
  const extra: unknown[] = [];
  if (gift.type === 'owner') {
    intro = gift.by === null ? c.dm.youOwn(dm.reference) : c.dm.assignedYou(dm.reference, person(gift.by));
    if (gift.due) lines.push(gift.due.given ? c.dm.dueBy(at(gift.due.at)) : c.dm.nextUpdateBy(at(gift.due.at)));
  } else {
    intro = c.dm.taskForYou(dm.reference, person(gift.by), words(gift.text));
    if (gift.due !== null) lines.push(c.dm.dueBy(at(gift.due)));
    extra.push({ type: 'actions', block_id: `task.${gift.taskId}`, elements: [taskDoneButton(gift.taskId, c)] });
  }
  const place = placeById(veille, alert.placeId);
  const readAs = missionIn(mission, language);
  const body =
    alert.sensitivity === 'standard' || dm.mayView
      ? renderCard(alert, place, readAs)
      : renderStub(alert, place, readAs, detailHolders(alert, routesOf(db, alert.id), mission.sections));
  const blocks: unknown[] = [{ type: 'section', text: mrkdwn(intro) }, ...body.blocks];
  if (lines.length) blocks.push({ type: 'context', elements: lines.slice(0, 10).map((l) => mrkdwn(l)) });
  blocks.push(...extra);
  return { text: intro.replace(/[*_`]/g, ''), blocks };
}
