import type { Mission } from '../../src/config/mission.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { HELP_TOPICS, t, type HelpTopic } from '../../src/slack/i18n/index.js';
import { mrkdwn } from '../../src/slack/views/mrkdwn.js';
import { reply, type CommandReply, type Subcommand } from '../types.js';

const isTopic = (name: string): name is HelpTopic => (HELP_TOPICS as readonly string[]).includes(name);

/** The grammar, with examples, built from the subcommands themselves, in the words of the catalog. */
function helpMessage(subcommands: Subcommand[], mission: Mission, language: Language = 'en'): CommandReply {
  const h = t(language).help;
  const c = t(language).commands;
  const commands = subcommands.map((s) => c.helpLine(s.usage, isTopic(s.name) ? h.summaries[s.name] : s.summary, s.examples[0] ?? null)).join('\n');
  return reply({
    text: h.text,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: `Veille — ${mission.name}`.slice(0, 150) } },
      { type: 'section', text: mrkdwn(h.quick) },
      { type: 'section', text: mrkdwn(h.unsure) },
      { type: 'section', text: mrkdwn(h.overrides) },
      { type: 'section', text: mrkdwn(h.form) },
      { type: 'section', text: mrkdwn(`${h.manage}\n${commands}`) },
      { type: 'context', elements: [mrkdwn(h.privacy(mission.referencePrefix))] },
    ],
  });
}

/** `help` answers in English, `aide` in French, `?` in the mission's language. */
function helpLanguage(word: string, mission: Pick<Mission, 'language'>): Language {
  const asked = word.toLowerCase();
  return asked === 'aide' ? 'fr' : asked === 'help' ? 'en' : mission.language;
}

/** Help lists the subcommands given, itself included. */
export function helpSubcommandFor(subcommands: Subcommand[]): Subcommand {
  return {
    name: 'help',
    aliases: ['aide', '?'],
    usage: 'help',
    summary: 'This help.',
    examples: ['/alert help'],
    pattern: /^(?:help|aide|\?)$/i,
    run: (match, _input, { veille }) => helpMessage(subcommands, veille.mission, helpLanguage(match[0], veille.mission)),
  };
}
