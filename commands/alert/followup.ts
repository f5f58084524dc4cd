import type { Veille } from '../../src/context.js';
import { parseReference, type Alert } from '../../src/domain/alert.js';
import { actorFacts, zoneOf } from '../../src/followup/access.js';
import type { FlowOutcome } from '../../src/followup/flows.js';
import type { Actor } from '../../src/followup/guard.js';
import { parseDue } from '../../src/followup/time.js';
import { getAlert } from '../../src/alerts/service.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { t } from '../../src/slack/i18n/index.js';
import { outcomeMessage } from '../../src/slack/render/answers.js';
import { readerLanguage } from '../../src/slack/render/language.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { escapeMrkdwn } from '../../src/slack/views/mrkdwn.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply } from '../types.js';
import { unknownReference } from './show.js';

/** What the follow-up subcommands share: the reference, the person acting, a due time, the answer. */

/** A reference as the free-text subcommands require it (`A-12`, never a bare number: "update 12 killed…" is a report). */
export const REFERENCE = '([A-Za-z]{1,6}-\\d{1,9})';
/** A user mention as Slack sends it with should_escape: `<@U123|amina>`. */
export const MENTION = '<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>';

export async function findAlert(deps: CommandDeps, input: CommandInput, text: string): Promise<Alert | CommandReply> {
  const { veille } = deps;
  const id = parseReference(veille.mission.referencePrefix, text);
  const alert = id === null ? null : getAlert(veille.db, id);
  return alert ?? unknownReference(text, veille.mission.referencePrefix, await readerLanguage(deps, input.userId));
}

export function isReply(value: unknown): value is CommandReply {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

export function actorOf({ veille, slack }: CommandDeps, alertId: number, input: CommandInput): Promise<Actor> {
  return actorFacts(veille, slack.isMember, alertId, input.userId, input.channelId);
}

/** The language of the answer to this person about this alert. */
export function languageFor(deps: CommandDeps, input: CommandInput, alert: Alert): Promise<Language> {
  return readerLanguage(deps, input.userId, alert);
}

/** `due:6h` etc. in the zone of the section whose channel the command was typed in. */
export function readDue(veille: Veille, raw: string | undefined, channel: string, language: Language): { ok: true; at: number | null } | { ok: false; reply: CommandReply } {
  if (!raw) return { ok: true, at: null };
  const c = t(language).commands;
  const now = veille.clock.now();
  const at = parseDue(raw, now, zoneOf(veille, channel));
  if (at === null) return { ok: false, reply: reply(notice(c.dueNotUnderstood(escapeMrkdwn(raw)), c.dueHelp)) };
  if (at <= now) return { ok: false, reply: reply(notice(c.duePassed(escapeMrkdwn(raw)))) };
  return { ok: true, at };
}

/** The flow's private answer, in the person's language; a refusal says it changed nothing. */
export async function answerOf(deps: CommandDeps, input: CommandInput, alert: Alert, outcome: FlowOutcome): Promise<CommandReply> {
  return reply(outcomeMessage(deps.veille.mission, outcome, await languageFor(deps, input, alert), zoneOf(deps.veille, input.channelId)));
}
