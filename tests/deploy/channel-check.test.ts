import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMission } from '../../src/config/mission.js';
import { exampleWorkspace, FakeSlack } from '../../src/fake-slack/index.js';
import type { Logger } from '../../src/log.js';
import { checkChannels } from '../../src/slack/channel-check.js';

const BOT = 'xoxb-channel-check';
let fake: FakeSlack | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe('the start-up channel check', () => {
  it('joins the public channels it is not in, and says in one line each what it cannot fix', async () => {
    const mission = loadMission('data/mission.example.json');
    const workspace = exampleWorkspace(mission);
    const poc = mission.sections.find((s) => s.id === 'poc')!.channel;
    const crsv = mission.sections.find((s) => s.id === 'crsv')!.channel;
    // PoC's channel is public without the bot; CRSV's is private without it; Goma's id is wrong.
    const channels = workspace.channels.map((c) => (c.id === poc || c.id === crsv ? { ...c, botMember: false } : c));
    const goma = mission.sections.find((s) => s.id === 'fo-goma')!;
    const wrong = { ...mission, sections: mission.sections.map((s) => (s.id === 'fo-goma' ? { ...s, channel: 'C0NOSUCH01' } : s)) };
    fake = await FakeSlack.start({ botToken: BOT, users: workspace.users, channels });
    const lines: string[] = [];
    const log: Logger = { info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
    const problems = await checkChannels(new WebClient(BOT, { slackApiUrl: fake.url }), wrong, log);
    expect(lines).toEqual([
      `info channel check: joined section poc (${poc})`,
      `warn channel check: section crsv (${crsv}): Veille cannot see this channel: if it is private, invite Veille to it (/invite @Veille); otherwise check the channel id in the mission config`,
      `warn channel check: section ${goma.id} (C0NOSUCH01): Veille cannot see this channel: if it is private, invite Veille to it (/invite @Veille); otherwise check the channel id in the mission config`,
    ]);
    expect(problems).toHaveLength(2);
    expect(fake.callsTo('conversations.join').map((c) => c.args.channel)).toEqual([poc]);
  });
});
