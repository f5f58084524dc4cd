import { GENERAL_CHANNEL } from '../../src/fake-slack/index.js';
import type { EnteredValue } from '../../src/fake-slack/index.js';
import { textOf, type Running } from './harness.js';

/**
 * What the confidentiality tests share: where each canary can be found in what Slack holds NOW
 * (every channel and DM after all chat.updates, every ephemeral and private answer, every Home
 * tab), and the reporter's Edit as a person does it (the confirmation's Edit button, the form, Save).
 */

export interface Finding {
  canary: string;
  where: string;
}

/** Every place (conversation, ephemeral, private answer, Home tab) where one of the canaries is visible now. */
function findCanaries(v: Running, canaries: readonly string[]): Finding[] {
  const found: Finding[] = [];
  const look = (where: string, thing: unknown) => {
    const text = textOf(thing);
    for (const canary of canaries) if (text.includes(canary)) found.push({ canary, where });
  };
  for (const { channel, messages } of v.fake.everyConversation()) for (const m of messages) look(channel, m);
  for (const e of v.fake.ephemerals()) look(`ephemeral:${e.user}`, e);
  for (const r of v.fake.responses()) look(`response:${r.user}`, r.body);
  for (const user of v.fake.state.users.keys()) {
    const home = v.fake.homeView(user);
    if (home) look(`home:${user}`, home);
  }
  return found;
}

/** The findings outside the places allowed to hold them (channel ids, `D…` DMs, `ephemeral:U…`, `home:U…`). */
export function leaks(v: Running, canaries: readonly string[], allowed: readonly string[]): Finding[] {
  return findCanaries(v, canaries).filter((f) => !allowed.includes(f.where));
}

/** The places only this person sees: their DM with Veille, their ephemerals, private answers and Home tab. */
export function personalPlaces(v: Running, user: string): string[] {
  return [v.fake.dmChannelId(user), `ephemeral:${user}`, `response:${user}`, `home:${user}`];
}

/** A quick report; resolves with the ts of the private confirmation (for its Edit button). */
export async function reportWithConfirmation(v: Running, text: string, user: string): Promise<string> {
  const answer = await v.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });
  await v.settle();
  return answer.ephemeralTs!;
}

/** The reporter presses Edit on the confirmation, changes the given fields and saves. Returns the field errors. */
export async function editAsReporter(v: Running, user: string, confirmationTs: string, values: Record<string, EnteredValue>): Promise<Record<string, string>> {
  const before = v.fake.openViews(user).length;
  await v.driver.clickButton({ user, channel: GENERAL_CHANNEL, ts: confirmationTs, actionId: 'alert.edit' });
  await v.fake.waitFor(() => v.fake.openViews(user).length > before, { what: 'the Edit form' });
  const view = v.fake.openViews(user).at(-1)!;
  const saved = await v.driver.submitView({ user, viewId: view.id, values });
  await v.settle();
  const body = saved.body as { response_action?: string; errors?: Record<string, string> };
  return body.response_action === 'errors' ? (body.errors ?? {}) : {};
}

/** Opens a person's App Home (as Slack does when they open the tab) and returns it as text. */
export async function homeOf(v: Running, user: string): Promise<string> {
  const published = () => v.fake.callsTo('views.publish').filter((c) => c.args.user_id === user).length;
  const before = published();
  await v.driver.event({ type: 'app_home_opened', user, tab: 'home' });
  await v.fake.waitFor(() => published() > before && v.fake.homeView(user), { what: `${user}'s Home` });
  return textOf(v.fake.homeView(user));
}

/** A subcommand's whole private answer (text and blocks), as the person sees it. */
export async function answerTo(v: Running, text: string, user: string): Promise<string> {
  const answer = await v.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });
  await v.settle();
  return textOf(answer.body);
}
