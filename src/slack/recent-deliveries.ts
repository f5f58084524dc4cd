/**
 * What Slack delivered recently, by key (a signature, a trigger_id, an envelope or event id), for the
 * replay guards (HTTP: replay-guard.ts; Socket Mode: socket-replay-guard.ts). Bounded: a flood of
 * valid requests makes the oldest give way. Entries are added in time order, so the expired ones
 * are at the front and forgetting them stops at the first live one.
 */
export class RecentDeliveries<E extends { expiresAt: number }> {
  private readonly seen = new Map<string, E>();

  constructor(
    private readonly maxEntries: number,
    private readonly monotonic: () => number,
  ) {}

  get size(): number {
    return this.seen.size;
  }

  /** The first of these keys delivered before and not yet expired. */
  earlier(keys: readonly string[]): E | undefined {
    this.forgetExpired();
    return keys.map((k) => this.seen.get(k)).find((e) => e !== undefined);
  }

  get(key: string): E | undefined {
    return this.seen.get(key);
  }

  remember(keys: readonly string[], entry: E): void {
    for (const key of keys) {
      while (this.seen.size >= this.maxEntries) {
        const oldest = this.seen.keys().next().value;
        if (oldest === undefined) break;
        this.seen.delete(oldest);
      }
      this.seen.set(key, entry);
    }
  }

  private forgetExpired(): void {
    const now = this.monotonic();
    for (const [key, entry] of this.seen) {
      if (entry.expiresAt > now) break;
      this.seen.delete(key);
    }
  }
}
