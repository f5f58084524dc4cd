import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * Slack waits 3 s for an answer. The membership checks a request makes (one per section, one after
 * the other) share one budget inside that window, so several slow answers cannot add up past it.
 */
const SLACK_WINDOW_MS = 2500;

const windowEnd = new AsyncLocalStorage<number>();

/** Runs `fn` (and everything it awaits) inside a window of `ms` from now. */
export function inSlackWindow<T>(fn: () => T, ms = SLACK_WINDOW_MS): T {
  return windowEnd.run(performance.now() + ms, fn);
}

/** Runs `fn` outside any request's window: work that outlives the request (the outbox) waits as long as it must. */
export function outsideSlackWindow<T>(fn: () => T): T {
  return windowEnd.exit(fn);
}

/** Milliseconds left in the current request's window; undefined outside a request (timed jobs). */
export function timeLeftInWindow(): number | undefined {
  const end = windowEnd.getStore();
  return end === undefined ? undefined : end - performance.now();
}

/**
 * Bolt middleware: each command, click, form submission and shortcut gets its window. Events are
 * acknowledged before their listener runs, so nothing there waits on the 3 s.
 */
export function slackWindow(ms = SLACK_WINDOW_MS): Middleware<AnyMiddlewareArgs> {
  return (args) => ((args.body as { type?: string }).type === 'event_callback' ? args.next() : inSlackWindow(() => args.next(), ms));
}
