import type { Running } from './harness.js';

/**
 * What Slack now holds, as people would read it: every message and thread reply in every channel
 * and DM (their final text, after all chat.updates), every ephemeral, every Home tab. Each text is
 * given with where it is and whether Slack reads it as mrkdwn (a message's `text`, mrkdwn objects)
 * or shows it as typed (plain_text objects).
 */
export interface SeenText {
  where: string;
  text: string;
  mrkdwn: boolean;
}

export function everythingSeen(v: Running): SeenText[] {
  const out: SeenText[] = [];
  const bot = v.fake.state.config.botUserId;
  for (const [channel, messages] of v.fake.state.messages) {
    for (const message of messages) {
      for (const m of [message, ...message.replies]) {
        if (m.user !== bot) continue;
        const where = `${channel}${m.thread_ts && m.thread_ts !== m.ts ? ' thread' : ''} ${m.ts}`;
        out.push({ where: `${where} text`, text: m.text, mrkdwn: true });
        collect(m.blocks, `${where} blocks`, out);
      }
    }
  }
  for (const e of v.fake.state.ephemerals) {
    out.push({ where: `ephemeral to ${e.user} in ${e.channel} text`, text: e.text, mrkdwn: true });
    collect(e.blocks, `ephemeral to ${e.user} in ${e.channel} blocks`, out);
  }
  for (const [user, view] of v.fake.state.homes) collect(view.blocks, `home of ${user}`, out);
  return out.filter((s) => s.text !== '');
}

function collect(node: unknown, where: string, out: SeenText[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, where, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  if ((object.type === 'mrkdwn' || object.type === 'plain_text') && typeof object.text === 'string') {
    out.push({ where, text: object.text, mrkdwn: object.type === 'mrkdwn' });
    return;
  }
  for (const value of Object.values(object)) collect(value, where, out);
}

/**
 * Whatever in mrkdwn would ping, link or render markup that Veille did not write: a mention of
 * everyone, a link (Veille's own links go to messages in this workspace), a raw `&`.
 */
function rawMarkup(teamDomain: string): RegExp[] {
  const own = teamDomain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [/<!(channel|here|everyone)/, new RegExp(`<https?:(?!//${own}\\.slack\\.com/archives/)`), /<mailto:/, /&(?!(amp|lt|gt);)/];
}

/**
 * The leaks: a canary found anywhere, or raw markup from free text where Slack would render it.
 * Each finding says where it was and the text it was in.
 */
export function leaks(v: Running, canaries: readonly string[]): string[] {
  const found: string[] = [];
  const RAW_MARKUP = rawMarkup(v.fake.state.config.teamDomain);
  for (const seen of everythingSeen(v)) {
    for (const canary of canaries) if (seen.text.includes(canary)) found.push(`${seen.where}: "${canary}" in ${JSON.stringify(seen.text)}`);
    if (seen.mrkdwn) for (const pattern of RAW_MARKUP) if (pattern.test(seen.text)) found.push(`${seen.where}: raw ${pattern} in ${JSON.stringify(seen.text)}`);
  }
  return found;
}
