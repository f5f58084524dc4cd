import type { WebClient } from '@slack/web-api';
import type { Mission } from '../config/mission.js';
import type { Logger } from '../log.js';
import { slackErrorCode } from './membership.js';

/**
 * At start-up, makes sure Veille can post in every configured channel, so an admin hears of a
 * problem before an alert is routed there: it joins the public channels it is not in yet, and says
 * in one line per channel what it cannot fix itself (a private channel it was not invited to, a
 * wrong id, an archived channel, a public one it may not join).
 */
export async function checkChannels(client: WebClient, mission: Mission, log: Logger): Promise<string[]> {
  const channels = new Map<string, string>();
  for (const s of mission.sections) channels.set(s.channel, `section ${s.id}`);
  channels.set(mission.escalationChannel, 'escalationChannel');
  channels.set(mission.leadershipDigest.channel, 'leadershipDigest.channel');
  const problems: string[] = [];
  for (const [channel, role] of channels) {
    const problem = await checkOne(client, channel);
    if (problem === 'joined') log.info(`channel check: joined ${role} (${channel})`);
    else if (problem) problems.push(`${role} (${channel}): ${problem}`);
  }
  for (const problem of problems) log.warn(`channel check: ${problem}`);
  return problems;
}

async function checkOne(client: WebClient, channel: string): Promise<string | 'joined' | null> {
  let info;
  try {
    info = (await client.conversations.info({ channel })).channel;
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'channel_not_found') return 'Veille cannot see this channel: if it is private, invite Veille to it (/invite @Veille); otherwise check the channel id in the mission config';
    return `Slack said ${code}`;
  }
  if (info?.is_member !== false) return info?.is_archived ? 'the channel is archived: nothing can be posted there' : null;
  if (info.is_archived) return 'the channel is archived: nothing can be posted there';
  if (info.is_private) return 'Veille is not a member; invite it with /invite @Veille';
  try {
    await client.conversations.join({ channel });
    return 'joined';
  } catch (error) {
    return `Veille cannot join it (${slackErrorCode(error)}); invite it with /invite @Veille`;
  }
}
