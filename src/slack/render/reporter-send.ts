import type { WebClient } from '@slack/web-api';
import { getAlert, routesOf } from '../../alerts/service.js';
import { sectionById, type Veille } from '../../context.js';
import type { ReporterNotice } from '../../reporter/facts.js';
import type { OutboxRow } from '../../store/outbox.js';
import { Membership } from '../membership.js';
import type { Outcome } from '../outbox-errors.js';
import { personLanguage } from './language.js';
import { renderReporterDm } from './reporter.js';

/** One membership cache per Slack client, as the listeners keep theirs; and the workspace's address. */
const memberships = new WeakMap<WebClient, Membership>();
const workspaces = new WeakMap<WebClient, string>();

/** The workspace's URL (auth.test), for permalinks to cards; null when Slack will not say. */
async function workspaceUrl(client: WebClient): Promise<string | null> {
  const known = workspaces.get(client);
  if (known) return known;
  const url = await client.auth.test().then((r) => r.url ?? null, () => null);
  if (!url) return null;
  const base = url.endsWith('/') ? url : `${url}/`;
  workspaces.set(client, base);
  return base;
}

/**
 * Sends a reporter's DM (src/slack/outbox-sender.ts hands it over): for a restricted alert, Slack is
 * asked first whether the reporter is in a restricted section holding it; when Slack cannot say, or
 * the bot cannot read the channel, the answer is no and the DM says the step only (fail closed).
 */
export async function deliverReporterDm(veille: Veille, client: WebClient, row: OutboxRow, user: string, notice: ReporterNotice, marker: object): Promise<Outcome> {
  const alert = row.alertId !== null ? getAlert(veille.db, row.alertId) : null;
  if (!alert) return { ok: true };
  let member = false;
  if (alert.sensitivity === 'restricted') {
    let membership = memberships.get(client);
    if (!membership) memberships.set(client, (membership = new Membership(client, veille.clock, veille.log)));
    for (const route of routesOf(veille.db, alert.id)) {
      const section = sectionById(veille, route.sectionId);
      if (route.view !== 'full' || !section?.restricted) continue;
      if (await membership.isMember(section.channel, user)) {
        member = true;
        break;
      }
    }
  }
  const rendered = renderReporterDm(veille, alert.id, notice, personLanguage(veille.mission, user, alert), member, await workspaceUrl(client));
  if (!rendered) return { ok: true };
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel!.id!;
  const posted = await client.chat.postMessage({ channel, text: rendered.text, blocks: rendered.blocks, unfurl_links: false, unfurl_media: false, ...marker });
  return { ok: true, posted: { channel, ts: posted.ts! } };
}
