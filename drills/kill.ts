import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMission } from '../src/config/mission.js';
import { exampleWorkspace, FakeSlack, GENERAL_CHANNEL, PEOPLE, SlackDriver } from '../src/fake-slack/index.js';
import { freePort, startAppProcess, type AppProcess } from './app-process.js';
import type { DrillResult } from './result.js';

/**
 * The kill drill: quick reports and button clicks at 50 concurrent while Veille is killed with
 * SIGKILL at random moments and restarted. Every acknowledged request must be stored exactly once,
 * every stored alert posted exactly once in each of its channels, and no event missing. And the
 * other way round: a report the reporter saw fail (an error answer, or none) must not have been
 * stored and posted anyway — unless Veille told them afterwards that it was logged; an Undo that
 * failed for them must not have withdrawn the alert.
 */
const TOKEN = 'xoxb-drill';
const SECRET = 'drill-signing-secret';
const REPORTS = [
  'Armed men attacked Kamango market, 4 killed, ADF suspected',
  'Mai-Mai roadblock at Lubero, patrol denied access',
  "Deux enfants enlevés près de l'école de Mambasa, CODECO",
  'M23 positioned on hills above Kanyaruchinya, population fleeing',
  'Attaque en cours à Drodro, hommes armés CODECO, 7 tués',
];

export interface KillDrillOptions {
  requests: number;
  concurrency: number;
  kills: number;
  seed?: number;
}

export async function killDrill(options: KillDrillOptions): Promise<DrillResult> {
  const mission = loadMission('data/mission.example.json');
  const fake = await FakeSlack.start({ botToken: TOKEN, ...exampleWorkspace(mission) });
  const dir = mkdtempSync(join(tmpdir(), 'veille-kill-'));
  const databasePath = join(dir, 'veille.db');
  const port = await freePort();
  const env = { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, DATABASE_PATH: databasePath, MISSION_CONFIG: 'data/mission.example.json', SLACK_POST_INTERVAL_MS: '0' }; // the fake Slack has no rate limit
  let app: AppProcess | null = await startAppProcess(env, port);
  const driver = new SlackDriver({ fake, appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SECRET });
  let random = options.seed ?? 17;
  const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const killAt = new Set(Array.from({ length: options.kills }, () => Math.floor(next() * options.requests * 0.9) + 10));

  const acknowledged = new Map<string, number>(); // marker → alert number the reporter was told
  // What the reporter saw when it was not "logged": an explicit refusal (non-2xx, an error reply) or no answer at all.
  const sawFail = new Map<string, 'refused' | 'no answer'>();
  const withdrawn = new Set<number>();
  const undoFailed = new Set<number>();
  let sent = 0;
  let refused = 0;
  let restarting: Promise<void> | null = null;

  const restart = async () => {
    const dying = app;
    app = null;
    await dying?.kill();
    app = await startAppProcess(env, port);
  };

  const worker = async () => {
    while (sent < options.requests) {
      const i = sent++;
      if (killAt.has(i)) restarting ??= restart().finally(() => (restarting = null));
      // Requests already on their way when the kill lands are the test; new ones wait for the restart,
      // as Slack users would try again once Veille answers.
      else if (restarting) await restarting;
      const marker = `[drill ${i}]`;
      try {
        const answer = await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: `${REPORTS[i % REPORTS.length]} ${marker}` });
        const reference = /^A-(\d+) (logged|enregistrée)/.exec(String((answer.body as { text?: string })?.text ?? ''));
        if (answer.status === 200 && reference) {
          acknowledged.set(marker, Number(reference[1]));
          if (i % 10 === 0 && answer.ephemeralTs) {
            const click = await driver.clickButton({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, ts: answer.ephemeralTs, actionId: 'alert.undo' }).catch(() => null);
            if (click?.status === 200) withdrawn.add(Number(reference[1]));
            else undoFailed.add(Number(reference[1]));
          }
        } else {
          refused++;
          sawFail.set(marker, 'refused');
        }
      } catch {
        refused++; // the app was down or died mid-request: Slack shows the user an error, nothing was acknowledged
        sawFail.set(marker, 'no answer');
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  while (restarting) await restarting;

  // Let the (last) app drain its outbox, then stop it and compare.
  const db = new Database(databasePath, { readonly: true });
  const deadline = Date.now() + 60_000;
  while ((db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").pluck().get() as number) > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
  }
  await app?.stop();

  const rows = db.prepare('SELECT id, description, status, closure_reason FROM alerts').all() as Array<{ id: number; description: string; status: string; closure_reason: string | null }>;
  const byMarker = new Map<string, number[]>();
  for (const row of rows) {
    const marker = /\[drill \d+\]/.exec(row.description)?.[0];
    if (marker) byMarker.set(marker, [...(byMarker.get(marker) ?? []), row.id]);
  }
  let lost = 0;
  let duplicates = 0;
  for (const [marker, id] of acknowledged) {
    const stored = byMarker.get(marker) ?? [];
    if (!stored.includes(id)) lost++;
    if (stored.length > 1) duplicates += stored.length - 1;
  }
  const withdrawnLost = [...withdrawn].filter((id) => rows.find((r) => r.id === id)?.closure_reason !== 'withdrawn').length;
  // Refused but stored: the reporter saw it fail, yet it was stored (and posted). Unless Veille told
  // them afterwards that it was logged after all, they will send it again: a duplicate, or a lost trust.
  const told = (id: number) => {
    const said = [...fake.dms(PEOPLE.focalPoint.id), ...fake.ephemerals({ user: PEOPLE.focalPoint.id }), ...fake.responses({ user: PEOPLE.focalPoint.id }).map((r) => r.body)];
    return said.some((m) => new RegExp(`\\bA-${id}\\b`).test(JSON.stringify(m)));
  };
  let refusedButStored = 0;
  let unansweredButStored = 0;
  let toldAfterwards = 0;
  for (const [marker, how] of sawFail) {
    const stored = byMarker.get(marker) ?? [];
    if (stored.length === 0) continue;
    if (stored.some(told)) {
      toldAfterwards++;
      continue;
    }
    if (how === 'refused') refusedButStored++;
    else unansweredButStored++;
  }
  // An Undo that failed for the reporter but was done: fine only if Veille then told them it was withdrawn.
  const toldWithdrawn = (id: number) => fake.ephemerals({ user: PEOPLE.focalPoint.id }).some((m) => new RegExp(`\\bA-${id} (withdrawn|retirée)`).test(String(m.text)));
  const undoneDespiteFailure = [...undoFailed].filter((id) => rows.find((r) => r.id === id)?.closure_reason === 'withdrawn');
  const undoRefusedButDone = undoneDespiteFailure.filter((id) => !toldWithdrawn(id)).length;
  const undoToldAfterwards = undoneDespiteFailure.length - undoRefusedButDone;

  // Posted exactly once: each routed (alert, channel) has one card in the fake Slack.
  const routes = db.prepare('SELECT s.alert_id, m.channel FROM alert_sections s JOIN alert_messages m ON m.alert_id = s.alert_id AND m.section_id = s.section_id').all() as Array<{ alert_id: number; channel: string }>;
  const expected = db.prepare('SELECT COUNT(*) FROM alert_sections').pluck().get() as number;
  const cards = new Map<string, number>();
  for (const channel of new Set(mission.sections.map((s) => s.channel))) {
    for (const message of fake.messages(channel)) {
      const reference = /A-(\d+)/.exec(message.text ?? '')?.[1];
      if (reference) cards.set(`${reference}:${channel}`, (cards.get(`${reference}:${channel}`) ?? 0) + 1);
    }
  }
  const postedTwice = [...cards.values()].filter((n) => n > 1).length;
  const unposted = expected - [...cards.keys()].length;
  const missingEvents = db.prepare("SELECT COUNT(*) FROM alerts a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.alert_id = a.id AND e.type = 'logged')").pluck().get() as number;
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });

  const figures = {
    requests: options.requests,
    kills: options.kills,
    acknowledged: acknowledged.size,
    refused_by_the_kills: refused,
    stored: rows.length,
    posted: [...cards.values()].reduce((a, b) => a + b, 0),
    expected_posts: expected,
    duplicates,
    lost,
    posted_twice: postedTwice,
    unposted,
    undo_acknowledged: withdrawn.size,
    undo_lost: withdrawnLost,
    refused_but_stored: refusedButStored,
    no_answer_but_stored: unansweredButStored,
    failed_for_the_reporter_then_told_it_was_logged: toldAfterwards,
    undo_refused_but_done: undoRefusedButDone,
    undo_failed_for_the_reporter_then_told_it_was_withdrawn: undoToldAfterwards,
    alerts_without_logged_event: missingEvents,
    integrity: String(integrity),
    routes_checked: routes.length,
  };
  const clean =
    lost === 0 && duplicates === 0 && postedTwice === 0 && unposted === 0 && withdrawnLost === 0 && missingEvents === 0 && integrity === 'ok' && refusedButStored === 0 && unansweredButStored === 0 && undoRefusedButDone === 0;
  return { name: 'kill', clean, figures };
}
