import { addUpdate } from '../../src/followup/flows.js';
import type { CommandDeps, CommandInput, CommandReply, Subcommand } from '../types.js';
import { actorOf, answerOf, findAlert, isReply, REFERENCE } from './followup.js';

/** `/alert update A-12 <text>`: an update in the alert's threads; it restarts the follow-up clock. */
async function run(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const alert = await findAlert(deps, input, match[1]!);
  if (isReply(alert)) return alert;
  const actor = await actorOf(deps, alert.id, input);
  return answerOf(deps, input, alert, addUpdate(deps.veille, alert.id, actor, { text: match[2]!, status: null, outcomeOf: null }));
}

export const updateSubcommand: Subcommand = {
  name: 'update',
  aliases: ['suivi'],
  usage: 'update <reference> <what happened since>',
  summary: 'Add an update to an alert (posted in its threads).',
  examples: ['/alert update A-12 Patrol reached Kamango, situation calm, 40 households displaced to Oicha'],
  // A reference is required right after the word: "update from Beni: …" stays a quick report.
  pattern: new RegExp(`^(?:update|suivi)\\s+${REFERENCE}\\s+([\\s\\S]+)$`, 'i'),
  run,
};
