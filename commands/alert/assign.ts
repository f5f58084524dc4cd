import { assigneeFacts } from '../../src/followup/access.js';
import { assign } from '../../src/followup/flows.js';
import type { CommandDeps, CommandInput, CommandReply, Subcommand } from '../types.js';
import { actorOf, answerOf, findAlert, isReply, languageFor, MENTION, readDue } from './followup.js';

/** `/alert assign A-12 @amina due:6h`: a new owner, told by DM, with an optional due time. */
async function run(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const alert = await findAlert(deps, input, match[1]!);
  if (isReply(alert)) return alert;
  const due = readDue(deps.veille, match[3], input.channelId, await languageFor(deps, input, alert));
  if (!due.ok) return due.reply;
  const actor = await actorOf(deps, alert.id, input);
  const assignee = await assigneeFacts(deps.veille, deps.slack.isMember, alert.id, match[2]!);
  return answerOf(deps, input, alert, assign(deps.veille, alert.id, actor, assignee, due.at));
}

export const assignSubcommand: Subcommand = {
  name: 'assign',
  aliases: ['assigner'],
  usage: 'assign <reference> @person [due:6h|tomorrow|2026-11-25]',
  summary: 'Give an alert an owner (they get it by DM), optionally with a due time.',
  examples: ['/alert assign A-12 @amina due:6h', '/alert assign A-12 @amina due:tomorrow'],
  pattern: new RegExp(`^(?:assign|assigner)\\s+(\\S+)\\s+${MENTION}(?:\\s+due:(\\S+))?$`, 'i'),
  run,
};
