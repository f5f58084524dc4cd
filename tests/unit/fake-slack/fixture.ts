/** Shared set-up for the fake-slack tests: a small workspace, a manual clock and a quiet WebClient. */
import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import { FakeSlack } from '../../../src/fake-slack/index.js';

export const BOT_TOKEN = 'xoxb-test-token';
const START = Date.UTC(2023, 10, 14, 22, 13, 20); // 1700000000 s

export const ALICE = 'U0ALICE';
export const BOB = 'U0BOB';
export const ALERTS = 'C0ALERTS';
export const QUIET = 'C0QUIET';
export const SECRET = 'G0SECRET';

/** A clock that moves only when told, so trigger expiry is tested without waiting. */
export function manualClock(start = START): { now: () => number; advance: (ms: number) => void } {
  let current = start;
  return { now: () => current, advance: (ms) => void (current += ms) };
}

export async function startFake(now: () => number = manualClock().now): Promise<FakeSlack> {
  return FakeSlack.start({
    botToken: BOT_TOKEN,
    now,
    users: [
      { id: ALICE, name: 'alice', real_name: 'Alice Martin', tz: 'Africa/Kinshasa' },
      { id: BOB, name: 'bob', real_name: 'Bob Diallo', tz: 'Africa/Bamako' },
    ],
    channels: [
      { id: ALERTS, name: 'poc-alerts' },
      { id: QUIET, name: 'random', botMember: false },
      { id: SECRET, name: 'restricted', is_private: true, botMember: false, members: [ALICE] },
    ],
  });
}

const silent: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => LogLevel.ERROR,
  setName() {},
};

/** The client as the app configures it against the fake, with retries off so faults surface. */
export function clientFor(fake: FakeSlack, token = BOT_TOKEN): WebClient {
  return new WebClient(token, { slackApiUrl: fake.url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logger: silent });
}

/** The Slack error code of a rejected WebClient call. */
export async function slackError(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    const data = (error as { data?: { error?: string } }).data;
    return data?.error ?? (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected the call to fail');
}
