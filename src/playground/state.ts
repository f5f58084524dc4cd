/**
 * The JSON the page polls: the fake workspace through one person's eyes (nothing they could not
 * see in Slack), the people to switch between, the clock, and labels from the mission config.
 */
import { SHORTCUTS, SLASH_COMMANDS } from '../../commands/manifest.js';
import type { Mission } from '../config/mission.js';
import type { UserView } from '../fake-slack/index.js';
import type { Playground } from './playground.js';

export interface PagePerson {
  id: string;
  name: string;
  real_name: string;
  tz: string;
}

export interface PageState extends UserView {
  mission: string;
  now: number;
  clockOffsetMs: number;
  timeZone: string;
  /** Whom the page can switch to: every human in the workspace. */
  switcher: PagePerson[];
  /** What each channel is for, from the mission config (shown under its name). */
  topics: Record<string, string>;
  commands: Array<{ command: string; usageHint: string }>;
  shortcuts: Array<{ callbackId: string; name: string; type: string }>;
}

export function channelTopics(mission: Mission): Record<string, string> {
  const topics: Record<string, string> = {};
  for (const section of mission.sections) {
    topics[section.channel] = `${section.name}${section.restricted ? ' · restricted section' : ''}`;
  }
  topics[mission.escalationChannel] ??= 'Escalations';
  topics[mission.leadershipDigest.channel] ??= 'Leadership digest';
  topics[mission.conductChannel] ??= 'Conduct and discipline';
  return topics;
}

export function humans(playground: Playground): PagePerson[] {
  return [...playground.fake.state.users.values()]
    .filter((u) => !u.is_bot)
    .map((u) => ({ id: u.id, name: u.name, real_name: u.real_name ?? u.name, tz: u.tz ?? playground.veille.mission.timeZone }));
}

export function isPerson(playground: Playground, user: string): boolean {
  const found = playground.fake.state.users.get(user);
  return found !== undefined && !found.is_bot;
}

export function pageState(playground: Playground, user: string): PageState {
  const { mission } = playground.veille;
  const seen = playground.fake.seenBy(user);
  const mine = new Set(seen.conversations.map((c) => c.id));
  const topics = Object.fromEntries(Object.entries(channelTopics(mission)).filter(([id]) => mine.has(id)));
  return {
    ...seen,
    mission: mission.name,
    now: playground.clock.now(),
    clockOffsetMs: playground.clock.offset,
    timeZone: mission.timeZone,
    switcher: humans(playground),
    topics,
    commands: SLASH_COMMANDS.map((c) => ({ command: c.command, usageHint: c.usageHint })),
    shortcuts: SHORTCUTS.map((s) => ({ callbackId: s.callbackId, name: s.name, type: s.type })),
  };
}
