import { setNotify } from '../../src/reporter/settings.js';
import { t } from '../../src/slack/i18n/index.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type Subcommand } from '../types.js';

/**
 * `/alert notify off|on` (`/alert notifier non|oui`): whether the reporter hears, by DM, when their
 * reports are acknowledged, get a first response, and are closed. Stored per person; on by default.
 */
function run(match: RegExpExecArray, input: CommandInput, { veille }: CommandDeps): CommandReply {
  const on = /^(on|oui)$/i.test(match[2]!);
  const r = t(/^notifier$/i.test(match[1]!) ? 'fr' : 'en').reporter;
  const changed = setNotify(veille.db, input.userId, on, veille.clock.now());
  return reply(notice(changed ? (on ? r.notifyOn : r.notifyOff) : r.notifySame(on), changed ? '' : on ? r.notifyOn : r.notifyOff));
}

export const notifySubcommand: Subcommand = {
  name: 'notify',
  aliases: ['notifier'],
  usage: 'notify off|on',
  summary: 'Whether you get a DM when your reports are acknowledged, get a first response, and are closed (on by default).',
  examples: ['/alert notify off', '/alert notifier oui'],
  pattern: /^(notify|notifier)\s+(on|off|oui|non)$/i,
  run,
};
