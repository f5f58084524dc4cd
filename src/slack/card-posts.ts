import type { WebClient } from '@slack/web-api';
import { readsInFull } from '../alerts/links.js';
import { forgetCard, getAlert, postedCard, routesOf, saveCardPosted } from '../alerts/service.js';
import { placeById, sectionById, type Veille } from '../context.js';
import { detailHolders } from '../domain/permissions.js';
import { writeWhenFree } from '../store/db.js';
import { freshBlockIds } from './block-revisions.js';
import { slackErrorCode } from './membership.js';
import type { Outcome } from './outbox-errors.js';
import { missionIn, sectionLanguage } from './render/language.js';
import { renderCard, renderStub, type SlackMessage } from './views/card.js';

/**
 * The alert cards in the section channels, as the outbox sender posts, edits and deletes them:
 * always drawn from the alert as it is when sent, in the form its routing gives each section.
 */

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

export class CardPosts {
  constructor(
    private veille: Veille,
    private client: WebClient,
  ) {}

  async post(alertId: number, channel: string, sectionId: string, revision: number, marker = {}): Promise<Outcome> {
    if (postedCard(this.veille.db, alertId, channel)) return this.update(alertId, channel, revision);
    const rendered = this.renderFor(alertId, sectionId);
    if (!rendered) return { ok: true };
    const blocks = freshBlockIds(rendered.message.blocks, revision);
    const result = await withJoin(this.client, channel, () => this.client.chat.postMessage({ channel, text: rendered.message.text, blocks: blocks, ...NO_UNFURL, ...marker }));
    await writeWhenFree(this.veille.db, () => saveCardPosted(this.veille.db, alertId, { sectionId, channel, ts: result.ts!, view: rendered.view }));
    return { ok: true };
  }

  async update(alertId: number, channel: string, revision: number): Promise<Outcome> {
    const section = this.veille.mission.sections.find((s) => s.channel === channel);
    const card = postedCard(this.veille.db, alertId, channel);
    if (!section) return { ok: true };
    if (!card) return this.post(alertId, channel, section.id, revision);
    const rendered = this.renderFor(alertId, section.id);
    if (!rendered) return { ok: true };
    await this.client.chat.update({ channel, ts: card.ts, text: rendered.message.text, blocks: freshBlockIds(rendered.message.blocks, revision) });
    await writeWhenFree(this.veille.db, () => saveCardPosted(this.veille.db, alertId, { ...card, view: rendered.view }));
    return { ok: true };
  }

  async delete(alertId: number, channel: string): Promise<Outcome> {
    const card = postedCard(this.veille.db, alertId, channel);
    if (card) await this.client.chat.delete({ channel, ts: card.ts });
    await writeWhenFree(this.veille.db, () => forgetCard(this.veille.db, alertId, channel));
    return { ok: true };
  }

  /** Renders the alert as it is now, in the form its routing gives this section. */
  renderFor(alertId: number, sectionId: string): { message: SlackMessage; view: 'full' | 'stub' } | null {
    const { db, mission } = this.veille;
    const alert = getAlert(db, alertId);
    if (!alert) return null;
    const routes = routesOf(db, alertId);
    const route = routes.find((r) => r.sectionId === sectionId);
    if (!route) return null;
    const place = placeById(this.veille, alert.placeId);
    // Each channel reads the card in its section's language.
    const words = missionIn(mission, sectionLanguage(sectionById(this.veille, sectionId), mission));
    if (route.view === 'full') {
      const original = alert.duplicateOf === null ? null : getAlert(db, alert.duplicateOf);
      const channel = sectionById(this.veille, sectionId)?.channel ?? '';
      return { message: renderCard(alert, place, words, { duplicateLink: !original || readsInFull(this.veille, original, channel) }), view: 'full' };
    }
    return { message: renderStub(alert, place, words, detailHolders(routes, mission.sections)), view: 'stub' };
  }
}

/** A public channel the bot has not joined yet: join it once and post. */
export async function withJoin<T>(client: WebClient, channel: string, post: () => Promise<T>): Promise<T> {
  try {
    return await post();
  } catch (error) {
    if (slackErrorCode(error) !== 'not_in_channel') throw error;
    await client.conversations.join({ channel }).catch(() => {
      throw error;
    });
    return post();
  }
}
