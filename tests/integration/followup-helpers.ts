import type { EnteredValue } from '../../src/fake-slack/index.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { MORNING, textOf, type Running } from './harness.js';

/** Driving the follow-up as people do: a card's buttons, its modals, the /alert subcommands. */

export const channelOf = (v: Running, section: string) => v.mission.sections.find((s) => s.id === section)!.channel;

export async function report(v: Running, text: string, user: string = PEOPLE.focalPoint.id): Promise<void> {
  await v.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });
  await v.settle();
}

export async function command(v: Running, text: string, user: string, channel = GENERAL_CHANNEL): Promise<string> {
  const answer = await v.driver.slashCommand({ user, channel, text });
  await v.settle();
  return String((answer.body as { text?: string }).text ?? '');
}

/** The card of alert n (1-based order of posting) in a section's channel. */
export function card(v: Running, section: string, n = 1) {
  const message = v.fake.messages(channelOf(v, section))[n - 1];
  if (!message) throw new Error(`no card ${n} in ${section}`);
  return message;
}

/** Presses a button on a card; resolves with the private answer the presser got. */
export async function press(v: Running, user: string, section: string, actionId: string, n = 1): Promise<string> {
  const before = v.fake.responses({ user }).length;
  const c = card(v, section, n);
  await v.driver.clickButton({ user, channel: c.channel, ts: c.ts, actionId });
  await v.fake.waitFor(() => v.fake.responses({ user }).length > before, { what: `the answer to ${actionId}` });
  await v.settle();
  return textOf(v.fake.responses({ user }).at(-1)!.body);
}

/** Presses a button that opens a modal; resolves with the modal's id. */
export async function openModal(v: Running, user: string, section: string, actionId: string, n = 1): Promise<string> {
  const before = v.fake.callsTo('views.open').length;
  const c = card(v, section, n);
  await v.driver.clickButton({ user, channel: c.channel, ts: c.ts, actionId });
  await v.fake.waitFor(() => v.fake.callsTo('views.open').length > before && v.fake.openViews(user).length > 0, { what: `the modal of ${actionId}` });
  return v.fake.openViews(user).at(-1)!.id;
}

/** Submits a modal; resolves with the field errors (empty when it went through). */
export async function submit(v: Running, user: string, viewId: string, values: Record<string, EnteredValue>): Promise<Record<string, string>> {
  const result = await v.driver.submitView({ user, viewId, values });
  await v.settle();
  const body = result.body as { response_action?: string; errors?: Record<string, string> };
  return body.response_action === 'errors' ? body.errors ?? {} : {};
}

/** The thread replies under an alert's card in a section's channel, as text. */
export function threadOf(v: Running, section: string, n = 1): string[] {
  const c = card(v, section, n);
  return v.fake.thread(c.channel, c.ts).map((m) => m.text);
}

export function buttonsOf(message: { blocks?: unknown[] } | undefined): string[] {
  return ((message?.blocks ?? []) as any[]).flatMap((b) => (b.type === 'actions' ? b.elements : b.accessory ? [b.accessory] : [])).filter((e: any) => e.type === 'button').map((e: any) => e.text.text);
}

export const eventTypes = (v: Running, alertId: number) => (v.db.prepare('SELECT type FROM events WHERE alert_id = ? ORDER BY id').pluck().all(alertId) as string[]);

/** Moves the clock to `minute` after MORNING, running the timed jobs every 5 minutes as the cron would. */
export async function runUntil(v: Running, minute: number): Promise<void> {
  while (v.clock.now() < MORNING + minute * 60_000) {
    v.clock.set(Math.min(v.clock.now() + 5 * 60_000, MORNING + minute * 60_000));
    await v.runtime.tick();
  }
  await v.settle();
}
