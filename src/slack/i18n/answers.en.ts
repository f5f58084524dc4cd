import type { FollowupAction } from '../../domain/lifecycle.js';
import type { FollowupAct } from '../../domain/permissions.js';
import type { Doing } from '../../followup/answers.js';

/**
 * The private answers to the person acting, and every refusal, merged into the English catalog.
 * References, mentions (`<@U…>`), times, durations and labels arrive already written, in the reader's
 * language; counts arrive formatted. The French ones (answers.fr.ts) have the same keys.
 */

/** "You cannot close A-3", "A-3 is closed: you cannot close it": the verb of each act. */
const ACTS: Record<FollowupAct, string> = {
  acknowledge: 'acknowledge',
  take_ownership: 'take ownership of',
  update: 'update',
  log_response: 'log a response on',
  verify: 'verify',
  add_own_task: 'add a task to',
  assign_other: 'assign',
  close: 'close',
  reopen: 'reopen',
  complete_task: 'complete a task of',
};

const ACTIONS: Record<FollowupAction, string> = {
  acknowledge: 'acknowledge',
  take_ownership: 'take ownership of',
  assign: 'assign',
  update: 'update',
  log_response: 'log a response on',
  record_outcome: 'record an outcome on',
  verify: 'verify',
  close: 'close',
  reopen: 'reopen',
  add_task: 'add a task to',
  complete_task: 'complete a task of',
};

const list = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}` : (parts[0] ?? ''));

export const answersEn = {
  answers: {
    acknowledged: (ref: string, ownerless: boolean) => `You acknowledged ${ref}.${ownerless ? ' Take ownership if you will follow it up.' : ''}`,
    /** `by`: "you" or a mention; `at` a time. */
    alreadyAcknowledged: (ref: string, by: { who: string; at: string } | null) => `${ref} was already acknowledged${by ? ` by ${by.who} (${by.at})` : ''}.`,
    you: 'you',
    owned: (ref: string, due: string | null) => `You own ${ref} now.${due ? ` ${due}.` : ''}`,
    dueBy: (time: string) => `Due by ${time}`,
    nextUpdateBy: (time: string) => `Next update due by ${time}`,
    alreadyOwn: (ref: string) => `You already own ${ref}.`,
    /** `to`: "you" or a mention. */
    assigned: (ref: string, to: string, due: string | null) => `${ref} is now owned by ${to}${due ? ` — due ${due}` : ''}.`,
    alreadyOwns: (ref: string, owner: string) => `${owner} already owns ${ref}.`,
    updated: (ref: string, outcome: boolean, now: string | null) => `${outcome ? 'Outcome recorded' : 'Update added'} on ${ref}.${now ? ` It is now ${now}.` : ''}`,
    firstResponse: (ref: string, after: string) => `First response logged on ${ref}: ${after} after the alert.`,
    response: (ref: string) => `Response logged on ${ref}.`,
    verified: (ref: string, verification: string) => `${ref} is now marked ${verification}.`,
    closed: (ref: string, reason: string) => `${ref} closed: ${reason.toLowerCase()}.`,
    closedDuplicate: (ref: string, of: string) => `${ref} closed: duplicate of ${of}.`,
    reopened: (ref: string, status: string) => `${ref} is open again (${status}).`,
    taskAdded: (ref: string, owner: string, due: string | null) => `Task added to ${ref} for ${owner}${due ? ` — due ${due}` : ''}.`,
    taskDone: (ref: string) => `Task on ${ref} marked done.`,
    taskAlreadyDone: (ref: string) => `That task on ${ref} was already done.`,
    /** Under a refusal in a private answer. */
    nothingChanged: 'Nothing was changed.',
  },

  refusals: {
    noSuchAlert: (ref: string | null) => (ref ? `No alert ${ref}.` : 'That alert no longer exists.'),
    taskGone: 'That task no longer exists.',
    closed: (ref: string, action: FollowupAction) => `${ref} is closed: you cannot ${ACTIONS[action]} it. Reopen it first (\`/alert reopen ${ref}\`) if it needs more follow-up.`,
    withdrawn: (ref: string) => `${ref} was withdrawn by its reporter and cannot be changed. Log it again if it stands.`,
    notClosed: (ref: string) => `${ref} is not closed, so there is nothing to reopen.`,
    /** What the person tried, as "You cannot …" says it. `taskOwner`: a mention, or null when no one may be named. */
    doing: {
      acknowledge: (ref: string, _taskOwner: string | null) => `${ACTS.acknowledge} ${ref}`,
      take_ownership: (ref: string, _taskOwner: string | null) => `${ACTS.take_ownership} ${ref}`,
      update: (ref: string, _taskOwner: string | null) => `${ACTS.update} ${ref}`,
      log_response: (ref: string, _taskOwner: string | null) => `${ACTS.log_response} ${ref}`,
      verify: (ref: string, _taskOwner: string | null) => `${ACTS.verify} ${ref}`,
      add_own_task: (ref: string, _taskOwner: string | null) => `${ACTS.add_own_task} ${ref}`,
      assign_other: (ref: string, _taskOwner: string | null) => `${ACTS.assign_other} ${ref}`,
      close: (ref: string, _taskOwner: string | null) => `${ACTS.close} ${ref}`,
      reopen: (ref: string, _taskOwner: string | null) => `${ACTS.reopen} ${ref}`,
      complete_task: (ref: string, _taskOwner: string | null) => `${ACTS.complete_task} ${ref}`,
      reassign: (ref: string, _taskOwner: string | null) => `reassign ${ref}`,
      assign_someone: (ref: string, _taskOwner: string | null) => `assign ${ref} to someone else`,
      give_tasks: (ref: string, _taskOwner: string | null) => `give others tasks on ${ref}`,
      finish_task: (ref: string, taskOwner: string | null) => `mark ${taskOwner ? `${taskOwner}'s` : 'a'} task on ${ref} done`,
    } satisfies Record<Doing, (ref: string, taskOwner: string | null) => string>,
    notInSection: (ref: string) => `you are not in a section working on ${ref}`,
    notAnswerable: 'that is for its owner, the leads of the sections working on it and its reporter',
    notAllowed: (doing: string, why: string, whoCan: string) => `You cannot ${doing}: ${why}. Who can: ${whoCan}.`,
    notAllowedRestricted: (doing: string, why: string, askIn: string) => `You cannot ${doing}: ${why}. It is restricted: ask ${askIn}.`,
    /** Who could do it: "members of <#C…>, its owner <@U…>, the section leads … or the reporter <@U…>". */
    whoCan: (who: { channels: string[]; owner: string | null; leads: string[]; reporter: string }) =>
      list([
        ...(who.channels.length ? [`members of ${who.channels.join(', ')}`] : []),
        ...(who.owner ? [`its owner ${who.owner}`] : []),
        ...(who.leads.length ? [`the section lead${who.leads.length > 1 ? 's' : ''} ${who.leads.join(', ')}`] : []),
        `the reporter ${who.reporter}`,
      ]),
    theRestrictedSections: 'the restricted sections',
    ownedBy: (ref: string, owner: string) => `${ref} is already owned by ${owner}. Ask them, a section lead or the reporter to reassign it.`,
    /** Who owns it is not said: the restricted sections holding it are. */
    hasOwnerRestricted: (ref: string, holders: string) => `${ref} already has an owner. It is restricted: ask ${holders} to reassign it.`,
    cannotOwnRestricted: (ref: string, holders: string) => `You cannot own ${ref}: it is restricted, and you are not in a restricted section holding it (${holders}).`,
    assigneeRestricted: (ref: string, who: string, holders: string) =>
      `${who} cannot be given ${ref}: it is restricted, and they are not in a restricted section holding it (${holders}). Choose someone there, or have them added to that channel first.`,
    taskAssigneeRestricted: (ref: string, who: string, holders: string) => `${who} cannot be given a task on ${ref}: it is restricted, and they are not in a restricted section holding it (${holders}).`,
    emptyUpdate: 'Say what happened since: the update is empty.',
    updateTooLong: (max: string, length: string) => `An update is at most ${max} characters (this is ${length}).`,
    statusMove: (ref: string, from: string, to: string) => `${ref} cannot go from ${from} to ${to}.`,
    notThisAlertsResponse: 'That response is not one of this alert’s.',
    outcomeExists: 'That response already has its outcome.',
    chooseReason: 'Choose a reason.',
    outcomeRequired: (ref: string) => `Closing ${ref} as resolved needs the outcome: what was done, and what came of it.`,
    duplicateOfRequired: (ref: string, example: string) => `Which alert is ${ref} a duplicate of? Give its reference, e.g. ${example}.`,
    duplicateOfSelf: 'An alert cannot be a duplicate of itself.',
    duplicateUnseen: (ref: string, original: string) => `You cannot link ${ref} to ${original}: it is restricted and you are not in a section holding its details.`,
    duplicateWouldTell: (ref: string, original: string) =>
      `${ref} cannot be closed as a duplicate of ${original}: ${original} is restricted and ${ref} is not, so the link would tell everyone who reads ${ref} what ${original} is about. Close it with another reason, or have its reporter make it restricted first.`,
    tooLong: { note: (max: string) => `The note is at most ${max} characters.`, unit: (max: string) => `The unit is at most ${max} characters.`, outcome: (max: string) => `The outcome is at most ${max} characters.`, task: (max: string) => `A task is at most ${max} characters.` },
    chooseResponseType: 'Choose the type of response.',
    futureTime: (now: string) => `That time is in the future (it is now ${now}).`,
    lateNeedsReason: (after: string, window: string, priority: string) => `This response came ${after} after the alert, past the ${window} window for a ${priority} alert: say why it was late.`,
    chooseVerification: 'Choose verified, unverifiable or unfounded.',
    badReliability: 'Reliability is a grade from A to F.',
    badCredibility: 'Credibility is a number from 1 to 6.',
    badSources: 'The number of independent sources is a whole number (0 or more).',
    nowClosed: (ref: string) => `${ref} is closed.`,
    emptyTask: 'Say what the task is.',
    snoozeClosed: (ref: string) => `${ref} is closed: there is nothing left to remind anyone of.`,
    snoozeNotAllowed: (ref: string) => `Only the owner of ${ref} or a lead of a section holding it can snooze its reminders.`,
    /** Slack did not say in time which channels someone is in: nothing was done. */
    membershipUnknown: '⚠️ Nothing was recorded: Slack did not confirm in time which sections you belong to. Please try again.',
  },
};

export type AnswersCatalog = typeof answersEn;
