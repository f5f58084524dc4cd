import { notice } from '../../src/slack/views/confirmation.js';
import { escapeMrkdwn } from '../../src/slack/views/mrkdwn.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type SlashCommandDefinition, type Subcommand } from '../types.js';
import { dispatch } from './grammar.js';
import { helpSubcommandFor } from './help.js';
import { listSubcommand } from './list.js';
import { quickReport } from './report.js';
import { showSubcommand } from './show.js';
import { assignSubcommand } from './assign.js';
import { closeSubcommand } from './close.js';
import { reopenSubcommand } from './reopen.js';
import { taskSubcommand } from './task.js';
import { updateSubcommand } from './update.js';
import { digestSubcommand } from './digest.js';
import { notifySubcommand } from './notify.js';

export const subcommands: Subcommand[] = [showSubcommand, listSubcommand];
subcommands.push(assignSubcommand, updateSubcommand, closeSubcommand, taskSubcommand, reopenSubcommand);
subcommands.push(digestSubcommand);
subcommands.push(notifySubcommand);
subcommands.push(helpSubcommandFor(subcommands));

/** `/alert`: a quick report by default; management subcommands when their exact form matches. */
export const alertCommand: SlashCommandDefinition = {
  command: '/alert',
  description: 'Log a protection alert in one line, or follow one up (help lists everything)',
  usageHint: '<what happened, where, who> | show A-12 | assign A-12 @user | list | digest preview | help',
  shouldEscape: true,
  subcommands,
  fallback: quickReport,
};

/** Routes one `/alert` request to its subcommand or to the quick report. */
export async function runAlertCommand(input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const route = dispatch(input.text, subcommands);
  switch (route.kind) {
    case 'subcommand':
      return route.subcommand.run(route.match, input, deps);
    case 'misused':
      return reply(notice(`Usage: \`/alert ${route.subcommand.usage}\``, `e.g. ${route.subcommand.examples.map((e) => `\`${e}\``).join(' · ')} — \`/alert help\` lists everything.`));
    case 'unknown':
      return reply(
        notice(
          `*${escapeMrkdwn(route.word)}* is not a subcommand${route.suggestion ? ` — did you mean \`/alert ${route.suggestion.usage}\`?` : '.'} Nothing was logged.`,
          'To log an alert, describe it: `/alert Armed men attacked Kamango market, 4 killed, ADF suspected`. `/alert help` lists everything.',
        ),
      );
    case 'report':
      return alertCommand.fallback(input, deps);
  }
}
