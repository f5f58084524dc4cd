import type { Section } from '../../src/config/mission.js';
import type { Veille } from '../../src/context.js';
import { digestNow, queueDigestNow, type DigestTarget } from '../../src/digests/schedule.js';
import { digestLanguage, linkerFor, renderDigest } from '../../src/slack/render/digest-send.js';
import { t } from '../../src/slack/i18n/index.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { sectionLink } from '../../src/slack/views/format.js';
import { escapeMrkdwn, mrkdwn } from '../../src/slack/views/mrkdwn.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type Subcommand } from '../types.js';

const LEADERSHIP_WORDS = new Set(['leadership', 'direction', 'smg-p', 'smgp']);

function choices(veille: Veille): string {
  return [...veille.mission.sections.map((s) => `\`${s.id}\``), '`leadership`'].join(', ');
}

/** The section named, else the one whose channel the command was typed in; null when neither says. */
function targetOf(veille: Veille, word: string | undefined, channel: string): DigestTarget | { kind: 'unknown'; word: string } | null {
  const { mission } = veille;
  if (word) {
    const wanted = word.replace(/^section:/i, '').replace(/^"|"$/g, '').toLowerCase();
    if (LEADERSHIP_WORDS.has(wanted)) return { kind: 'leadership' };
    const section = mission.sections.find((s) => s.id === wanted || s.name.toLowerCase() === wanted);
    return section ? { kind: 'section', section } : { kind: 'unknown', word: wanted };
  }
  const here = mission.sections.find((s) => s.channel === channel);
  if (here) return { kind: 'section', section: here };
  return channel === mission.leadershipDigest.channel ? { kind: 'leadership' } : null;
}

/** A restricted section's digest names survivors' places and alerts: only for its channel's members. */
async function refusal(section: Section, user: string, deps: CommandDeps): Promise<CommandReply | null> {
  if (!section.restricted || (await deps.slack.isMember(section.channel, user))) return null;
  return reply(notice(`The *${escapeMrkdwn(section.name)}* digest is restricted: only members of ${sectionLink(section.channel)} can see it.`, 'Nothing was shown or posted.'));
}

/** `/alert digest preview|now [section]`: the digest of the last 24 hours, privately or posted in its channel. */
async function digest(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const { veille } = deps;
  const action = /^(now|maintenant)$/i.test(match[1]!) ? 'now' : 'preview';
  const target = targetOf(veille, match[2], input.channelId);
  if (target === null) {
    return reply(notice('Which section’s digest? This channel is not a section channel.', `e.g. \`/alert digest ${action} poc\` — sections: ${choices(veille)}`));
  }
  if (target.kind === 'unknown') return reply(notice(`No section *${escapeMrkdwn(target.word)}*.`, `Sections: ${choices(veille)}`));
  if (target.kind === 'section') {
    const refused = await refusal(target.section, input.userId, deps);
    if (refused) return refused;
  }
  const channel = target.kind === 'section' ? target.section.channel : veille.mission.leadershipDigest.channel;
  const id = target.kind === 'section' ? target.section.id : 'leadership';
  if (action === 'now') {
    queueDigestNow(veille, target, input.userId);
    return reply(notice(`Posting the digest in ${sectionLink(channel)} now.`, 'The daily one still comes at its time.'));
  }
  // As it would be posted: in the language of the channel it would go to.
  const payload = digestNow(veille, target);
  const language = digestLanguage(veille, payload);
  const words = t(language).digest;
  const rendered = renderDigest(veille, payload, linkerFor(veille.db, veille, payload, null), language);
  const note = { type: 'context', elements: [mrkdwn(words.preview(sectionLink(channel), `\`/alert digest now ${id}\``))] };
  return reply({ text: words.previewText(rendered.text), blocks: [note, ...rendered.blocks] });
}

export const digestSubcommand: Subcommand = {
  name: 'digest',
  aliases: ['résumé', 'resume'],
  usage: 'digest preview|now [section]',
  summary: 'The daily digest of the last 24 hours: `preview` shows it to you, `now` posts it in the section channel.',
  examples: ['/alert digest preview', '/alert digest now poc', '/alert digest preview leadership'],
  pattern: /^(?:digest|résumé|resume)\s+(preview|now|aperçu|apercu|maintenant)(?:\s+((?:section:)?(?:"[^"]+"|\S+)))?$/i,
  run: digest,
};
