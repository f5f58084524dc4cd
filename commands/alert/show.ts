import { mayViewRestricted } from '../../src/alerts/access.js';
import { getAlert, routesOf } from '../../src/alerts/service.js';
import { placeById } from '../../src/context.js';
import { parseReference } from '../../src/domain/alert.js';
import { detailHolders } from '../../src/domain/permissions.js';
import { recordEvent } from '../../src/store/events.js';
import { renderCard, renderStub } from '../../src/slack/views/card.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { escapeMrkdwn, mrkdwn } from '../../src/slack/views/mrkdwn.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type Subcommand } from '../types.js';

export function unknownReference(text: string, prefix: string): CommandReply {
  return reply(notice(`No alert *${escapeMrkdwn(text)}*.`, `References look like \`${prefix}-12\`; \`/alert list\` shows the open ones.`));
}

/** `/alert show A-12`: the record, privately. Restricted details only to those allowed; each reveal is audited. */
async function show(match: RegExpExecArray, input: CommandInput, { veille, slack }: CommandDeps): Promise<CommandReply> {
  const { db, mission, clock } = veille;
  const id = parseReference(mission.referencePrefix, match[1]!);
  const alert = id === null ? null : getAlert(db, id);
  if (!alert) return unknownReference(match[1]!, mission.referencePrefix);
  const place = placeById(veille, alert.placeId);
  const allowed = await mayViewRestricted(veille, slack.isMember, alert, input.userId);
  if (alert.sensitivity === 'restricted' && !allowed) {
    const holders = detailHolders(alert, routesOf(db, alert.id), mission.sections);
    const stub = renderStub(alert, place, mission, holders);
    return reply({ text: stub.text, blocks: [...stub.blocks, { type: 'context', elements: [mrkdwn('You see the summary only: details are for the restricted sections and the reporter.')] }] });
  }
  const card = renderCard(alert, place, mission);
  const blocks = [...card.blocks];
  const revealsSource = allowed && alert.sourceDetail;
  if (revealsSource) blocks.push({ type: 'section', text: mrkdwn(`*Source (confidential)*\n${escapeMrkdwn(alert.sourceDetail!)}`) });
  if (alert.sensitivity === 'restricted' || revealsSource) {
    db.transaction(() => {
      recordEvent(db, { alertId: alert.id, at: clock.now(), actor: input.userId, type: 'revealed', data: { surface: 'show', source: Boolean(revealsSource) } });
    })();
  }
  return reply({ text: card.text, blocks });
}

export const showSubcommand: Subcommand = {
  name: 'show',
  aliases: ['voir', 'afficher'],
  usage: 'show <reference>',
  summary: 'Show an alert privately, with the details you are allowed to see.',
  examples: ['/alert show A-12'],
  pattern: /^(?:show|voir|afficher)\s+(\S+)$/i,
  run: show,
};
