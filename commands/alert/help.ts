import type { Mission } from '../../src/config/mission.js';
import { mrkdwn } from '../../src/slack/views/mrkdwn.js';
import { reply, type CommandReply, type Subcommand } from '../types.js';

/** The grammar, with examples in English and French, built from the subcommands themselves. */
export function helpMessage(subcommands: Subcommand[], mission: Mission): CommandReply {
  const prefix = mission.referencePrefix;
  const quick = [
    '*Log an alert in one line* — say what happened, where, who, how many:',
    '• `/alert Armed men attacked Kamango market, 4 killed, ADF suspected`',
    "• `/alert Deux enfants enlevés près de l'école de Mambasa, CODECO`",
    '• `/alert M23 positioned above Kanyaruchinya, population fleeing priority:critical`',
    'You get a private confirmation of what was understood, with *Edit* and *Undo*. Nothing you type is dropped.',
  ].join('\n');
  const unsure = [
    '*When Veille is unsure* of the category, the confirmation offers the likely ones as buttons — one tap fixes it (an edit, in the audit trail); *Other…* opens Edit:',
    '• _Not sure of the category — is it one of these?_ `Abduction` · `Attack on civilians` · `Other…`',
    '• _Catégorie incertaine — est-ce l’une de celles-ci ?_ `Enlèvement` · `Attaque contre des civils` · `Autre…`',
    'If a count could not be read, it says so: check the numbers with *Edit* (_Modifier_).',
  ].join('\n');
  const overrides = [
    '*Set things explicitly* with `key:value` (quote values with spaces):',
    '`place:"Mambasa Centre"` · `type:abduction` · `perp:ADF` · `priority:critical|high|medium|low` · `restricted:yes` · `source:patrol` · `killed:3`',
    'French keys work too: `lieu:`, `auteur:`, `priorité:haute`, `restreint:oui`.',
  ].join('\n');
  const form = '*The full form*: type `/alert` alone. On any message: ⋯ → *Log as alert*.';
  const commands = subcommands.map((s) => `• \`/alert ${s.usage}\` — ${s.summary}${s.examples[0] ? ` e.g. \`${s.examples[0]}\`` : ''}`).join('\n');
  const privacy = `CRSV and child-protection alerts, and any report of sexual violence, are restricted: their details go only to restricted sections; others see a summary. References look like \`${prefix}-12\`.`;
  return reply({
    text: 'How to use /alert',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: `Veille — ${mission.name}`.slice(0, 150) } },
      { type: 'section', text: mrkdwn(quick) },
      { type: 'section', text: mrkdwn(unsure) },
      { type: 'section', text: mrkdwn(overrides) },
      { type: 'section', text: mrkdwn(form) },
      { type: 'section', text: mrkdwn(`*Manage alerts*\n${commands}`) },
      { type: 'context', elements: [mrkdwn(privacy)] },
    ],
  });
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
    run: (_match, _input, { veille }) => helpMessage(subcommands, veille.mission),
  };
}
