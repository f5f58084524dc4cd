import type { Logger } from '../log.js';
import { RecentDeliveries } from './recent-deliveries.js';

/**
 * Replay protection for Socket Mode, as replay-guard.ts is for HTTP. Slack sends an envelope again
 * when its acknowledgement was lost (a dropped connection, a slow ack): the same envelope_id, or a
 * new envelope carrying the same slash command or interaction (same trigger_id) or the same event
 * (same event_id, with retry_attempt and retry_reason). Each is processed once: a redelivery is
 * acknowledged with what the first one answered (the confirmation a slash command's ack carries),
 * and not handed to Bolt again. What has been seen is kept in memory, bounded, long enough to cover
 * Slack's retries (the Events API retries for a few minutes), on the monotonic clock.
 */

const KEEP_MS = 15 * 60_000;
/** How long a redelivery waits for the first one's answer (Slack's acknowledgement window). */
const ANSWER_WAIT_MS = 2500;

/** What the Socket Mode client emits for every envelope (@slack/socket-mode's 'slack_event'). */
interface SocketEvent {
  ack: (response?: Record<string, unknown>) => Promise<void>;
  envelope_id: string;
  type: string;
  body: Record<string, unknown> | undefined;
  retry_num?: number;
  retry_reason?: string;
}

interface Entry {
  expiresAt: number;
  answer: Promise<Record<string, unknown> | undefined>;
}

/** The part of the Socket Mode client the guard needs. */
interface Emitter {
  emit(event: string | symbol, ...args: unknown[]): boolean;
}

export interface SocketReplayGuardOptions {
  log: Logger;
  monotonic?: () => number;
  maxEntries?: number;
}

export class SocketReplayGuard {
  private readonly seen: RecentDeliveries<Entry>;
  private readonly monotonic: () => number;

  constructor(private readonly options: SocketReplayGuardOptions) {
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.seen = new RecentDeliveries<Entry>(options.maxEntries ?? 10_000, this.monotonic);
  }

  get size(): number {
    return this.seen.size;
  }

  /** Puts the guard between the client and Bolt: a redelivered 'slack_event' never reaches Bolt. */
  install(socket: Emitter): void {
    const emit = socket.emit.bind(socket);
    socket.emit = (event: string | symbol, ...args: unknown[]): boolean => {
      if (event !== 'slack_event') return emit(event, ...args);
      const passed = this.admit(args[0] as SocketEvent);
      return passed ? emit(event, passed) : true;
    };
  }

  /** The event to hand on (its ack now remembers its answer), or null when it is a redelivery. */
  admit(event: SocketEvent): SocketEvent | null {
    const keys = keysOf(event);
    const earlier = this.seen.earlier(keys);
    if (earlier) {
      this.options.log.warn('socket mode envelope redelivered: acknowledged as before, not processed again', {
        type: event.type,
        retry_num: event.retry_num ?? 0,
        ...(event.retry_reason ? { retry_reason: event.retry_reason } : {}),
      });
      void this.answerAgain(event, earlier);
      return null;
    }
    let settle: (answer: Record<string, unknown> | undefined) => void = () => {};
    const entry: Entry = { expiresAt: this.monotonic() + KEEP_MS, answer: new Promise((resolve) => (settle = resolve)) };
    this.seen.remember(keys, entry);
    const ack = event.ack;
    return {
      ...event,
      ack: async (response) => {
        settle(response);
        await ack(response);
      },
    };
  }

  private async answerAgain(event: SocketEvent, earlier: Entry): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ANSWER_WAIT_MS)));
    const answer = await Promise.race([earlier.answer, late]);
    clearTimeout(timer);
    await event.ack(answer).catch((error: unknown) => this.options.log.warn('socket mode redelivery could not be acknowledged', { error: (error as Error).name }));
  }


}

/** The envelope, and what it carries: a slash command's or interaction's trigger_id, an event's event_id. */
function keysOf(event: SocketEvent): string[] {
  const keys = [`envelope:${event.envelope_id}`];
  const body = event.body ?? {};
  if (typeof body.trigger_id === 'string' && body.trigger_id) keys.push(`trigger:${body.trigger_id}`);
  if (event.type === 'events_api' && typeof body.event_id === 'string' && body.event_id) keys.push(`event:${body.event_id}`);
  return keys;
}
