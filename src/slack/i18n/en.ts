import type { ClosureReason, Status } from '../../domain/alert.js';
import type { DelayReason, ResponseType } from '../../domain/lifecycle.js';
import type { ReminderKind } from '../../reminders/policy.js';
import { digestEn } from './digest.en.js';
import { homeEn } from './home.en.js';
import { copiesEn } from './copies.en.js';
import { reminderCopiesEn } from './reminder-copies.en.js';
import { answersEn } from './answers.en.js';
import { commandsEn } from './commands.en.js';
import { modalsEn } from './modals.en.js';
import { recordEn } from './record.en.js';
import { reporterEn } from './reporter.en.js';
import { chartEn } from './chart.en.js';

/**
 * The English catalog: every sentence of thread replies, DMs, reminders, escalations and help, as
 * strings or small functions of typed parameters. The French one (fr.ts) must have the same keys:
 * it is typed by this one, so a key missing or extra there does not compile. Mentions, channel links
 * and times arrive already written (`<@U…>`, `<#C…>`, a formatted date); free text arrives escaped.
 */

/** The subcommands help describes (commands/alert/*.ts `name`). */
export const HELP_TOPICS = ['show', 'assign', 'update', 'task', 'close', 'reopen', 'list', 'digest', 'notify', 'help'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en = {
  ...digestEn, // digests (section, leadership): digest.en.ts
  ...homeEn, // App Home: home.en.ts
  ...copiesEn, // DM copies of a card once no longer the reader's: copies.en.ts
  ...reminderCopiesEn, // reminder and escalation DMs once they ask nothing more: reminder-copies.en.ts
  ...answersEn, // private answers and refusals: answers.en.ts
  ...commandsEn, // what /alert answers outside the flows: commands.en.ts
  ...modalsEn, // modals and their validation messages: modals.en.ts
  ...recordEn, // an alert's record and history (/alert show): record.en.ts
  ...reporterEn,
  ...chartEn, // a digest's chart, its alt text and the no-chart note: chart.en.ts
  statuses: { new: 'New', acknowledged: 'Acknowledged', responding: 'Responding', monitoring: 'Monitoring', closed: 'Closed' } satisfies Record<Status, string>,
  responses: {
    patrol: 'Patrol',
    quick_reaction_force: 'Quick reaction force',
    temporary_base: 'Temporary operating base',
    joint_protection_team: 'Joint protection team',
    advocacy: 'Advocacy with authorities',
    referral: 'Referral to services',
    humanitarian_coordination: 'Humanitarian coordination',
    hr_investigation: 'Human-rights investigation',
    other: 'Other',
  } satisfies Record<ResponseType, string>,
  delays: { no_air_asset: 'No air asset', awaiting_clearance: 'Awaiting clearance', verifying_first: 'Verifying first', access_denied: 'Access denied', other: 'Other' } satisfies Record<DelayReason, string>,
  closures: {
    resolved: 'Resolved',
    unfounded: 'Unfounded',
    duplicate: 'Duplicate',
    no_action_possible: 'No action possible',
    withdrawn: 'Withdrawn by its reporter',
  } satisfies Record<ClosureReason, string>,
  /** The verification as a thread reply says it: "marked A-7 *verified*". */
  verified: { verified: 'verified', unverifiable: 'unverifiable', unfounded: 'unfounded' },

  followup: {
    due: (time: string) => ` — due ${time}`,
    movedTo: (status: string) => ` · now *${status}*`,
    acknowledged: (ref: string, by: string) => `✅ ${ref} acknowledged by ${by}.`,
    acknowledgedStub: (ref: string) => `✅ ${ref} was acknowledged.`,
    took: (ref: string, by: string) => `👤 ${by} took ownership of ${ref}.`,
    tookStub: (ref: string) => `👤 ${ref} has an owner.`,
    assigned: (ref: string, by: string, to: string, due: string) => `👤 ${by} assigned ${ref} to ${to}${due}.`,
    assignedStub: (ref: string, due: string) => `👤 ${ref} was assigned${due}.`,
    dueSet: (ref: string, by: string, due: string) => `⏰ ${by} set ${ref}'s due time${due}.`,
    dueSetStub: (ref: string, due: string) => `⏰ ${ref}'s due time was set${due}.`,
    update: (by: string, moved: string, text: string) => `📝 Update from ${by}${moved}:\n${text}`,
    outcome: (by: string, responseAt: string, moved: string, text: string) => `🎯 Outcome of the response of ${responseAt}, from ${by}${moved}:\n${text}`,
    updatedStub: (ref: string, moved: string) => `📝 ${ref} was updated${moved}. Details are with the restricted sections.`,
    response: (ref: string, by: string, type: string, unit: string | null, at: string, since: string, moved: string) =>
      `🚓 ${by} logged a response on ${ref}: *${type}*${unit ? ` (${unit})` : ''} · ${at} · ${since} after the alert${moved}`,
    late: (why: string) => `Late: ${why}.`,
    outcomeLine: (text: string) => `Outcome: ${text}`,
    responseStub: (ref: string, moved: string) => `🚓 A response to ${ref} was logged${moved}.`,
    reliability: (grade: string) => `source reliability ${grade}`,
    credibility: (n: number) => `credibility ${n}`,
    sources: (n: number) => `${n} independent ${s(n, 'source', 'sources')}`,
    verifiedBy: (ref: string, by: string, verification: string, grading: string[]) => `🔎 ${by} marked ${ref} *${verification}*${grading.length ? ` · ${grading.join(', ')}` : ''}`,
    verifiedStub: (ref: string) => `🔎 ${ref}'s verification was updated.`,
    closed: (ref: string, by: string, reason: string) => `☑️ ${by} closed ${ref}: *${reason}*`,
    closedStub: (ref: string, reason: string) => `☑️ ${ref} was closed (${reason.toLowerCase()}).`,
    closedDuplicate: (ref: string, by: string, of: string | null) => `☑️ ${by} closed ${ref} as a duplicate${of ? ` of ${of}` : ''}.`,
    closedDuplicateStub: (ref: string) => `☑️ ${ref} was closed (duplicate).`,
    duplicateJoined: (duplicate: string, original: string) => `🔗 ${duplicate} was closed as a duplicate of ${original}.`,
    /** The same, once the duplicate is restricted: which report it was is not said here. */
    duplicateJoinedUnnamed: (original: string) => `🔗 Another report was closed as a duplicate of ${original}.`,
    reopened: (ref: string, by: string, status: string) => `↩️ ${by} reopened ${ref} (now ${status}).`,
    reopenedStub: (ref: string, status: string) => `↩️ ${ref} was reopened (now ${status}).`,
    task: (by: string, owner: string, due: string, text: string) => `📌 Task for ${owner} from ${by}${due}:\n${text}`,
    taskStub: (ref: string, due: string) => `📌 ${ref}: a follow-up task was given${due}.`,
    taskDone: (by: string, owner: string | null, text: string) => `☑️ ${by} completed the task${owner ? ` (${owner}'s)` : ''}: ${text}`,
    taskDoneStub: (ref: string) => `☑️ ${ref}: a follow-up task was completed.`,
  },

  dm: {
    youOwn: (ref: string) => `👤 You own *${ref}* now.`,
    assignedYou: (ref: string, by: string) => `👤 ${by} assigned *${ref}* to you.`,
    taskForYou: (ref: string, by: string, text: string) => `📌 ${by} gave you a task on *${ref}*:\n${text}`,
    dueBy: (time: string) => `Due by ${time}`,
    nextUpdateBy: (time: string) => `Next update due by ${time}`,
    done: 'Done',
  },

  reminders: {
    waiting: { unacknowledged: 'has not been acknowledged', unowned: 'has no owner', no_update: 'has had no update' } satisfies Record<ReminderKind, string>,
    /** "A-7 has no owner for 45 min" */
    waited: (label: string, waiting: string, waited: string) => `${label} ${waiting} for ${waited}`,
    ask: { unacknowledged: 'please acknowledge it or assign an owner', unowned: 'please take ownership or assign it', no_update: 'please add an update or log a response' } satisfies Record<ReminderKind, string>,
    /** The people asked to act, then what they are asked. */
    asking: (who: string, what: string) => `${who}: ${what}.`,
    restrictedLabel: (ref: string) => `${ref} (restricted)`,
    step: (count: number, of: number, channel: string) => `Reminder ${count} of ${of} · then it is escalated to ${channel}`,
    caughtUp: (missed: number) => ` · ${missed} more fell due while Veille was offline`,
    snooze1h: 'Snooze 1 h',
    snooze4h: 'Snooze 4 h',
    snoozeTomorrow: 'Until tomorrow 08:00',
    addUpdate: 'Add update',
    logResponse: 'Log response…',
    ownerText: (ref: string, waited: string) => `⏰ No update on ${ref} for ${waited}: you own it, please add an update.`,
    ownerTitle: (ref: string, waited: string) => `⏰ *No update on ${ref} for ${waited}.*`,
    ownerRule: (priority: string, interval: string) => `You own it; ${priority} alerts need an update every ${interval}.`,
    details: (ref: string) => `Details: \`/alert show ${ref}\``,
    notAssigned: 'not assigned',
    assignedAsk: (holders: string) => `assigned (ask ${holders})`,
    theRestrictedSection: 'the restricted section',
    theRestrictedSections: 'the restricted sections',
    escalatedTitle: (waited: string) => `⏫ Escalated: ${waited}`,
    fieldAlert: 'Alert',
    fieldSections: (n: number) => s(n, 'Section', 'Sections'),
    fieldOwner: 'Owner',
    fieldWaiting: 'Waiting',
    noSection: 'none',
    unanswered: (waited: string, n: number) => `${waited}, ${n} ${s(n, 'reminder', 'reminders')} unanswered`,
    escalatedText: (title: string, priority: string, n: number) => `${title} (${priority}, ${n} reminders unanswered)`,
    heldBy: (holders: string) => `Restricted alert: details are held by ${holders}`,
    leadText: (waited: string, channel: string) => `⏫ ${waited} and was escalated to ${channel}.`,
    leadBlock: (waited: string, channel: string, n: number, headline: string, owner: string) =>
      `⏫ *${waited}* and was escalated to ${channel} after ${n} ${s(n, 'reminder', 'reminders')}.\n${headline}\nOwner: ${owner}`,
    threadEscalation: (waited: string, channel: string) => `⏫ ${waited}: escalated to ${channel} and the section leads.`,
    taskRestricted: (ref: string) => `a task on restricted alert ${ref} (\`/alert show ${ref}\`)`,
    quoted: (text: string) => `“${text}”`,
    taskText: (ref: string, due: string) => `📋 Your task on ${ref} is past due (due ${due}).`,
    taskBlock: (ref: string, due: string, what: string, headline: string) => `📋 *Your task on ${ref} is past due* (due ${due}): ${what}\n${headline}`,
    snoozed: (ref: string, until: string) => `⏸ Reminders for ${ref} snoozed until ${until}.`,
  },

  /** The reporter's DM when a card can never be posted (src/slack/outbox-sender.ts). */
  undeliverable: {
    card: (ref: string, channel: string, why: string) => `${ref} is safely logged, but its card could not be posted in ${channel}. ${why}`,
    notInChannel: 'Veille is not in that channel: ask an admin to invite it (`/invite @Veille`).',
    slackSaid: (error: string) => `Slack said \`${error}\`.`,
  },

  /** When an alert becomes restricted after it went out (src/alerts/restriction.ts). */
  restriction: {
    withdrawn: (ref: string, where: string) => `🔒 ${ref} is now restricted: this message was withdrawn. Details are with ${where}.`,
    withdrawnLeft: (ref: string, where: string) =>
      `🔒 ${ref} is restricted and you are no longer in a section holding it: this message was withdrawn. Details are with ${where}.`,
    theRestrictedSections: 'the restricted sections',
    heldHere: (leads: string | null, ref: string, edited: number) =>
      `🔒 ${leads ? `${leads}: ` : ''}${ref} is now restricted and held here.${edited ? ` ${edited} of its earlier thread replies and DMs outside the restricted sections were edited down to a notice.` : ''}`,
    ownerReleased: (owner: string) => `Its owner ${owner} is not in a restricted section holding it and was released: it has no owner now. Take ownership or assign it.`,
    taskReleased: (text: string, owner: string, ref: string) =>
      `The task “${text}” of ${owner} was released and closed, not done. Give it again to someone here: \`/alert task ${ref} @someone …\`.`,
    leftReleased: (leads: string | null, who: string, channel: string, ref: string) =>
      `🚪 ${leads ? `${leads}: ` : ''}${who} left ${channel} and is in no other restricted section holding ${ref}: they were released from it.`,
    noOwnerNow: (ref: string) => `${ref} has no owner now. Take ownership or assign it.`,
  },

  help: {
    text: 'How to use /alert',
    quick: [
      '*Log an alert in one line* — say what happened, where, who, how many:',
      '• `/alert Armed men attacked Kamango market, 4 killed, ADF suspected`',
      "• `/alert Deux enfants enlevés près de l'école de Mambasa, CODECO`",
      '• `/alert M23 positioned above Kanyaruchinya, population fleeing priority:critical`',
      'You get a private confirmation of what was understood, with *Edit* and *Undo*. Nothing you type is dropped.',
    ].join('\n'),
    overrides: [
      '*Set things explicitly* with `key:value` (quote values with spaces):',
      '`place:"Mambasa Centre"` · `type:abduction` · `perp:ADF` · `priority:critical|high|medium|low` · `restricted:yes` · `source:patrol` · `killed:3`',
      'French keys work too: `lieu:`, `auteur:`, `priorité:haute`, `restreint:oui`.',
    ].join('\n'),
    unsure: [
      '*When Veille is unsure* of the category, the confirmation offers the likely ones as buttons — one tap fixes it (an edit, in the audit trail); *Other…* opens Edit:',
      '• _Not sure of the category — is it one of these?_ `Abduction` · `Attack on civilians` · `Other…`',
      '• _Catégorie incertaine — est-ce l’une de celles-ci ?_ `Enlèvement` · `Attaque contre des civils` · `Autre…`',
      'If a count could not be read, it says so: check the numbers with *Edit* (_Modifier_).',
    ].join('\n'),
    form: '*The full form*: type `/alert` alone. On any message: ⋯ → *Log as alert*.',
    manage: '*Manage alerts*',
    privacy: (prefix: string) =>
      `CRSV and child-protection alerts, and any report of sexual violence, are restricted: their details go only to restricted sections; others see a summary. References look like \`${prefix}-12\`.`,
    /** What each subcommand does, by its name (commands/alert/*.ts). */
    summaries: {
      show: 'Show an alert privately, with the details you are allowed to see; `history` for who did what and when.',
      assign: 'Give an alert an owner (they get it by DM), optionally with a due time.',
      update: 'Add an update to an alert (posted in its threads).',
      task: 'Give someone a follow-up task on an alert.',
      close: 'Close an alert with its reason (resolved needs the outcome).',
      reopen: 'Reopen a closed alert (its owner, the section leads or its reporter).',
      list: 'List open alerts, overdue first, then most urgent.',
      digest: 'The daily digest of the last 24 hours: `preview` shows it to you, `now` posts it in the section channel.',
      notify: 'Whether you get a DM when your reports are acknowledged, get a first response, and are closed (on by default).',
      help: 'This help.',
    } satisfies Record<HelpTopic, string>,
  },
};

export type Catalog = typeof en;
