import type { Button, KnownBlock } from '@slack/types';
import { getAlert, routesOf } from '../../alerts/service.js';
import { placeById, type Veille } from '../../context.js';
import { detailHolders } from '../../domain/permissions.js';
import type { Alert } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';
import type { FollowupDm } from '../../followup/facts.js';
import { followupDueAt } from '../../followup/metrics.js';
import { followupState, getTask } from '../../followup/service.js';
import { formatTime } from '../format/time.js';
import { t, type Catalog } from '../i18n/index.js';
import { CARD_ACTION, renderCard, renderStub, type SlackMessage } from '../views/card.js';
import { mrkdwn, person, plain, postable } from '../views/mrkdwn.js';
import { missionIn } from './language.js';

/**
 * The DM to someone given an alert or a task on it: a copy of the card, drawn from the alert as it
 * is whenever it is sent or edited (dm-copies.ts), so it never shows an old owner, status or
 * verification. While it is theirs (they own the alert, or the task is open and theirs) it is the
 * card, or the stub where they may not read the details; once it is not, a short line without
 * buttons, naming the new owner only to someone who may read the alert.
 */

export interface DmCopyReader {
  user: string;
  language: Language;
  /** May they read it in full? The same test as a channel's card: a standard alert, or a viewer of the restricted one. */
  mayView: boolean;
  /**
   * May the people working it be named to them? A restricted alert's reporter outside its sections
   * reads it, but not who works on it. Unknown (not asked of Slack): not, for its reporter (fail closed).
   */
  mayName?: boolean;
}

/** The Done button of a task, in a DM or on App Home. */
function taskDoneButton(taskId: number, catalog: Catalog = t('en')): Button {
  return { type: 'button', action_id: CARD_ACTION.taskDone, text: plain(catalog.dm.done, 75), style: 'primary', value: String(taskId) };
}

export function renderDmCopy(veille: Veille, alertId: number, dm: FollowupDm, reader: DmCopyReader): SlackMessage | null {
  const { db, mission } = veille;
  const alert = getAlert(db, alertId);
  if (!alert) return null;
  const c = t(reader.language);
  const full = alert.sensitivity === 'standard' || reader.mayView;
  const named = alert.sensitivity === 'standard' || (reader.mayName ?? (reader.mayView && alert.reportedBy !== reader.user));
  const at = (ms: number) => formatTime(ms, mission.timeZone, reader.language);
  const gift = dm.gift;
  const lines: string[] = [];
  const extra: KnownBlock[] = [];
  let intro: string;
  if (gift.type === 'owner') {
    if (alert.owner !== reader.user) return shortLine(noLongerOwner(c, alert, named));
    intro = gift.by === null ? c.dm.youOwn(dm.reference) : c.dm.assignedYou(dm.reference, named ? person(gift.by) : c.record.Someone);
    const due = currentDue(veille, alert);
    if (due) lines.push(due.given ? c.dm.dueBy(at(due.at)) : c.dm.nextUpdateBy(at(due.at)));
  } else {
    const task = getTask(db, gift.taskId);
    if (!task || task.owner !== reader.user) return null; // tasks keep their owner: nothing to redraw
    if (task.doneAt !== null) return shortLine(c.copies.taskDone(dm.reference));
    intro = c.dm.taskForYou(dm.reference, named ? person(gift.by) : c.record.Someone, postable(task.text.trim(), 2500));
    if (task.dueAt !== null) lines.push(c.dm.dueBy(at(task.dueAt)));
    extra.push({ type: 'actions', block_id: `task.${gift.taskId}`, elements: [taskDoneButton(gift.taskId, c)] });
  }
  const place = placeById(veille, alert.placeId);
  const readAs = missionIn(mission, reader.language);
  // Which restricted alert it duplicates is not said in a DM (its reader's membership there is not asked).
  const original = alert.duplicateOf === null ? null : getAlert(db, alert.duplicateOf);
  const duplicateLink = !original || original.sensitivity === 'standard';
  const body = full ? renderCard(alert, place, readAs, named ? { duplicateLink } : { workers: false, self: reader.user }) : renderStub(alert, place, readAs, detailHolders(routesOf(db, alert.id), mission.sections));
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(intro) }, ...body.blocks];
  if (lines.length) blocks.push({ type: 'context', elements: lines.slice(0, 10).map((l) => mrkdwn(l)) });
  blocks.push(...extra);
  return { text: intro.replace(/[*_`]/g, ''), blocks };
}

/** Who holds it now, said only to someone who may read it: who works a restricted case is its section's to say. */
function noLongerOwner(c: Catalog, alert: Alert, full: boolean): string {
  if (!alert.owner) return c.copies.noOwnerNow(alert.reference);
  return full ? c.copies.nowOwnedBy(alert.reference, person(alert.owner)) : c.copies.noLongerYours(alert.reference);
}

function shortLine(text: string): SlackMessage {
  return { text, blocks: [] };
}

/** What the owner is held to now: the assigner's due time (`given`), or when the next update is due. */
function currentDue(veille: Veille, alert: Alert): { at: number; given: boolean } | null {
  const state = followupState(veille.db, alert.id);
  if (!state) return null;
  const at = followupDueAt({ ...alert, ...state }, veille.mission.reminderPolicy);
  return at === null ? null : { at, given: state.dueAt !== null && state.dueAt === at };
}
