/**
 * SlackDriver plays Slack's side towards the app: signed HTTP requests to the app's endpoint for
 * slash commands, clicks, modal submissions, shortcuts and events, with trigger_ids and response
 * URLs issued by the fake so what the app does next lands in the fake. It can also forge requests
 * (bad or missing signature, stale timestamp, body altered after signing) for security tests.
 */
import { findElement } from './block-find.js';
import {
  type ActionInput, channelName, commonFields, completeAction, containerBlocks, eventEnvelope, messageContext,
  slashCommandForm, viewContext, VERIFICATION_TOKEN,
} from './driver-payloads.js';
import { publicMessage, publicView } from './present.js';
import { signRequest } from './signing.js';
import type { Json } from './types.js';
import type { ViewAckOutcome } from './view-lifecycle.js';
import { type EnteredValue, buildStateValues, elementState } from './view-state.js';
import type { FakeSlack } from './web-api.js';
import { type FakeSocketMode, sendOverSocket } from './socket-mode.js';

export type Forgery = 'bad-signature' | 'stale-timestamp' | 'future-timestamp' | 'no-signature' | 'tampered-body';

export interface SendOptions {
  forge?: Forgery;
  /** Extra headers, e.g. `X-Slack-Retry-Num` to imitate Slack's redelivery. */
  headers?: Record<string, string>;
  /** Sign with this X-Slack-Request-Timestamp (seconds) instead of now: validly signed, but old or early. */
  timestampSeconds?: number;
}

/** A request as it went over the wire, so a test can send exactly the same bytes again (a replay). */
export interface SentRequest {
  body: string;
  headers: Record<string, string>;
}

export interface SlackDriverOptions {
  fake: FakeSlack;
  /** The app's request URL, e.g. http://127.0.0.1:PORT/slack/events */
  appUrl: string;
  signingSecret: string;
  /** Wall-clock ms for X-Slack-Request-Timestamp; Bolt checks it against Date.now(). */
  now?: () => number;
  /**
   * Deliver over Socket Mode instead of HTTP: the same payloads, sent as envelopes on the
   * WebSocket the app opened; the ack's payload becomes the response body.
   */
  socket?: FakeSocketMode;
}

export interface AppResponse {
  status: number;
  /** The ack: parsed JSON when it is JSON, otherwise the text ('' for an empty ack). */
  body: unknown;
  text: string;
  headers: Record<string, string>;
  /** How long the app took to answer; Slack gives up after 3000 ms. */
  elapsedMs: number;
  /** What was sent, for `replay`. */
  request: SentRequest;
}

export interface InteractionResult extends AppResponse {
  payload: Json;
  triggerId: string;
  responseUrl?: string;
}

export interface ViewSubmissionResult extends InteractionResult {
  /** What the ack did to the modal stack (only when the view is one the fake has open). */
  outcome?: ViewAckOutcome;
}

/** A message (channel + ts) or a view (viewId); `blockId` picks one element when an action_id repeats. */
type Where = { channel?: string; ts?: string; viewId?: string; blockId?: string };

const STALE_BY_SECONDS = 10 * 60;

export class SlackDriver {
  private readonly fake: FakeSlack;
  /** Where the app listens (tests reach its /healthz and /readyz beside it). */
  readonly appUrl: string;
  private readonly signingSecret: string;
  private readonly clock: () => number;
  private readonly socket?: FakeSocketMode;
  private eventCounter = 0;

  constructor(options: SlackDriverOptions) {
    this.fake = options.fake;
    this.appUrl = options.appUrl;
    this.signingSecret = options.signingSecret;
    this.clock = options.now ?? (() => Date.now());
    this.socket = options.socket;
  }

  /** Posts a raw body to the app, signed (or forged) as Slack would. */
  async send(body: string, contentType: string, options: SendOptions = {}): Promise<AppResponse> {
    // Over Socket Mode there are no signatures or HTTP headers to replay: the envelope is the request.
    if (this.socket) return { ...(await sendOverSocket(this.socket, body, contentType, options)), request: { body, headers: { 'Content-Type': contentType } } };
    const nowSeconds = options.timestampSeconds ?? Math.floor(this.clock() / 1000);
    const timestamp = options.forge === 'stale-timestamp' ? nowSeconds - STALE_BY_SECONDS : options.forge === 'future-timestamp' ? nowSeconds + STALE_BY_SECONDS : nowSeconds;
    const secret = options.forge === 'bad-signature' ? `${this.signingSecret}-wrong` : this.signingSecret;
    const signed = signRequest(secret, body, timestamp);
    const headers: Record<string, string> = { 'Content-Type': contentType, ...signed, ...options.headers };
    if (options.forge === 'no-signature') delete headers['X-Slack-Signature'];
    // Whitespace or an extra field: the meaning survives, the signature no longer matches.
    const sent = options.forge === 'tampered-body' ? (contentType.includes('json') ? `${body} ` : `${body}&tampered=1`) : body;
    return this.replay({ body: sent, headers });
  }

  /** Sends a request exactly as it was sent before, signature and timestamp included: what an attacker who captured it would do. */
  async replay(request: SentRequest): Promise<AppResponse> {
    const started = performance.now();
    const response = await fetch(this.appUrl, { method: 'POST', headers: request.headers, body: request.body });
    const text = await response.text();
    return {
      status: response.status,
      body: parseAck(text, response.headers.get('content-type')),
      text,
      headers: Object.fromEntries(response.headers.entries()),
      elapsedMs: performance.now() - started,
      request,
    };
  }

  private sendPayload(payload: Json, options: SendOptions): Promise<AppResponse> {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.send(form.toString(), 'application/x-www-form-urlencoded', options);
  }

  async slashCommand(input: { user: string; channel: string; text?: string; command?: string; teamId?: string } & SendOptions) {
    const responseUrl = this.fake.issueResponseUrl({ user: input.user, channel: input.channel });
    const triggerId = this.fake.issueTriggerId(input.user);
    const form = slashCommandForm(this.fake, {
      user: input.user,
      channel: input.channel,
      text: input.text ?? '',
      command: input.command ?? '/alert',
      ...(input.teamId !== undefined && { teamId: input.teamId }),
      responseUrl,
      triggerId,
    });
    const answer = await this.send(form.toString(), 'application/x-www-form-urlencoded', input);
    const ephemeralTs = this.showAckAsEphemeral(answer.body, input.user, input.channel, responseUrl);
    return { ...answer, responseUrl, triggerId, ...(ephemeralTs && { ephemeralTs }) };
  }

  /**
   * Slack shows a slash command's acknowledgement body to the user as an ephemeral message, whose
   * buttons can be clicked and which the response_url can replace: keep it like one.
   */
  private showAckAsEphemeral(body: unknown, user: string, channel: string, responseUrl: string): string | undefined {
    if (!body || typeof body !== 'object') return undefined;
    const ack = body as Json;
    if (ack.response_type === 'in_channel' || (typeof ack.text !== 'string' && !Array.isArray(ack.blocks))) return undefined;
    const ts = this.fake.state.nextTs();
    this.fake.state.ephemerals.push({ channel, user, ts, text: String(ack.text ?? ''), ...(Array.isArray(ack.blocks) && { blocks: ack.blocks as Json[] }), via: 'ack' });
    const issued = this.fake.state.responseUrls.get(responseUrl.split("/").pop()!);
    if (issued) issued.lastEphemeralTs = ts;
    return ts;
  }

  /**
   * A block_actions interaction. Give `channel` + `messageTs` for a message (or ephemeral), or
   * `viewId` / `view` for a modal or Home tab; actions missing block_id/type are completed from
   * the stored blocks.
   */
  async blockAction(
    input: { user: string; actions: ActionInput[]; channel?: string; messageTs?: string; viewId?: string; view?: Json; container?: Json } & SendOptions,
  ): Promise<InteractionResult> {
    const triggerId = this.fake.issueTriggerId(input.user);
    const actionTs = this.fake.state.nextTs();
    const payload: Json = { type: 'block_actions', ...commonFields(this.fake, input.user), trigger_id: triggerId };
    let blocks: Json[] | undefined;
    let responseUrl: string | undefined;
    const storedView = input.viewId ? this.fake.view(input.viewId) : undefined;
    const view = storedView ?? input.view;
    if (view) {
      Object.assign(payload, viewContext(view));
      blocks = Array.isArray(view.blocks) ? (view.blocks as Json[]) : undefined;
    } else if (input.channel && input.messageTs) {
      const context = messageContext(this.fake, { channel: input.channel, messageTs: input.messageTs });
      responseUrl = this.fake.issueResponseUrl({ user: input.user, channel: input.channel, messageTs: input.messageTs, ephemeral: context.ephemeral });
      Object.assign(payload, context.fields, { response_url: responseUrl });
      blocks = context.blocks;
    }
    if (input.container) payload.container = input.container;
    payload.actions = input.actions.map((a) => completeAction(a, blocks, actionTs));
    const answer = await this.sendPayload(payload, input);
    return { ...answer, payload, triggerId, ...(responseUrl !== undefined && { responseUrl }) };
  }

  /** Clicks a button the app rendered in a stored message (channel + ts) or view (viewId). */
  async clickButton(input: { user: string; actionId: string } & Where & SendOptions): Promise<InteractionResult> {
    const { blocks, label } = containerBlocks(this.fake, input);
    const { element, blockId } = findElement(blocks, input.actionId, label, input.blockId);
    if (element.type !== 'button') throw new Error(`fake-slack: "${input.actionId}" is a ${String(element.type)}, not a button; use selectOption`);
    const action: ActionInput = { type: 'button', action_id: input.actionId, block_id: blockId, text: element.text as Json };
    if (typeof element.value === 'string') action.value = element.value;
    if (typeof element.style === 'string') action.style = element.style;
    return this.blockAction({ ...input, ...this.containerOf(input), actions: [action] });
  }

  /** Picks option value(s) (or a user, date, …) in a select/overflow/radio/checkbox the app rendered. */
  async selectOption(input: { user: string; actionId: string; value: EnteredValue } & Where & SendOptions): Promise<InteractionResult> {
    const { blocks, label } = containerBlocks(this.fake, input);
    const { element, blockId } = findElement(blocks, input.actionId, label, input.blockId);
    const action: ActionInput = { ...elementState(element, input.value), action_id: input.actionId, block_id: blockId };
    return this.blockAction({ ...input, ...this.containerOf(input), actions: [action] });
  }

  private containerOf(where: Where): { viewId?: string; channel?: string; messageTs?: string } {
    if (where.viewId) return { viewId: where.viewId };
    return { ...(where.channel && { channel: where.channel }), ...(where.ts && { messageTs: where.ts }) };
  }

  /** A view_submission with the view as given; when it is a view the fake has open, the ack is applied. */
  async viewSubmission(input: { user: string; view: Json } & SendOptions): Promise<ViewSubmissionResult> {
    const triggerId = this.fake.issueTriggerId(input.user);
    const stored = typeof input.view.id === 'string' ? this.fake.view(input.view.id) : undefined;
    const view = { ...(stored && publicView(stored)), ...input.view };
    const payload: Json = { type: 'view_submission', ...commonFields(this.fake, input.user), trigger_id: triggerId, view, response_urls: [] };
    const answer = await this.sendPayload(payload, input);
    const result: ViewSubmissionResult = { ...answer, payload, triggerId };
    if (stored && stored.type === 'modal' && answer.status === 200) {
      result.outcome = this.fake.applyViewSubmissionAck(input.user, stored.id, answer.body);
    }
    return result;
  }

  /** Fills the open view's inputs (keyed by block_id or action_id) and submits it. */
  async submitView(input: { user: string; viewId: string; values?: Record<string, EnteredValue> } & SendOptions): Promise<ViewSubmissionResult> {
    const stored = this.fake.openViews(input.user).find((v) => v.id === input.viewId);
    if (!stored) throw new Error(`fake-slack: ${input.user} has no open modal ${input.viewId}`);
    stored.state = { values: buildStateValues(stored.blocks, input.values ?? {}) };
    return this.viewSubmission({ ...input, view: publicView(stored) });
  }

  /** The user dismisses a modal (Slack sends this only when notify_on_close is set). */
  async viewClosed(input: { user: string; viewId?: string; view?: Json; isCleared?: boolean } & SendOptions): Promise<AppResponse> {
    const stored = input.viewId ? this.fake.view(input.viewId) : undefined;
    const view = { ...(stored && publicView(stored)), ...input.view };
    const payload: Json = { type: 'view_closed', ...commonFields(this.fake, input.user), view, is_cleared: input.isCleared ?? false };
    const answer = await this.sendPayload(payload, input);
    if (typeof view.id === 'string') this.fake.closeView(input.user, input.isCleared ? String(view.root_view_id ?? view.id) : view.id);
    return answer;
  }

  async messageShortcut(
    input: { user: string; channel: string; message: { ts: string; text?: string; user?: string } & Json; callbackId: string } & SendOptions,
  ): Promise<InteractionResult> {
    const triggerId = this.fake.issueTriggerId(input.user);
    const responseUrl = this.fake.issueResponseUrl({ user: input.user, channel: input.channel });
    const stored = this.fake.message(input.channel, input.message.ts);
    const payload: Json = {
      type: 'message_action',
      ...commonFields(this.fake, input.user),
      callback_id: input.callbackId,
      trigger_id: triggerId,
      response_url: responseUrl,
      action_ts: this.fake.state.nextTs(),
      message_ts: input.message.ts,
      channel: { id: input.channel, name: channelName(this.fake, input.channel) },
      message: { type: 'message', ...(stored && publicMessage(stored)), ...input.message },
    };
    const answer = await this.sendPayload(payload, input);
    return { ...answer, payload, triggerId, responseUrl };
  }

  async globalShortcut(input: { user: string; callbackId: string } & SendOptions): Promise<InteractionResult> {
    const triggerId = this.fake.issueTriggerId(input.user);
    const payload: Json = { type: 'shortcut', ...commonFields(this.fake, input.user), callback_id: input.callbackId, trigger_id: triggerId, action_ts: this.fake.state.nextTs() };
    const answer = await this.sendPayload(payload, input);
    return { ...answer, payload, triggerId };
  }

  /** An Events API event in its envelope; app_home_opened gets channel, tab and the published Home view. */
  async event(event: { type: string } & Json, options: SendOptions & { eventId?: string } = {}): Promise<AppResponse & { envelope: Json }> {
    const full: Json = { event_ts: this.fake.state.nextTs(), ...event };
    if (event.type === 'app_home_opened' && typeof event.user === 'string') {
      const home = this.fake.homeView(event.user);
      Object.assign(full, { tab: 'home', channel: this.fake.dmChannelId(event.user), ...(home && { view: publicView(home) }), ...event });
    }
    this.eventCounter += 1;
    const eventId = options.eventId ?? `Ev${String(this.eventCounter).padStart(9, '0')}`;
    const envelope = eventEnvelope(this.fake, full, eventId, Math.floor(this.clock() / 1000));
    const answer = await this.send(JSON.stringify(envelope), 'application/json', options);
    return { ...answer, envelope };
  }

  /** Slack's check when the request URL is saved: the app must echo the challenge. */
  urlVerification(challenge = 'fake-challenge', options: SendOptions = {}): Promise<AppResponse> {
    const body = JSON.stringify({ token: VERIFICATION_TOKEN, challenge, type: 'url_verification' });
    return this.send(body, 'application/json', options);
  }
}

function parseAck(text: string, contentType: string | null): unknown {
  if (text === '') return '';
  if (contentType?.includes('json') || /^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}
