import { z } from 'zod';
import { ConfigError, describeZodIssue } from './errors.js';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = (schema: z.ZodType<string>) => z.preprocess(blankToUndefined, schema.optional());

/** The environment contract of DESIGN.md. Every variable is optional. */
const envSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, 'the signing secret from the app page')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'an app-level token starting with xapp-')),
  // The Web API client appends the method name: https://gw.example.org/api and …/api/ both work.
  SLACK_API_URL: z.preprocess(blankToUndefined, z.url('a URL such as https://slack.com/api/').transform((url) => (url.endsWith('/') ? url : `${url}/`)).optional()),
  PORT: z.preprocess(blankToUndefined, z.coerce.number({ error: 'a port number from 0 to 65535' }).int('a port number from 0 to 65535').min(0, 'a port number from 0 to 65535').max(65535, 'a port number from 0 to 65535').default(3000)),
  DATABASE_PATH: z.preprocess(blankToUndefined, z.string().default('data/veille.db')),
  MISSION_CONFIG: z.preprocess(blankToUndefined, z.string().default('data/mission.example.json')),
  /** The outbound proxy for every Slack client (Web API and Socket Mode); https_proxy is read too. */
  HTTPS_PROXY: optional(z.url({ protocol: /^https?$/, error: 'a proxy URL such as http://proxy.mission.example.org:3128' })),
  /** Hosts reached without the proxy, comma-separated; no_proxy is read too. */
  NO_PROXY: optional(z.string()),
  SLACK_POST_INTERVAL_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(60_000).default(1000)),
  /** The address gateways reach Veille at (Twilio signs it plus the path); else the request's own host. */
  PUBLIC_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'a URL such as https://veille.mission.example.org' }).transform((url) => url.replace(/\/+$/, '')).optional()),
  /** Verifies Twilio's X-Twilio-Signature; without it the Twilio SMS endpoint is off. */
  TWILIO_AUTH_TOKEN: optional(z.string().min(16, "the Auth Token from Twilio's console (32 characters)")),
  /** SMS replies to reporters through Twilio's Messages API (with TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER). */
  TWILIO_ACCOUNT_SID: optional(z.string().regex(/^AC[0-9a-fA-F]{32}$/, "the Account SID from Twilio's console (AC and 32 hex digits)")),
  TWILIO_FROM_NUMBER: optional(z.string().regex(/^(\+\d{4,15}|MG[0-9a-fA-F]{32})$/, 'the Twilio number replies come from, as +243…')),
  TWILIO_API_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'a URL such as https://api.twilio.com' }).optional()),
  /** SMS replies to reporters through RapidPro's (or TextIt's) broadcasts API. */
  RAPIDPRO_API_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'the RapidPro server, such as https://textit.com' }).optional()),
  RAPIDPRO_API_TOKEN: optional(z.string().min(8, 'the API token from RapidPro (Settings → API)')),
});

export type Env = z.output<typeof envSchema>;
export type Mode = 'http' | 'socket' | 'playground';

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // The proxy variables are as often lower-case (curl's convention): take either, upper-case first.
  const proxies = { HTTPS_PROXY: source.HTTPS_PROXY || source.https_proxy, NO_PROXY: source.NO_PROXY || source.no_proxy };
  const parsed = envSchema.safeParse({ ...source, ...proxies });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError('environment', issue.path, describeZodIssue(issue));
  }
  return parsed.data;
}

/** With bot token and signing secret: HTTP. With an app token as well: Socket Mode. With none: the playground. */
export function chooseMode(env: Env): Mode {
  const slackVars = [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN].filter(Boolean).length;
  if (slackVars === 0) return 'playground';
  if (!env.SLACK_BOT_TOKEN) throw new ConfigError('environment', ['SLACK_BOT_TOKEN'], 'a bot token starting with xoxb- (the other Slack variables are set)');
  if (env.SLACK_APP_TOKEN) return 'socket';
  if (!env.SLACK_SIGNING_SECRET) throw new ConfigError('environment', ['SLACK_SIGNING_SECRET'], 'the signing secret from the app page (HTTP mode needs it)');
  return 'http';
}
