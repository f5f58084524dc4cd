import { assigneeFacts } from '../../src/followup/access.js';
import { addTask } from '../../src/followup/flows.js';
import type { CommandDeps, CommandInput, CommandReply, Subcommand } from '../types.js';
import { actorOf, answerOf, findAlert, isReply, languageFor, MENTION, readDue, REFERENCE } from './followup.js';

/** `/alert task A-12 @user <text> due:…`: a follow-up task with its own owner (told by DM) and due time. */
async function run(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const alert = await findAlert(deps, input, match[1]!);
  if (isReply(alert)) return alert;
  let raw: string | undefined;
  const text = match[3]!.replace(/(?:^|\s)due:(\S+)/i, (_all, value: string) => {
    raw = value;
    return ' ';
  });
  const due = readDue(deps.veille, raw, input.channelId, await languageFor(deps, input, alert));
  if (!due.ok) return due.reply;
  const actor = await actorOf(deps, alert.id, input);
  const assignee = await assigneeFacts(deps.veille, deps.slack.isMember, alert.id, match[2]!);
  return answerOf(deps, input, alert, addTask(deps.veille, alert.id, actor, assignee, text.trim(), due.at));
}

export const taskSubcommand: Subcommand = {
  name: 'task',
  aliases: ['tache', 'tâche'],
  usage: 'task <reference> @person <what to do> [due:6h|tomorrow|2026-11-25]',
  summary: 'Give someone a follow-up task on an alert.',
  examples: ['/alert task A-12 @jean Interview the village chief due:tomorrow'],
  pattern: new RegExp(`^(?:task|tache|tâche)\\s+${REFERENCE}\\s+${MENTION}\\s+([\\s\\S]+)$`, 'i'),
  run,
};
