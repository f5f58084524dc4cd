import { describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import type { Facts, Logger } from '../../src/log.js';
import { BOT_TOKEN, SIGNING_SECRET, startVeille } from './harness.js';

/** Everything the app logs, as the lines an operator would read. */
function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (message: string, facts?: Facts) => void lines.push(`${level} ${message} ${JSON.stringify(facts ?? {})}`);
  return { lines, info: write('info'), warn: write('warn'), error: write('error') };
}

describe('the logs', () => {
  it('never carry tokens, signing secrets or restricted free text, even when things go wrong', async () => {
    const log = capturingLogger();
    const veille = await startVeille({ log });
    const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;
    veille.fake.setMember(channelOf('crsv'), veille.fake.botUserId, false); // a post that fails
    veille.fake.failNext('chat.postMessage', 2, { rateLimited: 1 }); // posts that are delayed
    await veille.driver.slashCommand({ user: PEOPLE.crsvAdviser.id, channel: GENERAL_CHANNEL, text: '3 femmes violées à Minova par Mwami Kabila Secretname, appeler +243 81 555 0000' });
    await veille.driver.slashCommand({ user: PEOPLE.crsvAdviser.id, channel: GENERAL_CHANNEL, text: 'update A-1 Secretname moved to safe house' });
    await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'show A-1' });
    await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Oicha', forge: 'bad-signature' });
    veille.db.pragma('query_only = ON'); // a database that refuses writes
    await veille.driver.slashCommand({ user: PEOPLE.crsvAdviser.id, channel: GENERAL_CHANNEL, text: 'Secretname seen again in Minova' });
    veille.db.pragma('query_only = OFF');
    veille.clock.advance(120_000);
    await veille.settle();
    await veille.runtime.tick();
    await veille.stop();

    const all = log.lines.join('\n');
    expect(log.lines.length).toBeGreaterThan(2); // it did log: the failures above were worth a line
    expect(all).toContain('A-1');
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, 'Secretname', 'femmes', '555 0000', 'safe house']) expect(all, secret).not.toContain(secret);
  });
});
