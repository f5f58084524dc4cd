import type { MembershipCheck } from './access.js';
import { sectionById, type Veille } from '../context.js';
import { readsInFull } from './links.js';
import { routesOf } from './service.js';
import type { Alert, AlertDraft } from '../domain/alert.js';
import { detailHolders } from '../domain/permissions.js';
import type { Route } from '../domain/routing.js';
import { maskContacts } from '../domain/redact.js';
import type { Released, Retracted } from './restriction-facts.js';
import { touchAlert } from '../reminders/schedule.js';
import { statement, type Db } from '../store/db.js';
import { recordEvent } from '../store/events.js';
import { refreshDmCopies } from '../store/dm-copies.js';
import { digestsSince, enqueue, lastDigestUpdate, postsOfAlert, rewritePending, type OutboxMessage, type PostRecord } from '../store/outbox.js';
import { withoutAlert } from '../digests/restrict.js';
import type { ReporterNotice } from '../reporter/facts.js';
import type { FollowupChange } from '../followup/facts.js';

/**
 * An alert that becomes restricted after it went out (Edit, a re-categorisation, any change of its
 * routing) is restricted everywhere it already went, in the transaction of the change: its cards
 * become stubs (the caller re-renders them), the thread replies, channel posts and DMs it caused
 * outside the restricted sections now holding it are edited down to a notice (a post still waiting
 * in the outbox is rewritten before it leaves), owners and task owners who may no longer read it are
 * released, and the restricted sections holding it are told in its thread there, leads mentioned.
 * What is said is written as facts (restriction-facts.ts), put into words by src/slack/render when sent.
 */

/**
 * Who, among the people the alert reached (owner, task owners, DM recipients), may read it once
 * the draft applies: the reporter and members of a restricted section that will hold it in full.
 * Asked of Slack BEFORE the transaction (membership is a Web API call). Unused for a standard draft.
 */
export async function viewersAfter(veille: Veille, isMember: MembershipCheck, alert: Alert, draft: Pick<AlertDraft, 'sensitivity'>, routes: Route[]): Promise<Set<string>> {
  // A standard draft takes nothing from anyone: nothing to ask (and no outbox to read).
  if (draft.sensitivity !== 'restricted') return new Set();
  const people = peopleReached(veille.db, alert);
  const channels = detailHolders(routes, veille.mission.sections).map((s) => s.channel);
  // The reporter may always read it (restrictEverywhere's `may`); here only as a member, so that the
  // notices they were sent while it was standard are told again without what the sections added.
  const viewers = new Set<string>();
  for (const user of people) {
    for (const channel of channels) {
      if (await isMember(channel, user)) {
        viewers.add(user);
        break;
      }
    }
  }
  return viewers;
}

/** The people an alert reached personally: its reporter, owner, open tasks' owners and everyone it DMed. */
export function peopleReached(db: Db, alert: Alert): Set<string> {
  const people = new Set<string>([alert.reportedBy]);
  if (alert.owner) people.add(alert.owner);
  for (const owner of statement(db, 'SELECT owner FROM tasks WHERE alert_id = ? AND done_at IS NULL').pluck().all(alert.id) as string[]) people.add(owner);
  for (const post of postsOfAlert(db, alert.id)) if (post.message.kind === 'dm') people.add(post.message.user);
  return people;
}

/**
 * Call inside the transaction that changed the routing, after the cards' posts are enqueued.
 * `viewers` is what `viewersAfter` said; without it only the reporter is trusted (fail closed).
 */
export function restrictEverywhere(veille: Veille, after: Alert, routes: readonly Route[], viewers: ReadonlySet<string> | undefined, at: number, actor: string): void {
  const { db, mission } = veille;
  const may = (user: string) => user === after.reportedBy || (viewers?.has(user) ?? false);
  const holders = detailHolders([...routes], mission.sections);
  const fullChannels = new Set(routes.filter((r) => r.view === 'full').map((r) => r.channel));
  // The notice a withdrawn post becomes, in the language of where it landed.
  const heldBy = holders.map((s) => s.id);
  const notice = (message: OutboxMessage): Retracted => ({
    about: 'retracted',
    reference: after.reference,
    heldBy,
    reader: message.kind === 'dm' ? { user: message.user } : { channel: 'channel' in message ? message.channel : '' },
  });

  const stepOnly = (message: OutboxMessage, fact: ReporterNotice): Retracted => ({
    ...notice(message),
    stepOnly: fact.step === 'closed' ? { step: 'closed', closure: fact.closure?.reason ?? after.closureReason ?? 'resolved' } : { step: fact.step },
  });

  const posts = postsOfAlert(db, after.id);
  const retracted = alreadyRetracted(posts);
  let edited = 0;
  for (const post of posts) {
    if (retracted.has(post.id)) continue;
    const message = post.message;
    const outside =
      ((message.kind === 'thread' || message.kind === 'message') && !fullChannels.has(message.channel)) || (message.kind === 'dm' && !may(message.user));
    if (outside) {
      if (retract(db, post, notice(message), at, after.id)) edited += 1;
      continue;
    }
    // A notice told to its reporter while the alert was standard (who acted, the unit, the outcome),
    // the reporter being outside the sections now holding it: told again as the step alone. One still
    // waiting is rendered when sent, for whoever the reporter is then.
    if (message.kind === 'dm' && message.user === after.reportedBy && message.fact?.about === 'reporter_notice' && !(viewers?.has(message.user) ?? false)) {
      if (post.status === 'pending' && !post.inFlight) continue;
      if (retract(db, post, stepOnly(message, message.fact), at, after.id)) edited += 1;
    }
  }

  // Digests that named it in a channel without its details: edited to the figures they would have had.
  let digests = 0;
  for (const post of digestsSince(db, after.createdAt)) {
    if (post.message.kind !== 'digest' || post.status === 'failed' || fullChannels.has(post.message.channel)) continue;
    const figures = withoutAlert(lastDigestUpdate(db, post.id) ?? post.message.digest, after.id, holders.map((s) => s.channel));
    if (!figures) continue;
    digests += 1;
    if (post.status === 'pending') {
      rewritePending(db, post.id, { ...post.message, digest: figures });
      if (!post.inFlight) continue;
    }
    enqueue(db, at, after.id, { kind: 'digest_update', lane: post.lane, of: post.id, digest: figures });
  }

  edited += unlinkDuplicates(veille, after, fullChannels, at);

  if (edited + digests > 0) recordEvent(db, { alertId: after.id, at, actor: 'veille', type: 'posts_withdrawn', data: { posts: edited, digests } });

  const released = releasePeople(veille, after, may, 'restricted', at, actor);

  // The restricted sections now holding it hear what happened, in its thread there.
  for (const section of holders) {
    enqueue(db, at, after.id, { kind: 'thread', channel: section.channel, fact: { about: 'now_restricted_held_here', reference: after.reference, leads: section.leads, edited, released } });
  }
}

/** Why someone was let go of an alert: it became restricted, or they left the restricted channel holding it. */
export type ReleaseReason = 'restricted' | 'left_channel';

/**
 * Lets go of its owner and the owners of its open tasks that `mayKeep` refuses, with their events
 * (`owner_released`, `task_released`), and restarts its reminders for the sections holding it.
 * Call inside the transaction of the change; returns who was released, for the holders' thread.
 */
export function releasePeople(veille: Veille, alert: Alert, mayKeep: (user: string) => boolean, why: ReleaseReason, at: number, actor: string): Released[] {
  const { db, mission } = veille;
  const released: Released[] = [];
  if (alert.owner && !mayKeep(alert.owner)) {
    statement(db, 'UPDATE alerts SET owner = NULL, due_at = NULL, updated_at = ? WHERE id = ?').run(at, alert.id);
    recordEvent(db, { alertId: alert.id, at, actor, type: 'owner_released', data: { owner: alert.owner, why } });
    released.push({ type: 'owner', owner: alert.owner });
  }
  const tasks = statement(db, 'SELECT id, owner, text FROM tasks WHERE alert_id = ? AND done_at IS NULL ORDER BY id').all(alert.id) as Array<{ id: number; owner: string; text: string }>;
  for (const task of tasks) {
    if (mayKeep(task.owner)) continue;
    // Closed for its owner (no longer theirs, never reminded again); the event says it was released, not done.
    statement(db, 'UPDATE tasks SET done_at = ?, next_reminder_at = NULL WHERE id = ? AND done_at IS NULL').run(at, task.id);
    recordEvent(db, { alertId: alert.id, at, actor, type: 'task_released', data: { taskId: task.id, owner: task.owner, why } });
    // Its words are the restricted section's to read; contacts are masked before they are stored again.
    released.push({ type: 'task', owner: task.owner, text: maskContacts(task.text) });
  }
  // An ownership change restarts the clock: unowned now, the restricted sections are reminded afresh.
  if (released.length) touchAlert(db, alert.id, at, mission.reminderPolicy);
  return released;
}

/**
 * Every DM this person was sent about the alert, edited down to `notice` (one still waiting is
 * rewritten before it leaves). For someone released who may no longer read it. Returns how many.
 */
export function withdrawDmsTo(db: Db, alert: Alert, user: string, notice: Retracted, at: number): number {
  const posts = postsOfAlert(db, alert.id);
  const retracted = alreadyRetracted(posts);
  let edited = 0;
  for (const post of posts) {
    if (post.message.kind !== 'dm' || post.message.user !== user || retracted.has(post.id)) continue;
    if (retract(db, post, notice, at, alert.id)) edited += 1;
  }
  return edited;
}

/**
 * Alerts closed as duplicates of this one, while both were standard: their thread replies named it
 * ("closed A-1 as a duplicate of A-2") in channels that now read only its stub. Said again there
 * without the link, and their cards drawn again (they leave the link out where it may not be read).
 */
function unlinkDuplicates(veille: Veille, after: Alert, fullChannels: ReadonlySet<string>, at: number): number {
  const { db } = veille;
  let edited = 0;
  for (const id of statement(db, 'SELECT id FROM alerts WHERE duplicate_of = ?').pluck().all(after.id) as number[]) {
    edited += sayAgain(db, id, at, (change, channel) =>
      change.type === 'closed_duplicate' && change.original?.id === after.id && !fullChannels.has(channel) ? { ...change, original: null } : null,
    );
    for (const route of routesOf(db, id)) {
      const section = sectionById(veille, route.sectionId);
      if (section) enqueue(db, at, id, { kind: 'card_update', channel: section.channel });
    }
    refreshDmCopies(db, id, at);
  }
  // The other way: this one was once closed as a duplicate of another (then reopened), and the
  // other's threads said so; where this one is not read in full, they say a report joined it, not which.
  const originals = statement(db, "SELECT DISTINCT json_extract(data, '$.duplicateOf') FROM events WHERE alert_id = ? AND type = 'closed'").pluck().all(after.id) as Array<number | null>;
  for (const id of originals) {
    if (typeof id !== 'number') continue;
    edited += sayAgain(db, id, at, (change, channel) =>
      change.type === 'duplicate_joined' && change.duplicate?.id === after.id && !readsInFull(veille, after, channel) ? { ...change, duplicate: null } : null,
    );
  }
  return edited;
}

/**
 * The follow-up thread replies of alert `id` that `reword` says again (null: left as they are): one
 * that has not left yet is rewritten before it leaves, one that has is edited where it landed.
 */
function sayAgain(db: Db, id: number, at: number, reword: (change: FollowupChange, channel: string) => FollowupChange | null): number {
  let edited = 0;
  for (const post of postsOfAlert(db, id)) {
    const message = post.message;
    if (message.kind !== 'thread' || post.status === 'failed' || message.fact?.about !== 'followup') continue;
    const change = reword(message.fact.change, message.channel);
    if (!change) continue;
    const fact = { ...message.fact, change };
    edited += 1;
    if (post.status === 'pending') {
      rewritePending(db, post.id, { kind: 'thread', channel: message.channel, fact });
      if (!post.inFlight) continue;
    }
    enqueue(db, at, id, { kind: 'retract_post', lane: post.lane, of: post.id, fact });
  }
  return edited;
}

/** The posts a retraction already edited down (never edited again). */
function alreadyRetracted(posts: readonly PostRecord[]): Set<number> {
  return new Set(posts.flatMap((p) => (p.message.kind === 'retract_post' ? [p.message.of] : [])));
}

/**
 * A post that has not left yet is rewritten before it leaves. One that has, or may have (in flight:
 * its answer was lost), is edited where it landed, in its lane, so never before it.
 */
function retract(db: Db, post: PostRecord, notice: Retracted, at: number, alertId: number): boolean {
  if (post.status === 'failed') return false;
  const message = post.message;
  if (post.status === 'pending' && (message.kind === 'thread' || message.kind === 'message' || message.kind === 'dm')) {
    // Its facts or words go too: the notice is all it will say.
    const { blocks: _dropped, fact: _facts, text: _text, ...rest } = message;
    rewritePending(db, post.id, { ...rest, fact: notice } as OutboxMessage);
    if (!post.inFlight) return true;
  }
  enqueue(db, at, alertId, { kind: 'retract_post', lane: post.lane, of: post.id, fact: notice });
  return true;
}
