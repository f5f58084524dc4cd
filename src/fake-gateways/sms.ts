import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Twilio's Messages API and RapidPro's broadcasts API as the test kit plays them: what Veille would
 * have sent is recorded, not sent. `failNext(n, status)` makes the next n sends answer with an error
 * (a gateway outage); `loseNextAnswer()` takes the next SMS and drops the connection without an
 * answer (the case where a blind retry would send it twice). Listens on 127.0.0.1, an ephemeral port.
 */

export interface SentSms {
  gateway: 'twilio' | 'rapidpro';
  to: string;
  text: string;
  /** Twilio's From or MessagingServiceSid; RapidPro has none. */
  from: string | null;
}

export class FakeSmsGateways {
  readonly sent: SentSms[] = [];
  /** Every request, with its status: sends refused included. */
  readonly requests: Array<{ method: string; path: string; status: number }> = [];
  private failures: number[] = [];
  private loseAnswers = 0;

  private constructor(
    private server: Server,
    readonly url: string,
    readonly twilio: { accountSid: string; authToken: string; from: string },
    readonly rapidproToken: string,
  ) {}

  static async start(options: { accountSid?: string; authToken?: string; from?: string; rapidproToken?: string } = {}): Promise<FakeSmsGateways> {
    const twilio = { accountSid: options.accountSid ?? `AC${'1'.repeat(32)}`, authToken: options.authToken ?? 'fake-twilio-auth-token-0123456789', from: options.from ?? '+243820000000' };
    const holder: { fake?: FakeSmsGateways } = {};
    const server = createServer((req, res) => void holder.fake!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeSmsGateways(server, `http://127.0.0.1:${port}`, twilio, options.rapidproToken ?? 'fake-rapidpro-token');
    return holder.fake;
  }

  /** The environment Veille reads for these gateways (src/reporter/sms-send.ts). */
  env(): Record<string, string> {
    return {
      TWILIO_ACCOUNT_SID: this.twilio.accountSid,
      TWILIO_AUTH_TOKEN: this.twilio.authToken,
      TWILIO_FROM_NUMBER: this.twilio.from,
      TWILIO_API_URL: this.url,
      RAPIDPRO_API_URL: this.url,
      RAPIDPRO_API_TOKEN: this.rapidproToken,
    };
  }

  failNext(count: number, status = 500): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  loseNextAnswer(): void {
    this.loseAnswers++;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const answer = (status: number, json: unknown) => {
      this.requests.push({ method: req.method ?? '', path: url.pathname, status });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    const twilioPath = `/2010-04-01/Accounts/${this.twilio.accountSid}/Messages.json`;
    if (url.pathname === twilioPath) {
      const basic = `Basic ${Buffer.from(`${this.twilio.accountSid}:${this.twilio.authToken}`).toString('base64')}`;
      if (req.headers.authorization !== basic) return answer(401, { code: 20003, message: 'Authenticate', status: 401 });
      if (req.method === 'GET') {
        const to = url.searchParams.get('To');
        const messages = this.sent.filter((m) => m.gateway === 'twilio' && (!to || m.to === to)).map((m) => ({ to: m.to, from: m.from, body: m.text, status: 'queued' }));
        return answer(200, { messages, next_page_uri: null });
      }
      const form = new URLSearchParams(body);
      const to = form.get('To');
      const text = form.get('Body');
      const from = form.get('From') ?? form.get('MessagingServiceSid');
      if (!to || !text || !from) return answer(400, { code: 21604, message: 'A To, From and Body are required', status: 400 });
      return this.take(res, answer, { gateway: 'twilio', to, text, from }, () => answer(201, { sid: `SM${String(this.sent.length).padStart(32, '0')}`, to, from, body: text, status: 'queued' }));
    }
    if (url.pathname === '/api/v2/broadcasts.json') {
      if (req.headers.authorization !== `Token ${this.rapidproToken}`) return answer(403, { detail: 'Invalid token' });
      if (req.method === 'GET') {
        const results = this.sent.filter((m) => m.gateway === 'rapidpro').map((m) => ({ urns: [`tel:${m.to}`], text: { eng: m.text }, status: 'queued' }));
        return answer(200, { next: null, previous: null, results });
      }
      let json: { urns?: unknown; text?: unknown };
      try {
        json = JSON.parse(body) as typeof json;
      } catch {
        return answer(400, { detail: 'JSON parse error' });
      }
      const urn = Array.isArray(json.urns) && typeof json.urns[0] === 'string' ? json.urns[0] : null;
      if (!urn || typeof json.text !== 'string') return answer(400, { urns: ['This field is required.'] });
      const to = urn.replace(/^tel:/, '');
      return this.take(res, answer, { gateway: 'rapidpro', to, text: json.text, from: null }, () => answer(201, { id: this.sent.length, urns: [urn], text: { eng: json.text }, status: 'queued' }));
    }
    answer(404, { message: 'not found' });
  }

  /** A send: refused while failing, else recorded (and answered, unless the answer is to be lost). */
  private take(res: ServerResponse, answer: (status: number, json: unknown) => void, sms: SentSms, ok: () => void): void {
    const failure = this.failures.shift();
    if (failure !== undefined) return answer(failure, { message: 'Service unavailable', status: failure });
    this.sent.push(sms);
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      this.requests.push({ method: 'POST', path: 'lost answer', status: 0 });
      res.socket?.destroy();
      return;
    }
    ok();
  }
}
