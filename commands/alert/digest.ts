import type { ContextBlock } from '@slack/types';
import type { Section } from '../../src/config/mission.js';
import type { Veille } from '../../src/context.js';
import { digestNow, queueDigestNow, type DigestTarget } from '../../src/digests/schedule.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { digestLanguage, linkerFor, renderDigest } from '../../src/slack/render/digest-send.js';
import { t } from '../../src/slack/i18n/index.js';
import { readerLanguage } from '../../src/slack/render/language.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { sectionLink, sectionName } from '../../src/slack/views/format.js';
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
async function refusal(section: Section, user: string, deps: CommandDeps, language: Language): Promise<CommandReply | null> {
  if (!section.restricted || (await deps.slack.isMember(section.channel, user))) return null;
  const words = t(language).digestCommand;
  return reply(notice(words.restricted(escapeMrkdwn(sectionName(section, language)), sectionLink(section.channel)), words.nothingShown));
}

/**
 * `/alert digest preview|now [section]`: the digest of the last 24 hours, privately or posted in its
 * channel. What is said to the person is in their language; the digest in its channel's.
 */
async function digest(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> {
  const { veille } = deps;
  const reader = await readerLanguage(deps, input.userId);
  const said = t(reader).digestCommand;
  const action = /^(now|maintenant)$/i.test(match[1]!) ? 'now' : 'preview';
  const target = targetOf(veille, match[2], input.channelId);
  if (target === null) {
    return reply(notice(said.which, said.whichExample(`\`/alert digest ${action} poc\``, choices(veille))));
  }
  if (target.kind === 'unknown') return reply(notice(said.noSection(escapeMrkdwn(target.word)), said.sections(choices(veille))));
  if (target.kind === 'section') {
    const refused = await refusal(target.section, input.userId, deps, reader);
    if (refused) return refused;
  }
  const channel = target.kind === 'section' ? target.section.channel : veille.mission.leadershipDigest.channel;
  const id = target.kind === 'section' ? target.section.id : 'leadership';
  if (action === 'now') {
    queueDigestNow(veille, target, input.userId);
    return reply(notice(said.posting(sectionLink(channel)), said.dailyStillComes));
  }
  // As it would be posted: in the language of the channel it would go to.
  const payload = digestNow(veille, target);
  const rendered = renderDigest(veille, payload, linkerFor(veille.db, veille, payload, null), digestLanguage(veille, payload));
  const note: ContextBlock = { type: 'context', elements: [mrkdwn(said.preview(sectionLink(channel), `\`/alert digest now ${id}\``))] };
  return reply({ text: said.previewText(rendered.text), blocks: [note, ...rendered.blocks] });
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
