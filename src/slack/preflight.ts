import { WebClient } from '@slack/web-api';
import { silentLogger, type Logger } from '../log.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackTransport } from './transport.js';

/**
 * Before Veille says it is running: can it reach Slack, and does Slack accept its tokens? One
 * line per problem. A rejected token stops start-up (waiting will not fix it); an unreachable
 * Slack is retried with a visible, growing back-off (networks in the field come back).
 */
class SlackRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlackRefused';
  }
}

/** Slack's answers that mean "this token will never work as it is". */
const TOKEN_REJECTED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type', 'invalid_token', 'no_permission', 'missing_scope']);

type Attempt = { ok: true } | { ok: false; rejected: string } | { ok: false; unreachable: string };

function classify(error: unknown): Attempt {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; original?: { message?: string; cause?: { code?: string; message?: string } } };
  if (e?.code === 'slack_webapi_platform_error') {
    const code = e.data?.error ?? 'unknown_error';
    return TOKEN_REJECTED.has(code) ? { ok: false, rejected: code } : { ok: false, unreachable: `Slack answered ${code}` };
  }
  if (e?.code === 'slack_webapi_http_error') return { ok: false, unreachable: `HTTP ${e.statusCode}` };
  if (e?.code === 'slack_webapi_rate_limited_error') return { ok: false, unreachable: 'rate limited' };
  const cause = e?.original?.cause;
  return { ok: false, unreachable: cause?.code ?? cause?.message ?? e?.original?.message ?? (error as Error)?.message ?? 'no answer' };
}

async function attempt(call: () => Promise<unknown>): Promise<Attempt> {
  try {
    await call();
    return { ok: true };
  } catch (error) {
    return classify(error);
  }
}

export interface PreflightOptions {
  botToken: string;
  appToken?: string;
  apiUrl?: string;
  transport?: SlackTransport;
  log: Logger;
  timeoutMs?: number;
  /** Back-off: first and longest wait between attempts. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Stops the retries (SIGTERM during start-up). */
  signal?: AbortSignal;
}

export async function waitForSlack(options: PreflightOptions): Promise<void> {
  const url = options.apiUrl ?? 'https://slack.com/api/';
  const reach = { slackApiUrl: url, retryConfig: { retries: 0 }, timeout: options.timeoutMs ?? 10_000, ...(options.transport?.fetch ? { fetch: options.transport.fetch } : {}) };
  const quiet = boltLogger(silentLogger);
  const bot = new WebClient(options.botToken, { ...reach, logger: quiet });
  const app = options.appToken ? new WebClient(options.appToken, { ...reach, logger: quiet }) : null;
  const via = options.transport?.proxy ? ` through the proxy ${options.transport.proxy}` : '';
  let delay = options.firstDelayMs ?? 2000;
  for (;;) {
    let outcome = await attempt(() => bot.auth.test());
    if ('rejected' in outcome) throw new SlackRefused(`Slack rejected the bot token (SLACK_BOT_TOKEN): ${outcome.rejected}. Use the app's Bot User OAuth Token (xoxb-…), from its OAuth & Permissions page.`);
    if (outcome.ok && app) {
      // The app-level token opens Socket Mode connections; asking for one URL proves it.
      outcome = await attempt(() => app.apps.connections.open({}));
      if ('rejected' in outcome) throw new SlackRefused(`Slack rejected the app-level token (SLACK_APP_TOKEN): ${outcome.rejected}. Generate one with the connections:write scope on the app's Basic Information page.`);
    }
    if (outcome.ok) return;
    options.log.warn(`cannot reach Slack at ${url}${via} (${outcome.unreachable}); trying again in ${Math.round(delay / 1000)} s`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      options.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
    if (options.signal?.aborted) throw new Error('start-up stopped');
    delay = Math.min(delay * 2, options.maxDelayMs ?? 60_000);
  }
}
