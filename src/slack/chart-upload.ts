import type { FilesGetUploadURLExternalArguments, WebClient } from '@slack/web-api';
import type { Veille } from '../context.js';
import { postedAt, rewritePending, type OutboxMessage, type OutboxRow } from '../store/outbox.js';
import { slackErrorCode } from './membership.js';
import type { Outcome } from './outbox-errors.js';
import type { ChartImage, ChartRenderer } from './render/chart.js';
import { t } from './i18n/index.js';
import { channelLanguage } from './render/language.js';

/**
 * Sending a digest's chart: drawn now from the figures frozen in the outbox, then Slack's upload in
 * three steps — files.getUploadURLExternal, the bytes POSTed to the URL it gives, and
 * files.completeUploadExternal sharing the file into the digest's channel, right after the digest,
 * with its alt text. Exactly once: the file id is saved before the bytes leave, so a retry after a
 * crash or a lost answer first asks files.info whether that file already reached the channel.
 * A chart that cannot be drawn or uploaded for good (uploads disabled) is not retried forever: a
 * short note after the digest says there is no chart and why. All in the channel's language, as the
 * digest it follows.
 */

type ChartMessage = Extract<OutboxMessage, { kind: 'digest_chart' }>;

export interface ChartDeps {
  veille: Veille;
  client: WebClient;
  render: ChartRenderer;
  /** The way out to the upload URL: the proxy's, like the Web API client's. */
  fetch: typeof globalThis.fetch;
  write<T>(fn: () => T): Promise<T>;
}

/** Upload errors Slack will give again however often it is asked: the digest says so instead. */
const UPLOAD_REFUSED = new Set(['file_uploads_disabled', 'file_uploads_except_images_disabled', 'file_type_not_allowed', 'file_upload_size_restricted', 'alt_txt_too_large', 'missing_scope']);

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** Whether an upload begun earlier already reached the channel; an error means ask again later. */
async function alreadyShared(client: WebClient, fileId: string, channel: string): Promise<boolean> {
  try {
    const { file } = (await client.files.info({ file: fileId })) as { file?: { channels?: string[]; groups?: string[]; shares?: { public?: Record<string, unknown>; private?: Record<string, unknown> } } };
    return !!file && (!!file.shares?.public?.[channel] || !!file.shares?.private?.[channel] || !!file.channels?.includes(channel) || !!file.groups?.includes(channel));
  } catch (error) {
    if (slackErrorCode(error) === 'file_not_found' || slackErrorCode(error) === 'file_deleted') return false; // never completed: Slack dropped it
    throw error;
  }
}

/** Why there is no chart, in English for the log and in the channel's language for the note. */
type Why = (words: ReturnType<typeof t>['chart']) => string;

async function sayNoChart(deps: ChartDeps, row: OutboxRow, message: ChartMessage, why: Why, marker: object): Promise<Outcome> {
  deps.veille.log.warn('digest chart not posted', { outbox: row.id, channel: message.channel, why: why(t('en').chart) });
  const words = t(channelLanguage(deps.veille.mission, message.channel)).chart;
  const posted = await deps.client.chat.postMessage({ channel: message.channel, text: words.none(why(words)), ...NO_UNFURL, ...marker });
  return { ok: true, posted: { channel: message.channel, ts: posted.ts! } };
}

export async function deliverChart(deps: ChartDeps, row: OutboxRow, message: ChartMessage, marker: object = {}): Promise<Outcome> {
  const { veille, client } = deps;
  // A digest that never landed (given up) has nothing to follow.
  if (!postedAt(veille.db, message.of)) return { ok: true };
  if (message.fileId && (await alreadyShared(client, message.fileId, message.channel))) return { ok: true };

  let image: ChartImage;
  try {
    image = await deps.render(message.chart, message.date, { language: channelLanguage(veille.mission, message.channel), mission: veille.mission });
  } catch (error) {
    const reason = (error as Error).message.slice(0, 200);
    return sayNoChart(deps, row, message, (w) => w.notDrawn(reason), marker);
  }
  try {
    const filename = `veille-chart-${message.date.replaceAll(' ', '-')}.png`;
    // alt_txt is Slack's name for it (the SDK's type says alt_text, which Slack ignores): the extra field, typed.
    const request: FilesGetUploadURLExternalArguments & { alt_txt: string } = { filename, length: image.png.length, alt_txt: image.alt };
    const { upload_url: url, file_id: fileId } = await client.files.getUploadURLExternal(request);
    if (!url || !fileId) throw new Error('files.getUploadURLExternal gave no upload URL');
    // Saved before the bytes leave: from here on a retry asks Slack before uploading again.
    await deps.write(() => rewritePending(veille.db, row.id, { ...message, fileId }));
    const form = new FormData();
    form.append('filename', new Blob([new Uint8Array(image.png)], { type: 'image/png' }), filename);
    const sent = await deps.fetch(url, { method: 'POST', body: form });
    await sent.arrayBuffer().catch(() => undefined);
    if (sent.status !== 200) throw Object.assign(new Error(`upload answered HTTP ${sent.status}`), { code: `upload_http_${sent.status}` });
    await client.files.completeUploadExternal({ files: [{ id: fileId, title: image.title }], channel_id: message.channel });
    return { ok: true };
  } catch (error) {
    const code = slackErrorCode(error);
    if (UPLOAD_REFUSED.has(code)) return sayNoChart(deps, row, message, (w) => w.refused(code), marker);
    throw error;
  }
}
