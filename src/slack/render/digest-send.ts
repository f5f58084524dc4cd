import type { WebClient } from '@slack/web-api';
import { freshBlockIds } from '../block-revisions.js';
import type { Veille } from '../../context.js';
import type { DigestPayload } from '../../digests/types.js';
import type { Language } from '../../domain/taxonomy.js';
import type { Db } from '../../store/db.js';
import type { SlackMessage } from '../views/card.js';
import { sectionLink } from '../views/format.js';
import { renderSectionDigest } from './digest.js';
import { reading, type Linker } from './digest-words.js';
import { channelLanguage } from './language.js';
import { renderLeadershipDigest } from './leadership.js';

/**
 * Sending a digest from the outbox: its figures, frozen when it was decided, put into words now, in
 * the language of the channel it goes to (the section's `language`; the leadership channel, no
 * section's, the mission's). Each alert a line names links to its card: a permalink built from the
 * workspace URL (one `auth.test`, cached) and the card's channel and ts (alert_messages), the form
 * `chat.getPermalink` returns — built here rather than asked for, because a digest can name dozens
 * of alerts and one API call each would hit the rate limit at 07:00 in every channel. A card not
 * posted yet, or a workspace URL Slack would not give, falls back to the reference and the card's channel.
 */

const workspaceUrls = new WeakMap<object, string>();

async function workspaceUrl(client: WebClient, veille: Veille): Promise<string | null> {
  const known = workspaceUrls.get(client);
  if (known) return known;
  try {
    const url = (await client.auth.test()).url;
    if (!url) return null;
    const base = url.endsWith('/') ? url : `${url}/`;
    workspaceUrls.set(client, base);
    return base;
  } catch {
    veille.log.warn('workspace URL unavailable; digest links fall back to channels');
    return null;
  }
}

function idsIn(digest: DigestPayload): number[] {
  const lists =
    digest.kind === 'section'
      ? [digest.newAlerts.items, digest.open.items, digest.closed.items, digest.hrddp.items]
      : [digest.critical.items, digest.escalations.items, digest.overdue.items];
  return [...new Set(lists.flat().map((i) => i.id))];
}

/**
 * Where each alert's card is, for the links: in the digest's own channel when it is there, else in
 * a non-restricted section channel that shows it in full (the leadership channel holds no cards).
 */
export function linkerFor(db: Db, veille: Pick<Veille, 'mission'>, digest: DigestPayload, base: string | null): Linker {
  const ids = idsIn(digest);
  const open = new Set(veille.mission.sections.filter((s) => !s.restricted).map((s) => s.channel));
  const rows = ids.length
    ? (db
        .prepare("SELECT alert_id AS id, channel, ts FROM alert_messages WHERE view = 'full' AND alert_id IN (SELECT value FROM json_each(?)) ORDER BY alert_id, channel")
        .all(JSON.stringify(ids)) as Array<{ id: number; channel: string; ts: string }>)
    : [];
  const cards = new Map<number, { channel: string; ts: string }>();
  for (const row of rows) {
    const current = cards.get(row.id);
    if (row.channel === digest.channel) cards.set(row.id, row);
    else if (!current && open.has(row.channel)) cards.set(row.id, row);
  }
  return (item) => {
    const card = cards.get(item.id);
    if (card && base) return `<${base}archives/${card.channel}/p${card.ts.replace('.', '')}|${item.reference}>`;
    return card ? `*${item.reference}* (${sectionLink(card.channel)})` : `*${item.reference}*`;
  };
}

/** The language a digest is read in: its channel's. */
export function digestLanguage(veille: Pick<Veille, 'mission'>, digest: DigestPayload): Language {
  return channelLanguage(veille.mission, digest.channel);
}

/** A digest in words, in `language` (its channel's by default). */
export function renderDigest(veille: Pick<Veille, 'mission'>, digest: DigestPayload, link: Linker, language = digestLanguage(veille, digest)): SlackMessage {
  const r = reading(veille.mission, language);
  return digest.kind === 'section' ? renderSectionDigest(digest, r, link) : renderLeadershipDigest(digest, r, link);
}

/**
 * The outbox sender's delivery of a `digest` post; errors go back to it (retry on 429 and 5xx).
 * `revision` (the outbox row) gives its blocks ids of their own, as each later edit does.
 */
export async function deliverDigest(
  veille: Veille,
  client: WebClient,
  message: { channel: string; digest: DigestPayload },
  revision: number,
  marker: Record<string, unknown> = {},
): Promise<{ channel: string; ts: string }> {
  const base = await workspaceUrl(client, veille);
  const rendered = renderDigest(veille, message.digest, linkerFor(veille.db, veille, message.digest, base));
  const posted = await client.chat.postMessage({ channel: message.channel, text: rendered.text, blocks: freshBlockIds(rendered.blocks, revision), unfurl_links: false, unfurl_media: false, ...marker });
  return { channel: message.channel, ts: posted.ts! };
}

/** A posted digest edited to new figures (an alert it named has become restricted since); `revision`: the outbox row of the edit. */
export async function updateDigest(veille: Veille, client: WebClient, posted: { channel: string; ts: string }, digest: DigestPayload, revision: number): Promise<void> {
  const base = await workspaceUrl(client, veille);
  const rendered = renderDigest(veille, digest, linkerFor(veille.db, veille, digest, base));
  await client.chat.update({ channel: posted.channel, ts: posted.ts, text: rendered.text, blocks: freshBlockIds(rendered.blocks, revision) });
}
