import { postedCard } from '../../alerts/service.js';
import type { Veille } from '../../context.js';
import type { Status } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';
import type { FollowupChange, FollowupPost } from '../../followup/facts.js';
import { formatDuration } from '../format/duration.js';
import { formatTime } from '../format/time.js';
import { t } from '../i18n/index.js';
import type { SlackMessage } from '../views/card.js';
import { person, postable, truncate } from '../views/mrkdwn.js';

/**
 * Follow-up facts in words, when they are sent: a thread reply per channel (the full story where
 * the card is full, who-did-what-in-general in a stub channel). The DM to whoever was given the alert
 * or a task is a copy of its card, kept current: dm-copy.ts.
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
  const at = (ms: number) => formatTime(ms, where.zone, where.language);
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
      return change.duplicate ? f.duplicateJoined(cardLink(veille, change.duplicate, where.channel), change.original) : f.duplicateJoinedUnnamed(change.original);
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
