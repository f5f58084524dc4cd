import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';

let veille: Running;
beforeEach(async () => {
  veille = await startVeille();
});
afterEach(async () => {
  await veille.stop();
});

const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;
const report = (text: string) => veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text });
const outboxStatus = () => veille.db.prepare('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status ORDER BY status').all();

describe('posting through the outbox', () => {
  it('confirms to the reporter even while Slack rate-limits, then posts each card once after Retry-After', async () => {
    veille.fake.failNext('chat.postMessage', 3, { rateLimited: 30 });
    const answer = await report('Armed men attacked Kamango market, 4 killed, ADF suspected');
    expect((answer.body as any).text).toMatch(/^A-1 logged/);
    await veille.settle();
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(0);
    expect(outboxStatus()).toEqual([{ status: 'pending', n: 3 }]);

    veille.clock.advance(30_000);
    await veille.settle();
    for (const section of ['poc', 'hr', 'fo-beni']) expect(veille.fake.messages(channelOf(section)), section).toHaveLength(1);
    expect(outboxStatus()).toEqual([{ status: 'sent', n: 3 }]);
    expect(veille.fake.violations).toEqual([]);
  });

  it('keeps retrying through 5xx errors with back-off, in order per channel', async () => {
    veille.fake.failNext('chat.postMessage', 2, { httpStatus: 503 });
    await report('Armed men attacked Kamango market, 4 killed');
    await report('Mai-Mai roadblock at Lubero, patrol denied access');
    await veille.settle();
    for (let i = 0; i < 4; i++) {
      veille.clock.advance(10_000);
      await veille.settle();
    }
    const poc = veille.fake.messages(channelOf('poc')).map((m) => textOf(m));
    expect(poc).toHaveLength(2);
    expect(poc[0]).toContain('A-1');
    expect(poc[1]).toContain('A-2');
  });

  it('joins a public section channel it is not in, and posts', async () => {
    veille.fake.setMember(channelOf('poc'), veille.fake.botUserId, false);
    await report('Armed men attacked Kamango market, 4 killed');
    await veille.settle();
    expect(veille.fake.callsTo('conversations.join')).toHaveLength(1);
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(1);
  });

  it('tells the reporter when a card cannot be posted in a private channel the bot is not in', async () => {
    veille.fake.setMember(channelOf('cp'), veille.fake.botUserId, false);
    const answer = await report('Deux enfants enlevés près de Mambasa, CODECO');
    expect((answer.body as any).text).toMatch(/^A-1 enregistrée/);
    await veille.settle();
    const dm = veille.fake.dms(PEOPLE.focalPoint.id);
    // They reported in French: they are told in French.
    expect(textOf(dm)).toContain(`A-1 est bien enregistrée, mais sa fiche n'a pas pu être publiée dans <#${channelOf('cp')}>`);
    expect(eventsOf(veille.db, 1).map((e) => e.type)).toEqual(['logged', 'post_failed']);
    // The other sections still got their stubs.
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(1);
  });
});

describe('posting exactly once across a crash', () => {
  it('does not post again a card that landed before the app died, and remembers where it is', async () => {
    await report('Armed men attacked Kamango market, 4 killed');
    await veille.settle();
    const [card] = veille.fake.messages(channelOf('poc'));
    // The app died after Slack took the post but before the outbox heard back.
    veille.db.exec(`UPDATE outbox SET status = 'pending', in_flight_at = 1, sent_at = NULL WHERE kind = 'card'`);
    veille.db.exec(`DELETE FROM alert_messages`);
    await veille.settle();
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(1);
    expect(veille.db.prepare("SELECT ts FROM alert_messages WHERE channel = ?").pluck().get(channelOf('poc'))).toBe(card!.ts);
    expect(veille.db.prepare("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").pluck().get()).toBe(0);
  });

  it('posts a card whose earlier attempt never reached Slack', async () => {
    veille.fake.failNext('chat.postMessage', 3, { httpStatus: 502 });
    await report('Armed men attacked Kamango market, 4 killed');
    await veille.settle();
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(0);
    veille.clock.advance(5_000);
    await veille.settle();
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(1);
    expect(veille.fake.callsTo('conversations.history').length).toBeGreaterThanOrEqual(3);
  });
});

describe('pacing posts at Slack’s rate', () => {
  it('sends a burst to one channel about one a second, in order, while other channels go at once', async () => {
    await veille.stop();
    veille = await startVeille({ postIntervalMs: 400 });
    for (const place of ['Kamango', 'Oicha', 'Mavivi']) await report(`Armed men attacked ${place} market, 2 killed`);
    await veille.settle();
    // The first card of each channel goes at once; the next wait their turn.
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(1);
    expect(veille.fake.messages(channelOf('fo-beni'))).toHaveLength(1);
    await veille.fake.waitFor(() => veille.fake.messages(channelOf('poc')).length === 3, { timeoutMs: 5_000 });
    expect(veille.fake.messages(channelOf('poc')).map((m) => /A-\d+/.exec(m.text ?? '')?.[0])).toEqual(['A-1', 'A-2', 'A-3']);
    expect(veille.fake.callsTo('chat.postMessage').every((c) => c.ok)).toBe(true);
  });

  it('while a burst waits for its channels’ turn, a card for a channel not being paced goes out at once', async () => {
    await veille.stop();
    veille = await startVeille({ postIntervalMs: 5_000 });
    // Beni's channels post one card each, then pace the rest for 5 s.
    for (const place of ['Kamango', 'Oicha', 'Mavivi']) await report(`Armed men attacked ${place} market, 2 killed`);
    await veille.settle();
    expect(veille.fake.messages(channelOf('fo-beni'))).toHaveLength(1);
    // An Ituri report meanwhile: the Bunia field office's channel has posted nothing, so its card does not wait.
    await report('Attaque à Drodro, hommes armés CODECO, 3 tués');
    await veille.settle();
    expect(veille.fake.messages(channelOf('fo-bunia')).map((m) => /A-\d+/.exec(m.text ?? '')?.[0])).toEqual(['A-4']);
    expect(veille.fake.messages(channelOf('fo-beni'))).toHaveLength(1); // still its turn to wait
    // The paced channels then go on in order once their turn comes.
    await veille.fake.waitFor(() => veille.fake.messages(channelOf('fo-beni')).length === 2, { timeoutMs: 8_000 });
    expect(veille.fake.messages(channelOf('fo-beni')).map((m) => /A-\d+/.exec(m.text ?? '')?.[0])).toEqual(['A-1', 'A-2']);
  }, 15_000);
});
