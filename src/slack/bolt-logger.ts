import { LogLevel, type Logger as SlackLogger } from '@slack/web-api';
import type { Logger } from '../log.js';

/** Bolt's and the Web API client's logger, backed by ours: their warnings (bad signatures…) go where ours go. */
export function boltLogger(log: Logger): SlackLogger {
  let level = LogLevel.WARN;
  const say = (fn: (m: string) => void) => (...messages: unknown[]) => fn(messages.map(String).join(' '));
  return {
    debug: () => {},
    info: () => {},
    warn: say((m) => log.warn(`bolt: ${m}`)),
    error: say((m) => log.error(`bolt: ${m}`)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
