import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * A command or click delivered twice with the same trigger_id (a proxy or load balancer replaying
 * it, a retry after a lost answer) is processed once: the repeat is acknowledged empty and goes no
 * further. Trigger ids live for seconds at Slack, so remembering them ten minutes (monotonic time,
 * bounded) is ample. Signature-level replay protection is the receiver's job, not this one's.
 */
export function oncePerTrigger(options: { ttlMs?: number; max?: number; now?: () => number } = {}): Middleware<AnyMiddlewareArgs> {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const max = options.max ?? 50_000;
  const now = options.now ?? (() => performance.now());
  const seen = new Map<string, number>(); // trigger_id → when first seen; insertion order is age order
  return async (args) => {
    const trigger = (args.body as { trigger_id?: unknown }).trigger_id;
    if (typeof trigger !== 'string' || trigger === '') return args.next();
    const at = now();
    for (const [id, first] of seen) {
      if (first > at - ttlMs && seen.size < max) break;
      seen.delete(id);
    }
    if (seen.has(trigger)) {
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    seen.set(trigger, at);
    return args.next();
  };
}
