import type { WebClient } from '@slack/web-api';
import type { Mission } from '../config/mission.js';
import type { Logger } from '../log.js';
import { slackErrorCode } from './membership.js';

/**
 * At start-up, says which configured channels the bot cannot post in, so an admin hears it before
 * an alert is routed there. (Posting still tries: a public channel is joined on first post.)
 */
export async function checkChannels(client: WebClient, mission: Mission, log: Logger): Promise<string[]> {
  const channels = new Map<string, string>();
  for (const s of mission.sections) channels.set(s.channel, `section ${s.id}`);
  channels.set(mission.escalationChannel, 'escalationChannel');
  channels.set(mission.leadershipDigest.channel, 'leadershipDigest.channel');
  const problems: string[] = [];
  for (const [channel, role] of channels) {
    try {
      const info = await client.conversations.info({ channel });
      if (info.channel && info.channel.is_member === false) problems.push(`${role} (${channel}): Veille is not a member; invite it with /invite @Veille`);
    } catch (error) {
      problems.push(`${role} (${channel}): ${slackErrorCode(error)}`);
    }
  }
  for (const problem of problems) log.warn(`channel check: ${problem}`);
  return problems;
}
