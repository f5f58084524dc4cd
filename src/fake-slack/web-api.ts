/**
 * FakeSlack: a Slack Web API on 127.0.0.1 for the integration tests and the playground. The app's
 * own WebClient talks to it (`slackApiUrl: fake.url`); it answers like Slack (ok / error with
 * HTTP 200, 429 with Retry-After, 5xx on request), keeps the workspace in memory, records every
 * call, and records as `violations` anything the app sent that Slack would refuse outright
 * (unknown method, missing required argument, broken Block Kit limits).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ParsedCall } from './form.js';
import { type MethodContext, SlackApiError } from './method-support.js';
import { METHODS } from './methods.js';
import { type OpenApiChecker, createOpenApiChecker } from './openapi-check.js';
import { applyResponse } from './response-url.js';
import { type FakeRoutes, type HttpAnswer, type RunningServer, startServer } from './server.js';
import { FakeSocketMode } from './socket-mode.js';
import { SlackState } from './state.js';
import type { Fault, FakeSlackOptions, Json, ResponseUrlContext } from './types.js';
import { FakeWorkspace } from './workspace.js';

/** Faults on response URLs are injected with this pseudo-method name. */
const RESPONSE_URL_METHOD = 'response_url';
/** Posts of file bytes to upload URLs are recorded (and faulted) under this pseudo-method name. */
const UPLOAD_METHOD = 'upload';

export class FakeSlack extends FakeWorkspace {
  readonly botToken: string;
  private readonly faults = new Map<string, Fault[]>();
  private readonly checker: OpenApiChecker;
  private server?: RunningServer;
  private base = '';
  /** Socket Mode, when the fake was started with an app-level token. */
  readonly socketMode?: FakeSocketMode;

  private constructor(options: FakeSlackOptions) {
    const now = options.now ?? (() => Date.now());
    super(
      new SlackState(
        {
          botToken: options.botToken,
          botUserId: options.botUserId ?? 'U0VEILLEBOT',
          botName: options.botName ?? 'veille',
          botId: options.botId ?? 'B0VEILLE',
          teamId: options.teamId ?? 'T0VEILLE',
          teamDomain: options.teamDomain ?? 'veille-test',
          apiAppId: options.apiAppId ?? 'A0VEILLE',
          users: options.users,
          channels: options.channels,
          chatWritePublic: options.chatWritePublic ?? false,
        },
        now,
      ),
    );
    this.botToken = options.botToken;
    if (options.appToken) this.socketMode = new FakeSocketMode(options.appToken, options.apiAppId ?? 'A0VEILLE', () => this.base);
    this.checker = createOpenApiChecker({
      ...(options.openApiPath !== undefined && { path: options.openApiPath }),
      ...(options.extraMethods !== undefined && { extraMethods: options.extraMethods }),
    });
  }

  static async start(options: FakeSlackOptions): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    const routes: FakeRoutes = {
      api: (method, call) => fake.handleApiCall(method, call),
      response: (id, body) => fake.handleResponse(id, body),
      upload: (id, body, type) => fake.acceptUpload(id, body, type),
      file: (id) => fake.serveFile(id),
      upgrade: (req, socket) => (fake.socketMode ? fake.socketMode.upgrade(req, socket) : socket.destroy()),
    };
    fake.server = await startServer(routes, options.port ?? 0);
    fake.base = fake.server.baseUrl;
    fake.state.uploadBase = fake.base;
    return fake;
  }

  /** `http://127.0.0.1:PORT` — response URLs live under it. */
  get baseUrl(): string {
    return this.base;
  }

  /** The app's `slackApiUrl`: `http://127.0.0.1:PORT/api/` (WebClient appends the method name). */
  get url(): string {
    return `${this.base}/api/`;
  }

  async close(): Promise<void> {
    this.socketMode?.close();
    await this.server?.close();
    this.server = undefined;
  }

  /** Everything back to the configured workspace; calls, violations and pending faults too. */
  reset(): void {
    this.state.reset();
    this.calls.length = 0;
    this.violations.length = 0;
    this.faults.clear();
  }

  /**
   * The next `n` calls to `method` meet `fault` instead of (or, for delayMs, before) the normal
   * answer. Use 'response_url' as the method to fault posts to response URLs.
   */
  /** Drops every pending fault: Slack is back. */
  clearFaults(): void {
    this.faults.clear();
  }

  failNext(method: string, n: number, fault: Fault): void {
    const queue = this.faults.get(method) ?? [];
    for (let i = 0; i < n; i += 1) queue.push(fault);
    this.faults.set(method, queue);
  }

  /** A trigger_id valid for 3 s on the fake's clock, for one views.open / views.push. */
  issueTriggerId(user: string): string {
    return this.state.issueTrigger(user);
  }

  /** A response URL on this fake; what the app posts there lands in `responses()` and is shown. */
  issueResponseUrl(context: ResponseUrlContext): string {
    return `${this.base}/response/${this.state.issueResponseUrl(context).id}`;
  }

  private record(method: string, args: Json, at: number, answer: HttpAnswer): HttpAnswer {
    const body: Json = typeof answer.body === 'string' ? { error: answer.body } : Buffer.isBuffer(answer.body) ? { ok: answer.status === 200 } : answer.body;
    const ok = answer.status === 200 && body.ok === true;
    const error = ok ? undefined : typeof body.error === 'string' ? body.error : `http_${answer.status}`;
    this.calls.push({ method, args, at, ok, ...(error !== undefined && { error }), httpStatus: answer.status });
    return answer;
  }

  private takeFault(method: string): Fault | undefined {
    return this.faults.get(method)?.shift();
  }

  private faultAnswer(fault: Exclude<Fault, { delayMs: number }>): HttpAnswer {
    if ('error' in fault) return { status: 200, body: { ok: false, error: fault.error } };
    if ('rateLimited' in fault) {
      return { status: 429, headers: { 'Retry-After': String(fault.rateLimited) }, body: { ok: false, error: 'ratelimited' } };
    }
    return { status: fault.httpStatus, body: { ok: false, error: 'internal_error' } };
  }

  private fail(code: string, violations: string[] = [], extra: Json = {}): HttpAnswer {
    this.violations.push(...violations);
    return { status: 200, body: { ok: false, error: code, ...extra } };
  }

  /** Order as in Slack: throttling and outages first, then authentication, then the arguments. */
  private async handleApiCall(method: string, call: ParsedCall): Promise<HttpAnswer> {
    const at = this.now();
    const fault = this.takeFault(method);
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    else if (fault) return this.record(method, call.args, at, this.faultAnswer(fault));
    return this.record(method, call.args, at, this.answerCall(method, call));
  }

  private answerCall(method: string, { args, token }: ParsedCall): HttpAnswer {
    // The one method called with the app-level token rather than the bot's.
    if (method === 'apps.connections.open' && this.socketMode) return { status: 200, body: this.socketMode.open(token) };
    if (token === undefined || token === '') return this.fail('not_authed');
    if (token !== this.botToken) return this.fail('invalid_auth');
    const problems = this.checker.check(method, args);
    if (problems.length > 0) return this.fail('invalid_arguments', problems);
    const handler = METHODS[method];
    if (!handler) return this.fail('unknown_method', [`${method}: exists in Slack but fake-slack does not implement it`]);
    const ctx: MethodContext = { state: this.state };
    try {
      return { status: 200, body: { ok: true, ...handler(ctx, args) } };
    } catch (error) {
      if (error instanceof SlackApiError) return this.fail(error.code, error.violations, error.extra);
      // A bug in the fake itself must not pass silently as an app failure.
      return this.fail('fatal_error', [`${method}: fake-slack crashed: ${String(error)}`]);
    }
  }

  /**
   * The bytes of a file, POSTed to its upload URL as Slack takes them: raw, or multipart form data
   * (its first file part). Recorded as a call of the pseudo-method 'upload' (faults can be injected
   * on it); a size other than the one declared is an app bug.
   */
  async acceptUpload(id: string, body: Buffer, contentType: string | undefined): Promise<HttpAnswer> {
    const at = this.now();
    const fault = this.takeFault(UPLOAD_METHOD);
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    else if (fault) return this.record(UPLOAD_METHOD, { file: id }, at, 'error' in fault ? { status: 500, body: fault.error } : this.faultAnswer(fault));
    const file = this.state.files.get(id);
    if (!file) return this.record(UPLOAD_METHOD, { file: id }, at, { status: 404, body: 'file_not_found' });
    let bytes = body;
    if (contentType?.startsWith('multipart/form-data')) {
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
      const part = [...form.values()].find((v): v is File => typeof v !== 'string');
      if (!part) return this.record(UPLOAD_METHOD, { file: id }, at, { status: 400, body: 'no_file_in_form' });
      bytes = Buffer.from(await part.arrayBuffer());
    }
    if (bytes.length !== file.length) this.violations.push(`upload ${id}: ${bytes.length} bytes sent, ${file.length} declared in files.getUploadURLExternal`);
    file.content = bytes.toString('base64');
    // A PNG's size is in its IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    if (bytes.subarray(1, 4).toString('latin1') === 'PNG' && bytes.length >= 24) {
      file.width = bytes.readUInt32BE(16);
      file.height = bytes.readUInt32BE(20);
    }
    this.record(UPLOAD_METHOD, { file: id, bytes: bytes.length }, at, { status: 200, body: { ok: true } });
    return { status: 200, body: `OK - ${bytes.length}` }; // Slack's upload service answers in text
  }

  serveFile(id: string): HttpAnswer {
    const file = this.state.files.get(id);
    if (!file?.content) return { status: 404, body: 'file_not_found' };
    return { status: 200, headers: { 'Content-Type': file.mimetype }, body: Buffer.from(file.content, 'base64') };
  }

  private async handleResponse(id: string, body: Json): Promise<HttpAnswer> {
    const at = this.now();
    const fault = this.takeFault(RESPONSE_URL_METHOD);
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    else if (fault) {
      const answer = 'error' in fault ? { status: 404, body: fault.error } : this.faultAnswer(fault);
      return this.record(RESPONSE_URL_METHOD, body, at, answer);
    }
    const url = `${this.base}/response/${id}`;
    const outcome = applyResponse(this.state, url, this.state.responseUrls.get(id), body);
    this.violations.push(...outcome.violations);
    const answer: HttpAnswer = { status: outcome.status, body: outcome.body };
    return this.record(RESPONSE_URL_METHOD, body, at, answer);
  }
}
