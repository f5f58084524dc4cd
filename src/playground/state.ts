/**
 * The JSON the page polls: the fake workspace through one person's eyes (nothing they could not
 * see in Slack), the people to switch between, the clock, and labels from the mission config.
 */
import { SHORTCUTS, SLASH_COMMANDS } from '../../commands/manifest.js';
import type { Mission } from '../config/mission.js';
import type { UserView } from '../fake-slack/index.js';
import type { Playground } from './playground.js';
import { formatTime } from '../slack/format/time.js';

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
  /** The clock, and each message's time (by ts), written as every message writes a time: 24-hour, the zone named. */
  nowLabel: string;
  stamps: Record<string, string>;
  /** Whom the page can switch to: every human in the workspace. */
  switcher: PagePerson[];
  /** What each channel is for, from the mission config (shown under its name). */
  topics: Record<string, string>;
  commands: Array<{ command: string; usageHint: string }>;
  shortcuts: Array<{ callbackId: string; name: string; type: string }>;
}

function channelTopics(mission: Mission): Record<string, string> {
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
    nowLabel: pageTime(playground.clock.now(), mission.timeZone),
    stamps: stampsOf(seen, mission.timeZone),
    switcher: humans(playground),
    topics,
    commands: SLASH_COMMANDS.map((c) => ({ command: c.command, usageHint: c.usageHint })),
    shortcuts: SHORTCUTS.map((s) => ({ callbackId: s.callbackId, name: s.name, type: s.type })),
  };
}

/**
 * The page shows every time in the mission's zone, as the cards do, so a visitor reads one clock:
 * message headers and the clock in the short form of the one formatter ("Sun 22 Nov, 09:14 (Kinshasa)").
 */
export function pageTime(ms: number, zone: string): string {
  return formatTime(ms, zone, 'en', { short: true });
}

/** Every message time (`ts`) the person sees, top-level, replies and ephemerals alike. */
function stampsOf(seen: unknown, zone: string): Record<string, string> {
  const stamps: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    if (typeof object.ts === 'string' && /^\d+\.\d+$/.test(object.ts) && !(object.ts in stamps)) stamps[object.ts] = pageTime(Math.floor(Number(object.ts) * 1000), zone);
    for (const [key, value] of Object.entries(object)) if (key !== 'blocks' && key !== 'view') walk(value);
  };
  walk(seen);
  return stamps;
}
