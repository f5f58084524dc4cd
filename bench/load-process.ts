import { GENERAL_CHANNEL, PEOPLE, signRequest } from '../src/fake-slack/index.js';
import { twilioSignature } from '../src/gateways/twilio/signature.js';

/**
 * The load generator in its own process (the machine has two cores: one for the app under test, one
 * for this), so the benchmark measures the app rather than the client. Prints one JSON line.
 */
// `twilio` as the fifth argument: Twilio's signed SMS webhook instead of Slack's /alert (secret: the auth token).
const [url, requestsArg, concurrencyArg, secret, kind = 'slack'] = process.argv.slice(2);
const REQUESTS = Number(requestsArg);
const CONCURRENCY = Number(concurrencyArg);
const REPORTS = [
  'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected',
  "Deux enfants enlevés près de l'école de Mambasa, CODECO",
  'Mai-Mai roadblock at Lubero, patrol denied access',
  'Attaque en cours à Drodro, hommes armés CODECO, 7 tués',
  'M23 positioned on hills above Kanyaruchinya, population fleeing',
  'IED found on the Beni-Kasindi road near Mavivi',
];

const latencies: number[] = [];
let failures = 0;
let next = 0;
const started = performance.now();
const worker = async () => {
  while (next < REQUESTS) {
    const i = next++;
    const { body, headers } = kind === 'twilio' ? twilioRequest(i) : slackRequest(i);
    const t0 = performance.now();
    const response = await fetch(url!, { method: 'POST', body, headers });
    await response.text();
    latencies.push(performance.now() - t0);
    if (response.status !== 200) failures++;
  }
};

function slackRequest(i: number): { body: string; headers: Record<string, string> } {
    const body = new URLSearchParams({
      token: 'x',
      team_id: 'T0VEILLE',
      channel_id: GENERAL_CHANNEL,
      user_id: PEOPLE.focalPoint.id,
      command: '/alert',
      text: REPORTS[i % REPORTS.length]!,
      response_url: 'http://127.0.0.1:9/response',
      trigger_id: `trigger.${process.pid}.${i}`,
    }).toString();
    return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signRequest(secret!, body, Math.floor(Date.now() / 1000)) } };
}

/** An incoming SMS as Twilio posts it, one MessageSid per request, signed over the URL called. */
function twilioRequest(i: number): { body: string; headers: Record<string, string> } {
  const sid = `SM${String(process.pid).padStart(8, '0')}${String(i).padStart(24, '0')}`;
  const params: Array<[string, string]> = [
    ['ToCountry', 'CD'], ['SmsMessageSid', sid], ['NumMedia', '0'], ['SmsSid', sid], ['SmsStatus', 'received'], ['Body', REPORTS[i % REPORTS.length]!],
    ['FromCountry', 'CD'], ['To', '+243820000000'], ['NumSegments', '1'], ['MessageSid', sid], ['AccountSid', 'AC00000000000000000000000000000000'],
    ['From', `+24399${String(i % 10_000_000).padStart(7, '0')}`], ['ApiVersion', '2010-04-01'],
  ];
  return { body: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(secret!, url!, params) } };
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
process.stdout.write(`${JSON.stringify({ latencies, seconds: (performance.now() - started) / 1000, failures })}\n`);
