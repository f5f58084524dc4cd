import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';

/**
 * How Veille's Slack clients reach Slack: directly, or through the mission's outbound proxy.
 * HTTPS_PROXY (or https_proxy) names the proxy for every Slack client — the Web API client, the
 * Socket Mode client's own `apps.connections.open`, and its WebSocket — whatever the scheme of
 * SLACK_API_URL; NO_PROXY (or no_proxy) lists hosts reached directly (comma-separated, `*` for all).
 * The proxy is spoken to with CONNECT, as corporate proxies expect for TLS.
 */
export interface SlackTransport {
  /** For the WebSocket (and anything else built on undici). Undefined: connect directly. */
  dispatcher?: Dispatcher;
  /** For @slack/web-api's `fetch` option. Undefined: the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** The proxy in use, for the start-up line (credentials removed). */
  proxy?: string;
}

export function slackTransport(env: { HTTPS_PROXY?: string; NO_PROXY?: string }): SlackTransport {
  const proxy = env.HTTPS_PROXY?.trim();
  if (!proxy) return {};
  const dispatcher = new EnvHttpProxyAgent({ httpProxy: proxy, httpsProxy: proxy, noProxy: env.NO_PROXY ?? '' });
  // undici's fetch is the global fetch, but declared with undici's own Request and Response types: one cast joins them.
  const fetch = ((url: string | URL, init?: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher })) as unknown as typeof globalThis.fetch;
  const shown = new URL(proxy);
  shown.username = '';
  shown.password = '';
  return { dispatcher, fetch, proxy: shown.origin };
}
