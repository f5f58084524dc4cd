import type { Mission } from '../../config/mission.js';
import { formatCount } from '../../domain/dates.js';
import { formatDuration } from '../format/duration.js';
import { formatTime } from '../format/time.js';
import type { Language } from '../../domain/taxonomy.js';
import type { Answer, FlowOutcome, Refusal } from '../../followup/answers.js';
import { t } from '../i18n/index.js';
import { notice } from '../views/confirmation.js';
import type { SlackMessage } from '../views/card.js';
import { person as mention } from '../views/mrkdwn.js';
import { priorityWord, sectionName } from '../views/format.js';

/**
 * A flow's answer or refusal (typed facts from src/followup) in the words of the person it goes to,
 * with times in `zone` (the section they acted from).
 */


/** "Women Protection / CRSV (<#G…>)" — the restricted sections a refusal names, in the reader's language. */
function holdersText(mission: Pick<Mission, 'sections'>, ids: readonly string[], language: Language): string {
  const named = ids.flatMap((id) => mission.sections.filter((s) => s.id === id)).map((s) => `${sectionName(s, language)} (<#${s.channel}>)`);
  return named.length ? named.join(', ') : t(language).refusals.theRestrictedSections;
}

export function answerText(answer: Answer, language: Language, zone: string): string {
  const c = t(language);
  const a = c.answers;
  const when = (ms: number) => formatTime(ms, zone, language);
  switch (answer.kind) {
    case 'acknowledged':
      return a.acknowledged(answer.reference, answer.ownerless);
    case 'already_acknowledged':
      return a.alreadyAcknowledged(answer.reference, answer.by && { who: answer.by.you ? a.you : mention(answer.by.user), at: when(answer.by.at) });
    case 'owned':
      return a.owned(answer.reference, answer.due && (answer.due.given ? a.dueBy : a.nextUpdateBy)(when(answer.due.at)));
    case 'already_own':
      return a.alreadyOwn(answer.reference);
    case 'assigned':
      return a.assigned(answer.reference, answer.to === null ? a.you : mention(answer.to), answer.due === null ? null : when(answer.due));
    case 'already_owns':
      return a.alreadyOwns(answer.reference, mention(answer.owner));
    case 'updated':
      return a.updated(answer.reference, answer.outcome, answer.now && c.statuses[answer.now]);
    case 'response_logged':
      return answer.firstAfterMs === null ? a.response(answer.reference) : a.firstResponse(answer.reference, formatDuration(answer.firstAfterMs, language));
    case 'verified':
      return a.verified(answer.reference, c.verified[answer.verification]);
    case 'closed':
      return answer.duplicateOf ? a.closedDuplicate(answer.reference, answer.duplicateOf) : a.closed(answer.reference, c.closures[answer.reason]);
    case 'reopened':
      return a.reopened(answer.reference, c.statuses[answer.status]);
    case 'task_added':
      return a.taskAdded(answer.reference, answer.owner === null ? a.you : mention(answer.owner), answer.due === null ? null : when(answer.due));
    case 'task_done':
      return a.taskDone(answer.reference);
    case 'task_already_done':
      return a.taskAlreadyDone(answer.reference);
  }
}

export function refusalText(mission: Pick<Mission, 'sections'>, refusal: Refusal, language: Language, zone: string): string {
  const r = t(language).refusals;
  const count = (n: number) => formatCount(n, language);
  switch (refusal.kind) {
    case 'no_such_alert':
      return r.noSuchAlert(refusal.reference);
    case 'task_gone':
      return r.taskGone;
    case 'illegal':
      return refusal.reason === 'closed' ? r.closed(refusal.reference, refusal.action) : refusal.reason === 'withdrawn' ? r.withdrawn(refusal.reference) : r.notClosed(refusal.reference);
    case 'not_allowed': {
      const doing = r.doing[refusal.doing](refusal.reference, refusal.taskOwner ? mention(refusal.taskOwner) : null);
      const why = refusal.why === 'not_in_section' ? r.notInSection(refusal.reference) : r.notAnswerable;
      if (refusal.askIn) return r.notAllowedRestricted(doing, why, holdersText(mission, refusal.askIn, language));
      const w = refusal.whoCan;
      return r.notAllowed(doing, why, r.whoCan({ channels: w.channels.map((c) => `<#${c}>`), owner: w.owner && mention(w.owner), leads: w.leads.map(mention), reporter: mention(w.reporter) }));
    }
    case 'owned_by':
      return refusal.owner === null ? r.hasOwnerRestricted(refusal.reference, holdersText(mission, refusal.askIn ?? [], language)) : r.ownedBy(refusal.reference, mention(refusal.owner));
    case 'cannot_own_restricted':
      return r.cannotOwnRestricted(refusal.reference, holdersText(mission, refusal.holders, language));
    case 'assignee_restricted':
      return (refusal.task ? r.taskAssigneeRestricted : r.assigneeRestricted)(refusal.reference, mention(refusal.assignee), holdersText(mission, refusal.holders, language));
    case 'empty_update':
      return r.emptyUpdate;
    case 'update_too_long':
      return r.updateTooLong(count(refusal.max), count(refusal.length));
    case 'status_move':
      return r.statusMove(refusal.reference, t(language).statuses[refusal.from], t(language).statuses[refusal.to]);
    case 'not_this_alerts_response':
      return r.notThisAlertsResponse;
    case 'outcome_exists':
      return r.outcomeExists;
    case 'choose_reason':
      return r.chooseReason;
    case 'outcome_required':
      return r.outcomeRequired(refusal.reference);
    case 'duplicate_of_required':
      return r.duplicateOfRequired(refusal.reference, `${refusal.prefix}-7`);
    case 'duplicate_of_self':
      return r.duplicateOfSelf;
    case 'no_such_duplicate':
      return r.noSuchAlert(refusal.reference);
    case 'duplicate_unseen':
      return r.duplicateUnseen(refusal.reference, refusal.original);
    case 'duplicate_would_tell':
      return r.duplicateWouldTell(refusal.reference, refusal.original);
    case 'too_long':
      return r.tooLong[refusal.what](count(refusal.max));
    case 'choose_response_type':
      return r.chooseResponseType;
    case 'future_time':
      return r.futureTime(formatTime(refusal.now, zone, language));
    case 'late_needs_reason':
      return r.lateNeedsReason(formatDuration(refusal.afterMs, language), formatDuration(refusal.windowMs, language), priorityWord(refusal.priority, language));
    case 'choose_verification':
      return r.chooseVerification;
    case 'bad_reliability':
      return r.badReliability;
    case 'bad_credibility':
      return r.badCredibility;
    case 'bad_sources':
      return r.badSources;
    case 'now_closed':
      return r.nowClosed(refusal.reference);
    case 'empty_task':
      return r.emptyTask;
  }
}

/** The one line a button's answer or a modal's error says. */
export function outcomeText(mission: Pick<Mission, 'sections'>, outcome: FlowOutcome, language: Language, zone: string): string {
  return outcome.ok ? answerText(outcome.answer, language, zone) : refusalText(mission, outcome.refusal, language, zone);
}

/** A command's private answer: a change is ticked; a refusal says it changed nothing. */
export function outcomeMessage(mission: Pick<Mission, 'sections'>, outcome: FlowOutcome, language: Language, zone: string): SlackMessage {
  if (outcome.ok) return notice(`${outcome.changed ? '✅ ' : ''}${answerText(outcome.answer, language, zone)}`);
  return notice(`⚠️ ${refusalText(mission, outcome.refusal, language, zone)}`, t(language).answers.nothingChanged);
}
