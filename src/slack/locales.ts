import type { WebClient } from '@slack/web-api';
import type { Language } from '../domain/taxonomy.js';
import { localeLanguage } from './render/language.js';
import { timeLeft } from './slack-window.js';

/**
 * Each person's Slack language, asked of users.info (`include_locale`) and kept in memory for a few
 * hours: people rarely change it, and one answer per person is cheap. Inside a request Slack waits
 * on, the question gets a small share of the 3 s; a late answer counts as unknown (the mission's
 * language) this time and fills the cache for the next. Failing to learn it is never an error.
 */
export class SlackLocales {
  private cache = new Map<string, { language: Language | null; until: number }>();
  private asking = new Map<string, Promise<Language | null>>();

  constructor(
    private client: Pick<WebClient, 'users'>,
    private ttlMs = 6 * 3_600_000,
    private budgetMs = 800,
    private monotonic: () => number = () => performance.now(),
  ) {}

  /** What is known already, without asking: undefined when never asked (or forgotten). */
  known(user: string): Language | null | undefined {
    const cached = this.cache.get(user);
    return cached && cached.until > this.monotonic() ? cached.language : undefined;
  }

  /** `windowEnd`: the end of the request's window (slack-window.ts), when asked for a request Slack waits on. */
  languageOf = async (user: string, windowEnd?: number): Promise<Language | null> => {
    const known = this.known(user);
    if (known !== undefined) return known;
    let lookup = this.asking.get(user);
    if (!lookup) {
      lookup = this.lookUp(user).finally(() => this.asking.delete(user));
      this.asking.set(user, lookup);
    }
    const left = timeLeft(windowEnd);
    if (left === undefined) return lookup;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), Math.max(0, Math.min(this.budgetMs, left - 500)))));
    return Promise.race([lookup, late]).finally(() => clearTimeout(timer));
  };

  private async lookUp(user: string): Promise<Language | null> {
    try {
      const answer = await this.client.users.info({ user, include_locale: true });
      const language = localeLanguage((answer.user as { locale?: string } | undefined)?.locale);
      this.cache.set(user, { language, until: this.monotonic() + this.ttlMs });
      return language;
    } catch {
      return null; // not cached: asked again next time
    }
  }
}
