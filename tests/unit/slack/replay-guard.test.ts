import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { signRequest } from '../../../src/fake-slack/index.js';
import { silentLogger } from '../../../src/log.js';
import { ReplayGuard } from '../../../src/slack/replay-guard.js';

const SECRET = 'unit-secret';
let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A guard in front of a listener that counts what reaches it; the clocks are the test's. */
async function guarded(options: { maxEntries?: number } = {}) {
  const clock = { wall: Date.UTC(2026, 10, 22, 6, 0), mono: 1_000 };
  const guard = new ReplayGuard({ signingSecret: SECRET, log: silentLogger, now: () => clock.wall, monotonic: () => clock.mono, ...options });
  let handled = 0;
  server = createServer(
    guard.wrap((_req, res) => {
      handled += 1;
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`answer ${handled}`);
    }, ['/slack/events']),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const send = async (body: string, timestampS = Math.floor(clock.wall / 1000)) => {
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signRequest(SECRET, body, timestampS) }, body });
    return { status: response.status, text: await response.text() };
  };
  return { guard, clock, send, handled: () => handled };
}

describe('the replay guard', () => {
  it('answers a replay as before until the signature has left its window, then forgets it', async () => {
    const { guard, clock, send, handled } = await guarded();
    expect(await send('{"n":1}')).toEqual({ status: 200, text: 'answer 1' });
    expect(await send('{"n":1}')).toEqual({ status: 200, text: 'answer 1' });
    expect(handled()).toBe(1);
    // Five minutes and a bit on the monotonic clock (the wall clock does not matter for expiry).
    clock.mono += 302_000;
    await send('{"n":2}');
    expect(guard.size).toBe(1);
  });

  it('keeps at most maxEntries, the oldest giving way', async () => {
    const { guard, send, handled } = await guarded({ maxEntries: 3 });
    for (let i = 0; i < 5; i++) await send(`{"n":${i}}`);
    expect(guard.size).toBe(3);
    expect(handled()).toBe(5);
    await send('{"n":4}'); // still remembered
    expect(handled()).toBe(5);
  });

  it('refuses a timestamp more than five minutes ahead without handing it on; lets a bad signature through to Bolt', async () => {
    const { clock, send, handled } = await guarded();
    expect((await send('{"n":1}', Math.floor(clock.wall / 1000) + 301)).status).toBe(401);
    expect(handled()).toBe(0);
    await fetch(`http://127.0.0.1:${(server!.address() as { port: number }).port}/slack/events`, { method: 'POST', body: '{}', headers: { 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': '1' } });
    expect(handled()).toBe(1);
  });
});
