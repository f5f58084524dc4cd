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
  const bodies: string[] = [];
  server = createServer(
    guard.wrap((req, res) => {
      handled += 1;
      bodies.push(String((req as typeof req & { rawBody?: Buffer }).rawBody));
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
  const post = async (body: string, headers: Record<string, string>) => {
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
    return { status: response.status, text: await response.text() };
  };
  return { guard, clock, send, post, handled: () => handled, bodies: () => bodies };
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

  it('refuses, without handing them on, no signature, a wrong one, a changed body, and a timestamp more than five minutes old or ahead', async () => {
    const { clock, send, post, handled } = await guarded();
    const nowS = Math.floor(clock.wall / 1000);
    expect((await send('{"n":1}', nowS + 301)).status).toBe(401);
    expect((await send('{"n":1}', nowS - 301)).status).toBe(401);
    expect((await post('{}', {})).status).toBe(401);
    expect((await post('{}', { 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': String(nowS) })).status).toBe(401);
    expect((await post('{"n":2}', { ...signRequest('another-secret', '{"n":2}', nowS) })).status).toBe(401);
    expect((await post('{"n":3} ', { ...signRequest(SECRET, '{"n":3}', nowS) })).status).toBe(401);
    expect(handled()).toBe(0);
    // Controls: within the window either way, validly signed, it is handed on.
    expect((await send('{"n":4}', nowS - 299)).status).toBe(200);
    expect((await send('{"n":5}', nowS + 299)).status).toBe(200);
    expect(handled()).toBe(2);
  });

  it("hands Slack's unsigned SSL check on with nothing else of its body", async () => {
    const { post, handled, bodies } = await guarded();
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await post('ssl_check=1&token=x&command=%2Falert&text=forged', form)).status).toBe(200);
    expect(bodies()).toEqual(['ssl_check=1']);
    expect((await post('ssl_check=0&command=%2Falert', form)).status).toBe(401);
    expect(handled()).toBe(1);
  });

  it('knows a form sent with a charset: a command re-signed with the same trigger_id is answered as before', async () => {
    const { clock, post, handled } = await guarded();
    const nowS = Math.floor(clock.wall / 1000);
    const form = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
    const body = 'command=%2Falert&text=Kamango&trigger_id=T-1';
    const first = await post(body, { ...form, ...signRequest(SECRET, body, nowS) });
    // Slack's retry is signed again, a second later: another signature, the same trigger_id.
    const again = await post(body, { ...form, ...signRequest(SECRET, body, nowS + 1) });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.text).toBe(first.text);
    expect(handled()).toBe(1);
  });
});
