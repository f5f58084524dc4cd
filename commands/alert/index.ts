import { notice } from '../../src/slack/views/confirmation.js';
import { escapeMrkdwn } from '../../src/slack/views/mrkdwn.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type SlashCommandDefinition, type Subcommand } from '../types.js';
import { t } from '../../src/slack/i18n/index.js';
import { readerLanguage } from '../../src/slack/render/language.js';
import { renderAlertForm } from '../../src/slack/views/form.js';
import { dispatch } from './grammar.js';
import { helpSubcommandFor } from './help.js';
import { listSubcommand } from './list.js';
import { quickReport, reportLanguage } from './report.js';
import type { Language } from '../../src/domain/taxonomy.js';
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
    case 'misused': {
      const c = t(await readerLanguage(deps, input.userId)).commands;
      return reply(notice(c.usage(route.subcommand.usage), c.examples(route.subcommand.examples.map((e) => `\`${e}\``).join(' · '))));
    }
    case 'unknown': {
      const c = t(await readerLanguage(deps, input.userId)).commands;
      return reply(notice(c.notSubcommand(escapeMrkdwn(route.word), route.suggestion?.usage ?? null), c.howToLog));
    }
    case 'report':
      // `/alert` alone opens the form, in the language of whoever typed it.
      if (input.text.trim() === '') return { kind: 'modal', view: renderAlertForm({ metadata: { channel: input.channelId, via: 'form' }, language: await readerLanguage(deps, input.userId) }) };
      return alertCommand.fallback(input, deps);
  }
}

/** The language to refuse a request in: a quick report's own (its author reads it back), else the person's. */
export async function refusalLanguage(input: CommandInput, deps: CommandDeps): Promise<Language> {
  const text = input.text.trim();
  if (text !== '' && dispatch(text, subcommands).kind === 'report') return reportLanguage(text);
  return readerLanguage(deps, input.userId);
}
