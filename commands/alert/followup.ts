import type { Veille } from '../../src/context.js';
import { parseReference, type Alert } from '../../src/domain/alert.js';
import { actorFacts, zoneOf } from '../../src/followup/access.js';
import type { FlowOutcome } from '../../src/followup/flows.js';
import type { Actor } from '../../src/followup/guard.js';
import { DUE_HELP, parseDue } from '../../src/followup/time.js';
import { getAlert } from '../../src/alerts/service.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply } from '../types.js';
import { unknownReference } from './show.js';

/** What the follow-up subcommands share: the reference, the person acting, a due time, the answer. */

/** A reference as the free-text subcommands require it (`A-12`, never a bare number: "update 12 killed…" is a report). */
export const REFERENCE = '([A-Za-z]{1,6}-\\d{1,9})';
/** A user mention as Slack sends it with should_escape: `<@U123|amina>`. */
export const MENTION = '<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>';

export function findAlert(veille: Veille, text: string): Alert | CommandReply {
  const id = parseReference(veille.mission.referencePrefix, text);
  const alert = id === null ? null : getAlert(veille.db, id);
  return alert ?? unknownReference(text, veille.mission.referencePrefix);
}

export function isReply(value: unknown): value is CommandReply {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

export function actorOf({ veille, slack }: CommandDeps, alertId: number, input: CommandInput): Promise<Actor> {
  return actorFacts(veille, slack.isMember, alertId, input.userId, input.channelId);
}

/** `due:6h` etc. in the zone of the section whose channel the command was typed in. */
export function readDue(veille: Veille, raw: string | undefined, channel: string): { ok: true; at: number | null } | { ok: false; reply: CommandReply } {
  if (!raw) return { ok: true, at: null };
  const now = veille.clock.now();
  const at = parseDue(raw, now, zoneOf(veille, channel));
  if (at === null) return { ok: false, reply: reply(notice(`*due:${raw}* is not a due time I understand. Nothing was changed.`, `Use ${DUE_HELP}.`)) };
  if (at <= now) return { ok: false, reply: reply(notice(`*due:${raw}* has already passed. Nothing was changed.`)) };
  return { ok: true, at };
}

/** The flow's private answer; a refusal says it changed nothing. */
export function answerOf(outcome: FlowOutcome): CommandReply {
  if (outcome.ok) return reply(notice(`${outcome.changed ? '✅ ' : ''}${outcome.message}`));
  return reply(notice(`⚠️ ${outcome.message}`, 'Nothing was changed.'));
}
