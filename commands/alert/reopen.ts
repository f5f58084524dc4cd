import { reopenAlert } from '../../src/followup/flows.js';
import type { CommandDeps, CommandInput, CommandReply, Subcommand } from '../types.js';
import { actorOf, answerOf, findAlert, isReply, REFERENCE } from './followup.js';

/** `/alert reopen A-12`: a closed alert needs more follow-up. */
async function run(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const alert = await findAlert(deps, input, match[1]!);
  if (isReply(alert)) return alert;
  const actor = await actorOf(deps, alert.id, input);
  return answerOf(deps, input, alert, reopenAlert(deps.veille, alert.id, actor));
}

export const reopenSubcommand: Subcommand = {
  name: 'reopen',
  aliases: ['rouvrir'],
  usage: 'reopen <reference>',
  summary: 'Reopen a closed alert (its owner, the section leads or its reporter).',
  examples: ['/alert reopen A-12'],
  pattern: new RegExp(`^(?:reopen|rouvrir)\\s+${REFERENCE}$`, 'i'),
  run,
};
