import { GENERAL_CHANNEL, PEOPLE } from '../src/fake-slack/index.js';
import { createToken } from '../src/api/tokens.js';
import { startVeille } from '../tests/integration/harness.js';
import type { DrillResult } from './result.js';

/**
 * (Slack only sends actions and submissions for elements the app rendered, so the payloads use
 * Veille's own action and callback ids with random values; an unknown id would just wait out Bolt's
 * 3-second unhandled-request timeout.)
 *
 * The fuzz drill: generated slash-command texts and interaction payloads (random, over-long,
 * wrong types, unicode edge cases, injection strings) through the real app over HTTP. No crash,
 * no 500, every command answered with a message or a form, and the database intact afterwards.
 */
const NASTY = [
  "'; DROP TABLE alerts; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<!channel> <!here> <!everyone>',
  '<@U0POCLEAD1|olivier> <#C0POC00001|poc>',
  '${process.exit(1)}',
  '{{7*7}}',
  '\u0000\u0001\u0002',
  '\u202e\u202dRTL',
  '👩🏽‍⚕️🔥🇨🇩',
  'Z̸̢͈͔̈́a̶̹͌l̵͙̈g̴̜͝o̵͖͌',
  'place:"',
  'priority:',
  'killed:999999999999999999999',
  'type:crsv restricted:no',
  'show A-0',
  'show A-99999999999',
  'list place:',
  'list section:"',
  '%00%0a',
  'A-'.repeat(200),
  '\n\n\n',
  'Kamango '.repeat(600),
];
const WORDS = ['attacked', 'tués', 'Beni', 'ADF', 'enfants', 'Mambasa', 'killed', 'two', 'deux', 'place:Beni', 'perp:M23', 'priority:critical', 'show', 'list', 'help', 'A-1', 'undo', 'update'];

export async function fuzzDrill(count: number, seed = 1): Promise<DrillResult> {
  const veille = await startVeille();
  const writer = createToken(veille.db, { name: 'fuzz', scopes: ['alerts:write', 'alerts:read'], at: veille.clock.now(), actor: 'drill' });
  if (!writer.ok) throw new Error('could not create the fuzz token');
  const api = `http://127.0.0.1:${veille.runtime.port}/api/v1`;
  let state = seed;
  const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const randomText = () => {
    const parts: string[] = [];
    const n = Math.floor(rand() * 12);
    for (let i = 0; i < n; i++) {
      const r = rand();
      parts.push(r < 0.4 ? pick(WORDS) : r < 0.7 ? pick(NASTY) : String.fromCodePoint(...Array.from({ length: 1 + Math.floor(rand() * 8) }, () => Math.floor(rand() * 0x2ffff))));
    }
    return parts.join(' ');
  };
  const statuses = new Map<number, number>();
  let unanswered = 0;
  let crashed = 0;
  const bump = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  for (let i = 0; i < count; i++) {
    if (count >= 10_000 && i % 10_000 === 0 && i > 0) process.stderr.write(`fuzz: ${i} of ${count}\n`);
    const kind = rand();
    try {
      if (kind < 0.7) {
        const answer = await veille.driver.slashCommand({ user: pick(Object.values(PEOPLE)).id, channel: GENERAL_CHANNEL, text: randomText() });
        bump(answer.status);
        // Every command gets a private message, or an empty ack when it opens the form.
        const body = answer.body as { text?: string } | string;
        if (answer.status === 200 && body !== '' && !(typeof body === 'object' && body.text)) unanswered++;
        if (answer.status !== 200) unanswered++;
      } else if (kind < 0.8) {
        // An API body: random JSON, wrong types, unknown fields, huge or broken text.
        const bodies = [
          () => JSON.stringify({ description: randomText() }),
          () => JSON.stringify({ description: randomText(), category: pick(['crsv', 'nope', 7, null]), place: pick(['Beni', randomText(), 3, []]), victims: pick([{ killed: -1 }, { killed: 'x' }, { displaced: 1e20 }, {}]) }),
          () => JSON.stringify({ [randomText()]: randomText() }),
          () => JSON.stringify(pick([[], 'text', 42, null, true])),
          () => `{"description": "${randomText()}"`,
          () => randomText(),
          () => JSON.stringify({ description: 'x'.repeat(Math.floor(rand() * 20_000)) }),
        ];
        const response = await fetch(`${api}/alerts`, {
          method: 'POST',
          headers: { authorization: `Bearer ${writer.token}`, 'content-type': pick(['application/json', 'application/json', 'text/plain']), ...(rand() < 0.2 ? { 'idempotency-key': `k${Math.floor(rand() * 50)}` } : {}) },
          body: pick(bodies)(),
        });
        const body = await response.text();
        bump(response.status);
        // Every refusal is a JSON error naming what was wrong.
        if (response.status >= 400 && response.status < 500 && !/"error":\{"code"/.test(body)) unanswered++;
      } else if (kind < 0.9) {
        const answer = await veille.driver.blockAction({
          user: pick(Object.values(PEOPLE)).id,
          channel: GENERAL_CHANNEL,
          actions: [{ action_id: pick(['alert.undo', 'alert.edit', 'alert.set_place']), value: pick(['1', '-1', 'abc', '', '9999999', randomText()]), type: 'button' }],
        });
        bump(answer.status);
        if (answer.status !== 200) unanswered++;
      } else {
        const answer = await veille.driver.viewSubmission({
          user: pick(Object.values(PEOPLE)).id,
          view: {
            callback_id: pick(['alert.form.create', 'alert.form.edit', 'alert.form.place']),
            private_metadata: pick(['', '{}', '{"alertId":1}', '{"alertId":"x","channel":5}', 'not json', randomText()]),
            state: { values: { description: { value: { type: 'plain_text_input', value: randomText() } }, place: { value: { type: 'plain_text_input', value: randomText() } }, 'victims.killed': { value: { type: 'plain_text_input', value: pick(['-1', '1e9', 'x', '3']) } } } },
          },
        });
        bump(answer.status);
        if (answer.status !== 200) unanswered++; // Bolt answers 404 when a listener failed before acknowledging
      }
    } catch {
      crashed++;
    }
  }
  await veille.settle();
  const integrity = String(veille.db.pragma('integrity_check', { simple: true }));
  const health = await fetch(`http://127.0.0.1:${veille.runtime.port}/healthz`).then((r) => r.status).catch(() => 0);
  const violations = veille.fake.violations.length;
  await veille.stop();
  const server500 = [...statuses.entries()].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
  return {
    name: 'fuzz',
    clean: crashed === 0 && server500 === 0 && unanswered === 0 && integrity === 'ok' && health === 200 && violations === 0,
    figures: {
      inputs: count,
      ...Object.fromEntries([...statuses.entries()].map(([s, n]) => [`http_${s}`, n])),
      server_errors: server500,
      answers_without_a_clear_message: unanswered,
      requests_failed: crashed,
      slack_calls_refused_by_the_fake: violations,
      integrity,
      healthz_after: health,
    },
  };
}
