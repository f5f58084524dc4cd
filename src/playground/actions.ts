/**
 * What the page asks for, done as Slack would do it: a typed slash command, a click, a pick in a
 * select, a modal submitted or cancelled, the Home tab opened, a message shortcut — each sent to the
 * app by the fake Slack's driver, signed. The page may only act where its person could in Slack.
 */
import { z } from 'zod';
import type { Json } from '../fake-slack/index.js';
import { clockTarget } from './clock-control.js';
import { encodeTyped, splitCommand } from './compose.js';
import type { Playground } from './playground.js';
import { isPerson } from './state.js';
import { SHORTCUTS, SLASH_COMMANDS } from '../../commands/manifest.js';

/**
 * What Slack's message box takes (40,000 characters). The page passes anything up to that to the
 * app: a slash command's own limits (a report over 4,000 characters) are Veille's to answer, as in Slack.
 */
const MAX_MESSAGE_CHARS = 40_000;

/** A refusal the page shows as it is (HTTP 400). */
export class PageError extends Error {}

const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const entered = z.union([z.string().max(10_000), z.array(z.string().max(200)).max(100), z.null()]);

export const schemas = {
  send: z.strictObject({ user: userId, channel: z.string().min(1).max(40), text: z.string().min(1).max(MAX_MESSAGE_CHARS * 4) }),
  action: z.strictObject({
    user: userId,
    channel: z.string().max(40).optional(),
    ts: z.string().max(40).optional(),
    viewId: z.string().max(40).optional(),
    blockId: z.string().max(255),
    actionId: z.string().max(255),
    value: entered.optional(),
  }),
  submit: z.strictObject({ user: userId, viewId: z.string().max(40), values: z.record(z.string().max(255), entered) }),
  close: z.strictObject({ user: userId, viewId: z.string().max(40) }),
  home: z.strictObject({ user: userId }),
  shortcut: z.strictObject({ user: userId, channel: z.string().max(40), ts: z.string().max(40), callbackId: z.string().max(255) }),
  clock: z.union([z.strictObject({ minutes: z.number().int().min(1).max(60 * 24 * 7) }), z.strictObject({ to: z.literal('next-morning'), hour: z.union([z.literal(7), z.literal(8)]).optional() })]),
  dismiss: z.strictObject({ user: userId, ts: z.string().max(40) }),
  reset: z.strictObject({}),
};

function person(playground: Playground, user: string): void {
  if (!isPerson(playground, user)) throw new PageError(`No one with id ${user} in this workspace.`);
}

function memberOf(playground: Playground, user: string, channel: string): void {
  if (!playground.fake.conversationsOf(user).some((c) => c.id === channel)) throw new PageError('You are not in that channel.');
}

function appFailed(status: number): PageError {
  return new PageError(`Veille did not answer as Slack expects (HTTP ${status}). Nothing happened.`);
}

/** The message box: a slash command goes to the app; anything else is posted as the person's message. */
export async function send(playground: Playground, input: z.infer<typeof schemas.send>): Promise<{ note?: string }> {
  const { fake, driver } = playground;
  person(playground, input.user);
  memberOf(playground, input.user, input.channel);
  if (input.text.length > MAX_MESSAGE_CHARS) {
    throw new PageError(`Slack takes at most ${MAX_MESSAGE_CHARS.toLocaleString('en')} characters in one message; this is ${input.text.length.toLocaleString('en')}. Nothing was sent.`);
  }
  const seen = fake.seenBy(input.user);
  const directory = { people: seen.people, channels: seen.channelNames };
  const slash = splitCommand(input.text);
  if (!slash) {
    fake.addUserMessage(input.channel, input.user, encodeTyped(input.text, directory));
    return {};
  }
  const command = SLASH_COMMANDS.find((c) => c.command === slash.command);
  if (!command) {
    throw new PageError(`${slash.command} is not a command here. Try ${SLASH_COMMANDS.map((c) => c.command).join(', ')} (e.g. /alert help).`);
  }
  const text = encodeTyped(slash.text, directory, command.shouldEscape);
  const answer = await driver.slashCommand({ user: input.user, channel: input.channel, command: command.command, text });
  if (answer.status !== 200) throw appFailed(answer.status);
  return {};
}

/** The container an element sits in, if this person can see it: a message, an ephemeral of theirs, their modal or Home. */
function checkContainer(playground: Playground, input: z.infer<typeof schemas.action>): void {
  const { fake } = playground;
  if (input.viewId) {
    const view = fake.view(input.viewId);
    if (!view || view.user !== input.user) throw new PageError('That view is not on your screen.');
    return;
  }
  if (!input.channel || !input.ts) throw new PageError('Say which message was clicked.');
  const ephemeral = fake.state.findEphemeral(input.ts);
  if (ephemeral && ephemeral.user === input.user) return;
  memberOf(playground, input.user, input.channel);
  if (!fake.message(input.channel, input.ts)) throw new PageError('That message is gone.');
}

export async function act(playground: Playground, input: z.infer<typeof schemas.action>): Promise<{ note?: string }> {
  person(playground, input.user);
  checkContainer(playground, input);
  const where = input.viewId ? { viewId: input.viewId } : { channel: input.channel as string, ts: input.ts as string };
  const common = { user: input.user, actionId: input.actionId, blockId: input.blockId, ...where };
  let answer;
  try {
    answer = input.value === undefined ? await playground.driver.clickButton(common) : await playground.driver.selectOption({ ...common, value: input.value });
  } catch (error) {
    throw new PageError((error as Error).message.replace(/^fake-slack: /, ''));
  }
  if (answer.status !== 200) throw appFailed(answer.status);
  return {};
}

/** Submits the person's top modal; field errors come back keyed by block_id, as Slack shows them. */
export async function submit(playground: Playground, input: z.infer<typeof schemas.submit>): Promise<{ errors?: Record<string, string> }> {
  person(playground, input.user);
  const stack = playground.fake.openViews(input.user);
  if (stack.at(-1)?.id !== input.viewId) throw new PageError('That form is no longer open.');
  let result;
  try {
    result = await playground.driver.submitView({ user: input.user, viewId: input.viewId, values: input.values });
  } catch (error) {
    throw new PageError((error as Error).message.replace(/^fake-slack: /, ''));
  }
  if (result.status !== 200) throw appFailed(result.status);
  return result.outcome?.errors ? { errors: result.outcome.errors } : {};
}

/** Cancel: the top modal goes; the app hears of it only if it asked to (notify_on_close), as in Slack. */
export async function close(playground: Playground, input: z.infer<typeof schemas.close>): Promise<object> {
  person(playground, input.user);
  const view = playground.fake.openViews(input.user).find((v) => v.id === input.viewId);
  if (!view) return {};
  if ((view as Json).notify_on_close === true) await playground.driver.viewClosed({ user: input.user, viewId: input.viewId });
  else playground.fake.closeView(input.user, input.viewId);
  return {};
}

export async function openHome(playground: Playground, input: z.infer<typeof schemas.home>): Promise<object> {
  person(playground, input.user);
  const answer = await playground.driver.event({ type: 'app_home_opened', user: input.user, tab: 'home' });
  if (answer.status !== 200) throw appFailed(answer.status);
  return {};
}

export async function shortcut(playground: Playground, input: z.infer<typeof schemas.shortcut>): Promise<object> {
  person(playground, input.user);
  memberOf(playground, input.user, input.channel);
  const message = playground.fake.message(input.channel, input.ts);
  if (!message) throw new PageError('That message is gone.');
  if (!SHORTCUTS.some((s) => s.type === 'message' && s.callbackId === input.callbackId)) throw new PageError('No such shortcut.');
  const answer = await playground.driver.messageShortcut({ user: input.user, channel: input.channel, message: { ts: input.ts }, callbackId: input.callbackId });
  if (answer.status !== 200) throw appFailed(answer.status);
  return {};
}

/**
 * The clock control: moves the app's clock, then runs what is now due (reminders, escalations,
 * digests) and sends it, as the cron sweep would.
 */
export async function moveClock(playground: Playground, input: z.infer<typeof schemas.clock>): Promise<{ now: number }> {
  const { clock, runtime, veille } = playground;
  const step = 'minutes' in input ? ({ kind: 'advance', minutes: input.minutes } as const) : ({ kind: 'next-morning', hour: input.hour } as const);
  clock.advanceTo(clockTarget(clock.now(), step, veille.mission.timeZone));
  await runtime.tick();
  return { now: clock.now() };
}

/** "Dismiss message" under an ephemeral: it goes, as in Slack; only its own person can dismiss it. */
export async function dismiss(playground: Playground, input: z.infer<typeof schemas.dismiss>): Promise<object> {
  person(playground, input.user);
  const { state } = playground.fake;
  state.ephemerals = state.ephemerals.filter((e) => !(e.ts === input.ts && e.user === input.user));
  return {};
}

export async function reset(playground: Playground): Promise<object> {
  await playground.reset();
  return {};
}
