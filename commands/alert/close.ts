import { parseReference } from '../../src/domain/alert.js';
import { mayViewAlert } from '../../src/followup/access.js';
import { close } from '../../src/followup/flows.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type Subcommand } from '../types.js';
import { t } from '../../src/slack/i18n/index.js';
import { actorOf, answerOf, findAlert, isReply, languageFor, REFERENCE } from './followup.js';

/** The reason as typed: `no-action-possible` and `no_action` are the same reason. */
function reasonOf(word: string): string {
  const w = word.toLowerCase().replace(/-/g, '_');
  return w === 'no_action' ? 'no_action_possible' : w;
}

/** `/alert close A-12 resolved <outcome>` · `… duplicate A-7` · `… unfounded <note>` · `… no_action_possible <note>`. */
async function run(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const { veille } = deps;
  const alert = await findAlert(deps, input, match[1]!);
  if (isReply(alert)) return alert;
  const reason = reasonOf(match[2]!);
  let note = (match[3] ?? '').trim();
  let duplicateOf: number | null = null;
  if (reason === 'duplicate') {
    const [first = '', ...rest] = note.split(/\s+/);
    duplicateOf = parseReference(veille.mission.referencePrefix, first);
    if (duplicateOf === null) {
      const c = t(await languageFor(deps, input, alert)).commands;
      return reply(notice(c.duplicateOfWhich(alert.reference), c.duplicateExample(alert.reference, veille.mission.referencePrefix)));
    }
    note = rest.join(' ');
  }
  const actor = await actorOf(deps, alert.id, input);
  const mayViewOriginal = await mayViewAlert(veille, deps.slack.isMember, duplicateOf, input.userId);
  return answerOf(deps, input, alert, close(veille, alert.id, actor, { reason, duplicateOf, note, mayViewOriginal }));
}

export const closeSubcommand: Subcommand = {
  name: 'close',
  aliases: ['clore', 'fermer'],
  usage: 'close <reference> resolved|unfounded|duplicate <ref>|no_action_possible <outcome or note>',
  summary: 'Close an alert with its reason (resolved needs the outcome).',
  examples: ['/alert close A-12 resolved Patrol deployed, armed men withdrew, no further incidents', '/alert close A-14 duplicate A-12'],
  pattern: new RegExp(`^(?:close|clore|fermer)\\s+${REFERENCE}\\s+(resolved|unfounded|duplicate|no[_-]action[_-]possible|no[_-]action)(?:\\s+([\\s\\S]*))?$`, 'i'),
  run,
};
