import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { Language } from '../domain/taxonomy.js';

/**
 * Slack waits 3 s for an answer. The membership checks a request makes (one per section, one after
 * the other) share one budget inside that window, so several slow answers cannot add up past it.
 *
 * The window travels with the request by hand: the middleware writes its end into Bolt's context,
 * and each listener binds its Slack look-ups to it (`forRequest`). Not an AsyncLocalStorage: on
 * Node 20 one of those makes every promise of the process pay async hooks (measured at 0.04–0.05 ms
 * of the event-loop thread per quick report, ~8 % of it, for a value read by two look-ups).
 */
const SLACK_WINDOW_MS = 2500;

/** Where the window's end is kept in Bolt's context (performance.now() time). */
const WINDOW_END = 'slackWindowEnd';

/** Milliseconds left before `end` (a window's end); undefined outside a request (timed jobs, events, the outbox). */
export function timeLeft(end: number | undefined): number | undefined {
  return end === undefined ? undefined : end - performance.now();
}

/** The end of the request's window, if the request has one. */
function windowEndOf(context: Context): number | undefined {
  const end = context[WINDOW_END];
  return typeof end === 'number' ? end : undefined;
}

/**
 * Bolt middleware: each command, click, form submission and shortcut gets its window. Events are
 * acknowledged before their listener runs, so nothing there waits on the 3 s.
 */
export function slackWindow(ms = SLACK_WINDOW_MS): Middleware<AnyMiddlewareArgs> {
  return (args) => {
    if ((args.body as { type?: string }).type !== 'event_callback') args.context[WINDOW_END] = performance.now() + ms;
    return args.next();
  };
}

/** The Slack look-ups that wait on Slack, and so on the window. */
export interface WindowedLookups {
  isMember(channel: string, user: string, windowEnd?: number): Promise<boolean>;
  languageOf?(user: string, windowEnd?: number): Promise<Language | null>;
}

/**
 * The deps a listener uses for one request: its Slack look-ups bound to that request's window.
 * Outside a request (no window in the context) the deps are returned as they are.
 */
export function forRequest<D extends { slack: WindowedLookups }>(deps: D, context: Context): D {
  const end = windowEndOf(context);
  if (end === undefined) return deps;
  const { isMember, languageOf } = deps.slack;
  return {
    ...deps,
    slack: {
      ...deps.slack,
      isMember: (channel: string, user: string) => isMember(channel, user, end),
      ...(languageOf && { languageOf: (user: string) => languageOf(user, end) }),
    },
  };
}
