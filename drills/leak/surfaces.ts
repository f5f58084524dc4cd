import ExcelJS from 'exceljs';
import type { Json, StoredMessage } from '../../src/fake-slack/index.js';
import type { Running } from '../../tests/integration/harness.js';

/**
 * Every place a person or program can read what Veille said, in its final state (after every
 * chat.update, deletion and retention): channel messages and thread replies, DMs, ephemerals,
 * App Home, the files Veille uploaded (the digest charts: title and alt text), API answers, the CSV
 * and the XLSX (with and without restricted:read), and the database rows retention must clean.
 * Each item knows who can read it.
 */
type SurfaceKind =
  | 'channel message'
  | 'thread reply'
  | 'DM'
  | 'ephemeral'
  | 'App Home'
  | 'chart'
  | 'API answer'
  | 'CSV'
  | 'XLSX'
  | 'API answer (restricted:read)'
  | 'XLSX (restricted:read)'
  | 'database row';

export interface Item {
  kind: SurfaceKind;
  where: string;
  /** Who reads it: Slack user ids, or 'api' (a caller without restricted:read), 'trusted' (restricted:read), 'db'. */
  readers: string[] | 'api' | 'trusted' | 'db';
  text: string;
  /** Written by Veille (not a person): mrkdwn and button checks apply. */
  bot: boolean;
  /** Button values by action_id prefix, for "offered an action on a restricted alert". */
  buttons: Array<{ actionId: string; value: string }>;
}

function buttonsOf(blocks: unknown): Item['buttons'] {
  const out: Item['buttons'] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Json;
      if (typeof o.action_id === 'string' && typeof o.value === 'string') out.push({ actionId: o.action_id, value: o.value });
      Object.values(o).forEach(visit);
    }
  };
  visit(blocks);
  return out;
}

function messageItems(kind: 'channel message' | 'DM', where: string, readers: string[], message: StoredMessage, botUser: string): Item[] {
  const bot = message.user === botUser || message.bot_id !== undefined;
  const own = { text: message.text, blocks: message.blocks, attachments: message.attachments };
  const items: Item[] = [{ kind, where: `${where} ${message.ts}`, readers, text: JSON.stringify(own), bot, buttons: buttonsOf(message.blocks) }];
  for (const reply of message.replies) {
    const replyBot = reply.user === botUser || reply.bot_id !== undefined;
    items.push({
      kind: kind === 'DM' ? 'DM' : 'thread reply',
      where: `${where} thread ${message.ts} reply ${reply.ts}`,
      readers,
      text: JSON.stringify({ text: reply.text, blocks: reply.blocks, attachments: reply.attachments }),
      bot: replyBot,
      buttons: buttonsOf(reply.blocks),
    });
  }
  return items;
}

/** Everything in the fake Slack, as each reader sees it. */
export function slackItems(veille: Running, people: string[]): Item[] {
  const { fake } = veille;
  const items: Item[] = [];
  for (const channel of fake.state.channels.values()) {
    if (channel.is_im || channel.is_mpim) continue;
    const readers = [...channel.members].filter((m) => m !== fake.botUserId);
    for (const message of fake.messages(channel.id)) items.push(...messageItems('channel message', `#${channel.name}`, readers, message, fake.botUserId));
  }
  for (const person of people) {
    for (const message of fake.dms(person)) items.push(...messageItems('DM', `DM to ${person}`, [person], message, fake.botUserId));
    for (const e of fake.ephemerals({ user: person })) {
      items.push({ kind: 'ephemeral', where: `ephemeral to ${person} in ${e.channel} ${e.ts}`, readers: [person], text: JSON.stringify({ text: e.text, blocks: e.blocks }), bot: true, buttons: buttonsOf(e.blocks) });
    }
    const home = fake.homeView(person);
    if (home) items.push({ kind: 'App Home', where: `App Home of ${person}`, readers: [person], text: JSON.stringify(home.blocks), bot: true, buttons: buttonsOf(home.blocks) });
  }
  // Uploaded files (the digest charts): their title and alt text, read by whoever is where they were shared.
  for (const file of fake.state.files.values()) {
    for (const channelId of Object.keys(file.shares)) {
      const channel = fake.state.channels.get(channelId);
      const readers = channel ? [...channel.members].filter((m) => m !== fake.botUserId) : [];
      items.push({ kind: 'chart', where: `file ${file.id} (${file.name}) in ${channel?.name ?? channelId}`, readers, text: JSON.stringify({ title: file.title, alt_txt: file.alt_txt ?? '', name: file.name }), bot: true, buttons: [] });
    }
  }
  return items;
}

/** The rows retention must have cleaned: alerts, events, tasks, responses and the outbox's payloads. */
export function databaseItems(veille: Running, alertIds: Set<number>): Item[] {
  const { db } = veille;
  const items: Item[] = [];
  const tables: Array<[string, string]> = [
    ['alerts', 'SELECT * FROM alerts WHERE id = ?'],
    ['events', 'SELECT * FROM events WHERE alert_id = ?'],
    ['tasks', 'SELECT * FROM tasks WHERE alert_id = ?'],
    ['response_actions', 'SELECT * FROM response_actions WHERE alert_id = ?'],
    ['outbox', 'SELECT * FROM outbox WHERE alert_id = ?'],
  ];
  for (const id of alertIds) {
    for (const [table, sql] of tables) {
      for (const row of db.prepare(sql).all(id) as Json[]) {
        items.push({ kind: 'database row', where: `${table} row of A-${id}`, readers: 'db', text: JSON.stringify(row), bot: false, buttons: [] });
      }
    }
  }
  return items;
}

/** What an API client reads: every page of the list, each alert, the CSV and the digests. */
export async function apiItems(api: string, token: string, trusted: boolean, references: string[], sections: string[], dates: string[]): Promise<Item[]> {
  const items: Item[] = [];
  const readers = trusted ? 'trusted' : 'api';
  const get = async (path: string, kind: SurfaceKind) => {
    const response = await fetch(`${api}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    if (kind === 'CSV') {
      for (const [i, line] of text.split('\n').entries()) items.push({ kind, where: `${path} line ${i + 1}`, readers, text: line, bot: false, buttons: [] });
    }
    else items.push({ kind, where: `GET ${path}`, readers, text, bot: false, buttons: [] });
    return text;
  };
  const kind: SurfaceKind = trusted ? 'API answer (restricted:read)' : 'API answer';
  let cursor: string | null = null;
  do {
    const page = JSON.parse(await get(`/alerts?limit=500${cursor ? `&cursor=${cursor}` : ''}`, kind)) as { nextCursor?: string | null; alerts?: unknown[] };
    cursor = page.alerts && page.alerts.length > 0 ? (page.nextCursor ?? null) : null;
  } while (cursor);
  for (const reference of references) await get(`/alerts/${reference}`, kind);
  await get('/export.csv', trusted ? kind : 'CSV');
  items.push(...(await xlsxItems(api, token, trusted)));
  if (!trusted) for (const section of sections) for (const date of dates) await get(`/digests/${section}?date=${date}`, kind);
  return items;
}

/** The XLSX export, read back as a spreadsheet: one item per row, every cell's text. */
async function xlsxItems(api: string, token: string, trusted: boolean): Promise<Item[]> {
  const response = await fetch(`${api}/export.xlsx`, { headers: { authorization: `Bearer ${token}` } });
  const kind: SurfaceKind = trusted ? 'XLSX (restricted:read)' : 'XLSX';
  const readers = trusted ? 'trusted' : 'api';
  if (!response.ok) return [{ kind, where: `GET /export.xlsx (${response.status})`, readers, text: await response.text(), bot: false, buttons: [] }];
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await response.arrayBuffer()) as never);
  const items: Item[] = [];
  for (const sheet of book.worksheets) {
    sheet.eachRow((row, n) => {
      // Rich text, formulas and hyperlinks are objects: their JSON carries every piece of text.
      const cells = (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : v && typeof v === 'object' ? JSON.stringify(v) : String(v ?? '')));
      items.push({ kind, where: `/export.xlsx ${sheet.name} row ${n}`, readers, text: cells.join('\t'), bot: false, buttons: [] });
    });
  }
  return items;
}
