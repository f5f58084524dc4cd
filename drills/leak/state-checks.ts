import type { Running } from '../../tests/integration/harness.js';
import type { CanaryBook } from './canaries.js';
import type { AlertFacts, Finding } from './judge.js';
import type { Scenario } from './scenario.js';
import type { Item } from './surfaces.js';

/**
 * The leak drill's checks on state rather than on text: what the database says (owners, refused
 * steps), which calls the app made (unfurling, block ids), and what a place filter answered.
 */

/** Each standard alert's cards, by `#channel ts`, for the link check. */
export function standardCards(veille: Running, facts: Map<number, AlertFacts>): Map<string, string> {
  const cards = new Map<string, string>();
  for (const row of veille.db.prepare('SELECT alert_id, channel, ts FROM alert_messages').all() as Array<{ alert_id: number; channel: string; ts: string }>) {
    const alert = facts.get(row.alert_id);
    if (alert && !alert.restricted) cards.set(`#${veille.fake.state.channels.get(row.channel)?.name ?? row.channel} ${row.ts}`, alert.reference);
  }
  return cards;
}

/**
 * A place filter confirms a village when, among the restricted alerts of one territory a reader may
 * not see, it answers for those at that village and not for the others.
 */
export function placeFilterCheck(replies: Array<{ user: string; placeId: string; text: string }>, facts: Map<number, AlertFacts>, territoryOf: (placeId: string | null) => string | null): { findings: Finding[]; conclusive: number } {
  const findings: Finding[] = [];
  let conclusive = 0;
  for (const reply of replies) {
    const hidden = [...facts.values()].filter((a) => a.restricted && !a.allowed.has(reply.user) && territoryOf(a.placeId) === territoryOf(reply.placeId));
    const here = hidden.filter((a) => a.placeId === reply.placeId);
    const elsewhere = hidden.filter((a) => a.placeId !== reply.placeId);
    if (here.length === 0 || elsewhere.length === 0) continue;
    conclusive++;
    const named = (a: AlertFacts) => new RegExp(`\\b${a.reference}\\b`).test(reply.text);
    if (elsewhere.some(named)) continue;
    for (const alert of here.filter(named)) {
      findings.push({ check: 'village of a restricted alert confirmed by a place filter', surface: reply.user === 'api' ? 'API answer' : 'ephemeral', where: `list place:${reply.placeId} by ${reply.user}`, what: alert.reference });
    }
  }
  return { findings, conclusive };
}

/** Restricted → standard: the full card now stands where the stub was (its description in a standard section's channel). */
export function backToStandardCheck(veille: Running, items: Item[], book: CanaryBook, scenario: Scenario, restrictedChannels: string[], facts: Map<number, AlertFacts>): Finding[] {
  const closed = restrictedChannels.map((c) => `#${veille.fake.state.channels.get(c)?.name} `);
  const open = items
    .filter((i) => i.kind === 'channel message' && i.bot && !closed.some((prefix) => i.where.startsWith(prefix)))
    .map((i) => i.text)
    .join('\n');
  const findings: Finding[] = [];
  for (const [id, story] of scenario.stories) {
    if (story !== 'restricted → standard (Edit)' || facts.get(id)?.restricted) continue;
    const description = book.ofAlert(id).find((c) => c.field === 'description' && c.kind === 'word');
    if (description && !open.includes(description.token)) findings.push({ check: 'restricted → standard without its full card in the standard channels', surface: 'channel message', where: `A-${id}`, what: description.token });
  }
  return findings;
}

/** Owners and task owners of a restricted alert must be able to read it. */
export function ownerCheck(veille: Running, facts: Map<number, AlertFacts>): Finding[] {
  const findings: Finding[] = [];
  for (const alert of facts.values()) {
    if (!alert.restricted) continue;
    const owner = veille.db.prepare('SELECT owner FROM alerts WHERE id = ?').pluck().get(alert.id) as string | null;
    if (owner && !alert.allowed.has(owner)) findings.push({ check: 'owner of a restricted alert outside its sections', surface: 'database row', where: `alerts.owner of ${alert.reference}`, what: owner });
    for (const taskOwner of veille.db.prepare('SELECT owner FROM tasks WHERE alert_id = ? AND done_at IS NULL').pluck().all(alert.id) as string[]) {
      if (!alert.allowed.has(taskOwner)) findings.push({ check: 'task owner of a restricted alert outside its sections', surface: 'database row', where: `tasks of ${alert.reference}`, what: taskOwner });
    }
  }
  return findings;
}

/** Thread replies and DMs that would unfurl a link someone typed. */
export function unfurlCheck(veille: Running): Finding[] {
  const posts = veille.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts !== undefined || String(c.args.channel).startsWith('D'));
  // Sent form-encoded: false arrives as the string 'false'.
  const unfurling = posts.filter((c) => String(c.args.unfurl_links) !== 'false');
  return unfurling.length ? [{ check: 'thread replies and DMs without unfurl_links: false', surface: 'chat.postMessage', where: `${unfurling.length} of ${posts.length} posts`, what: 'unfurl_links' }] : [];
}

/** A card redrawn with the block_ids of its previous version (Slack keeps element state by block_id). */
export function blockIdCheck(veille: Running): { findings: Finding[]; checked: number } {
  const lastIds = new Map<string, Set<string>>();
  let checked = 0;
  let reused = 0;
  for (const call of veille.fake.callsTo('chat.update')) {
    const blocks = (call.args.blocks as Array<{ block_id?: string; type?: string; accessory?: unknown }> | undefined) ?? [];
    const ids = new Set(blocks.filter((b) => b.block_id && (b.type === 'actions' || b.accessory)).map((b) => b.block_id!));
    const key = `${String(call.args.channel)} ${String(call.args.ts)}`;
    const before = lastIds.get(key);
    if (before && ids.size) {
      checked++;
      if ([...ids].some((id) => before.has(id))) reused++;
    }
    if (ids.size) lastIds.set(key, ids);
  }
  const findings = reused ? [{ check: 'card redrawn with the block_ids of its previous version', surface: 'chat.update', where: `${reused} of ${checked} redraws`, what: 'block_id' }] : [];
  return { findings, checked };
}

/** Steps that must be refused: by people who may no longer act on the alert, or Add place by someone else. */
export function refusalCheck(book: CanaryBook, scenario: Scenario, stored: string, placeOf: Map<number, string | null>): { findings: Finding[]; checked: number } {
  const findings: Finding[] = [];
  let checked = 0;
  for (const id of scenario.placedByOthers) {
    checked++;
    const placeId = placeOf.get(id);
    if (placeId) findings.push({ check: 'Add place accepted from someone other than the reporter', surface: 'database row', where: `A-${id}`, what: `place set to ${placeId}` });
  }
  for (const c of book.all.filter((x) => x.mustBeRefused && x.kind === 'word' && x.alertId > 0)) {
    checked++;
    if (stored.includes(c.token)) findings.push({ check: 'a non-member acted on a restricted alert', surface: 'database row', where: `A-${c.alertId}`, what: c.mustBeRefused! });
  }
  return { findings, checked };
}
