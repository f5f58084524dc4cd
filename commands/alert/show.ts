import type { KnownBlock } from '@slack/types';
import { mayViewRestricted, readingOf } from '../../src/alerts/access.js';
import { CARD_WORDS } from '../../src/slack/views/card-words.js';
import { sectionLink } from '../../src/slack/views/format.js';
import { getAlert, routesOf } from '../../src/alerts/service.js';
import { placeById } from '../../src/context.js';
import { parseReference } from '../../src/domain/alert.js';
import { detailHolders } from '../../src/domain/permissions.js';
import { eventsOf, recordEvent } from '../../src/store/events.js';
import { mayViewAlert, zoneOf } from '../../src/followup/access.js';
import { followupSummary, historyBlocks } from '../../src/slack/views/followup-record.js';
import { renderCard, renderStub } from '../../src/slack/views/card.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { escapeMrkdwn, mrkdwn } from '../../src/slack/views/mrkdwn.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { t } from '../../src/slack/i18n/index.js';
import { missionIn, readerLanguage } from '../../src/slack/render/language.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type Subcommand } from '../types.js';

export function unknownReference(text: string, prefix: string, language: Language): CommandReply {
  const c = t(language).commands;
  return reply(notice(c.noSuchAlert(escapeMrkdwn(text)), c.referencesLook(prefix)));
}

/** `/alert show A-12`: the record, privately. Restricted details only to those allowed; each reveal is audited. */
async function show(match: RegExpExecArray, input: CommandInput, { veille, slack }: CommandDeps): Promise<CommandReply> {
  const { db, mission } = veille;
  const id = parseReference(mission.referencePrefix, match[1]!);
  const alert = id === null ? null : getAlert(db, id);
  if (!alert) return unknownReference(match[1]!, mission.referencePrefix, await readerLanguage({ veille, slack }, input.userId));
  // In the reader's language: the card and stub as their words, the record as theirs.
  const language = await readerLanguage({ veille, slack }, input.userId, alert);
  const w = t(language).record;
  const words = missionIn(mission, language);
  const place = placeById(veille, alert.placeId);
  const reading = await readingOf(veille, slack.isMember, alert, input.userId);
  const zone = zoneOf(veille, input.channelId);
  const events = eventsOf(db, alert.id);
  const history = Boolean(match[2]);
  if (reading === 'none') {
    if (history) return reply({ text: w.history(alert.reference), blocks: historyBlocks(veille, alert, events, zone, false, language) });
    const holders = detailHolders(routesOf(db, alert.id), mission.sections);
    const stub = renderStub(alert, place, words, holders);
    return reply({
      text: stub.text,
      blocks: [...stub.blocks, ...followupSummary(veille, alert, events, zone, false, language), { type: 'context', elements: [mrkdwn(w.summaryOnly)] }],
    });
  }
  // The reporter outside the restricted sections: what they reported and the steps, as their
  // notices tell them — not who works the case, nor what the restricted sections added to it.
  const self = reading === 'reporter' ? input.userId : null;
  const full = reading === 'member';
  // The alerts it was closed as a duplicate of: named only to those who may read them.
  const readable = new Set<number>();
  for (const id of new Set([alert.duplicateOf, ...events.map((e) => e.data.duplicateOf)])) {
    if (typeof id === 'number' && (await mayViewAlert(veille, slack.isMember, id, input.userId))) readable.add(id);
  }
  if (history) {
    if (alert.sensitivity === 'restricted') audit(veille, alert.id, input.userId, 'history', false);
    return reply({ text: w.history(alert.reference), blocks: historyBlocks(veille, alert, events, zone, full, language, self, readable) });
  }
  const duplicateLink = alert.duplicateOf === null || readable.has(alert.duplicateOf);
  const card = renderCard(alert, place, words, full ? { duplicateLink } : { workers: false, self: input.userId, actions: false });
  const blocks: KnownBlock[] = [...card.blocks, ...followupSummary(veille, alert, events, zone, full, language, self)];
  if (!full) {
    const holders = detailHolders(routesOf(db, alert.id), mission.sections);
    blocks.push({ type: 'context', elements: [mrkdwn(w.reporterView(holders.map((s) => sectionLink(s.channel)).join(', ') || CARD_WORDS[language].restrictedSections))] });
  }
  // The source's identity: to its reporter and the members of restricted sections holding it, standard or not.
  const revealsSource = (reading === 'reporter' || (await mayViewRestricted(veille, slack.isMember, alert, input.userId))) && alert.sourceDetail;
  if (revealsSource) blocks.push({ type: 'section', text: mrkdwn(w.source(escapeMrkdwn(alert.sourceDetail!))) });
  if (alert.sensitivity === 'restricted' || revealsSource) audit(veille, alert.id, input.userId, 'show', Boolean(revealsSource));
  return reply({ text: card.text, blocks: blocks.slice(0, 50) });
}

/** Every reveal of restricted details is an event in the audit trail. */
function audit(veille: CommandDeps['veille'], alertId: number, user: string, surface: string, source: boolean): void {
  const { db, clock } = veille;
  db.transaction(() => {
    recordEvent(db, { alertId, at: clock.now(), actor: user, type: 'revealed', data: { surface, source } });
  })();
}

export const showSubcommand: Subcommand = {
  name: 'show',
  aliases: ['voir', 'afficher'],
  usage: 'show <reference>',
  summary: 'Show an alert privately, with the details you are allowed to see; `history` for who did what and when.',
  examples: ['/alert show A-12', '/alert show A-12 history'],
  pattern: /^(?:show|voir|afficher)\s+(\S+)(?:\s+(history|historique))?$/i,
  run: show,
};
