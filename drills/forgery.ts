import { GENERAL_CHANNEL, PEOPLE, signRequest, type AppResponse, type Forgery, type SentRequest } from '../src/fake-slack/index.js';
import { SIGNING_SECRET, startVeille, type Running } from '../tests/integration/harness.js';
import type { DrillResult } from './result.js';

/**
 * The forgery drill.
 * - Forged requests — no signature, a wrong one, a timestamp older than five minutes, one more than
 *   five minutes in the future, a valid signature over a body changed afterwards — as slash
 *   commands, button clicks, form submissions and events: all refused with 401, nothing changed,
 *   no Slack call caused.
 * - Replays within the window: a validly signed request captured and sent again byte for byte,
 *   and (commands and interactions) the same body signed again a second later, as Slack's own
 *   retry would be (same trigger_id): each is processed once
 *   (no second alert, update, event or Slack call) and answered as the first was or refused.
 */
const FORGERIES: Forgery[] = ['no-signature', 'bad-signature', 'stale-timestamp', 'future-timestamp', 'tampered-body'];
const REPLAYS_EACH = 3; // two byte-for-byte, one signed anew

export async function forgeryDrill(): Promise<DrillResult> {
  const veille = await startVeille();
  const { driver, db } = veille;
  const { focalPoint, pocOfficer } = PEOPLE;
  // Something real to attack: an alert with a card and a confirmation.
  const logged = await driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market, 4 killed' });
  await veille.settle();
  const snapshot = () => JSON.stringify(['alerts', 'events', 'outbox', 'alert_sections', 'tasks', 'response_actions'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()));
  const before = snapshot();
  const callsBefore = veille.fake.calls.length;

  const statuses: Record<string, number> = {};
  let refused = 0;
  let attempts = 0;
  const count = (kind: string, status: number) => {
    attempts++;
    if (status === 401) refused++;
    statuses[`${kind} ${status}`] = (statuses[`${kind} ${status}`] ?? 0) + 1;
  };
  for (const forge of FORGERIES) {
    count(`${forge} command`, (await driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Oicha, 9 killed', forge })).status);
    // Built by hand: a forgery that got through would have replaced the confirmation and its button.
    const undo = { action_id: 'alert.undo', block_id: 'forged', type: 'button', value: '1' };
    count(`${forge} click`, (await driver.blockAction({ user: focalPoint.id, channel: GENERAL_CHANNEL, messageTs: logged.ephemeralTs!, actions: [undo], forge })).status);
    count(
      `${forge} form`,
      (await driver.viewSubmission({ user: focalPoint.id, view: { callback_id: 'alert.form.create', private_metadata: '{}', state: { values: { description: { value: { type: 'plain_text_input', value: 'forged' } } } } }, forge })).status,
    );
    count(`${forge} event`, (await driver.event({ type: 'app_home_opened', user: focalPoint.id }, { forge })).status);
  }
  await veille.settle();
  const unchanged = snapshot() === before;
  const slackCalls = veille.fake.calls.length - callsBefore;

  // Replays within the window: what each first request did must not be done again.
  const replays: Array<{ kind: string; processedAgain: boolean; answers: string }> = [];
  // Listeners go on after Bolt's answer (a Home tab is published straight away): wait until Slack hears nothing more.
  const quiet = async () => {
    await veille.settle();
    for (let seen = -1; seen !== veille.fake.calls.length; ) {
      seen = veille.fake.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 150));
      await veille.settle();
    }
  };
  const replay = async (kind: string, first: () => Promise<AppResponse>, resign = true) => {
    let original: AppResponse;
    try {
      original = await first();
    } catch (error) {
      replays.push({ kind, processedAgain: true, answers: `COULD NOT RUN: ${String(error).slice(0, 120)}` });
      return;
    }
    await quiet();
    const state = snapshot();
    const calls = veille.fake.calls.length;
    const answers: string[] = [];
    for (let i = 0; i < REPLAYS_EACH; i++) {
      const again = i < REPLAYS_EACH - 1 || !resign ? await driver.replay(original.request) : await driver.replay(resigned(original.request));
      // Answered as the first was, or refused: never a different answer (which would mean it ran again).
      answers.push(again.status === original.status && again.text === original.text ? 'same answer' : again.status >= 400 && again.status < 500 ? `refused ${again.status}` : `OTHER ${again.status}`);
    }
    await quiet();
    const processedAgain = snapshot() !== state || veille.fake.calls.length !== calls;
    replays.push({ kind, processedAgain, answers: answers.join('/') });
  };
  await replay('quick report', () => driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: 'Mai-Mai roadblock at Lubero, patrol denied access' }));
  // A fresh alert to click on (a forgery that got through may have withdrawn the first one).
  await driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Eringeti, 2 killed' });
  await veille.settle();
  const target = veille.db.prepare('SELECT MAX(id) FROM alerts').pluck().get() as number;
  await replay('update command', () => driver.slashCommand({ user: pocOfficer.id, channel: GENERAL_CHANNEL, text: `update A-${target} patrol on its way` }));
  const card = veille.db.prepare("SELECT channel, ts FROM alert_messages WHERE alert_id = ? AND section_id = 'poc'").get(target) as { channel: string; ts: string };
  await replay('Take ownership click', () => driver.clickButton({ user: pocOfficer.id, channel: card.channel, ts: card.ts, actionId: 'followup.take_ownership' }));
  await replay('Add update submission', () => modalSubmission(veille, pocOfficer.id, card, 'followup.update', { text: 'second patrol sent' }));
  await replay('form submission', () => formSubmission(veille, focalPoint.id));
  // Events carry no trigger_id: their replays are the captured bytes (Slack's own retries carry the event_id).
  await replay('App Home event', () => driver.event({ type: 'app_home_opened', user: pocOfficer.id }), false);
  const violations = veille.fake.violations.length;
  await veille.stop();

  const processedAgain = replays.filter((r) => r.processedAgain).length;
  const otherAnswers = replays.filter((r) => r.answers.includes('OTHER')).length;
  return {
    name: 'forgery',
    clean: refused === attempts && unchanged && slackCalls === 0 && processedAgain === 0 && otherAnswers === 0 && violations === 0,
    figures: {
      forged_requests: attempts,
      refused_401: refused,
      forged_answers: Object.entries(statuses)
        .map(([k, n]) => `${k}: ${n}`)
        .join(', '),
      database_unchanged: String(unchanged),
      slack_calls_caused: slackCalls,
      replayed_requests: replays.length * REPLAYS_EACH,
      replays: replays.map((r) => `${r.kind}: ${r.processedAgain ? 'PROCESSED AGAIN' : 'processed once'} (${r.answers})`).join(' | '),
      replays_processed_again: processedAgain,
      replays_answered_differently: otherAnswers,
      fake_slack_violations: violations,
    },
  };
}

/** The same body signed again a second later: a new signature, the same trigger_id. */
function resigned(request: SentRequest): SentRequest {
  return { body: request.body, headers: { ...request.headers, ...signRequest(SIGNING_SECRET, request.body, Math.floor(Date.now() / 1000) + 1) } };
}

async function modalSubmission(veille: Running, user: string, card: { channel: string; ts: string }, actionId: string, values: Record<string, string>): Promise<AppResponse> {
  await veille.driver.clickButton({ user, channel: card.channel, ts: card.ts, actionId });
  const view = await veille.fake.waitFor(() => veille.fake.openViews(user).at(-1), { what: `the ${actionId} modal` });
  return veille.driver.submitView({ user, viewId: view.id, values });
}

async function formSubmission(veille: Running, user: string): Promise<AppResponse> {
  await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: '' });
  const view = await veille.fake.waitFor(() => veille.fake.openViews(user).at(-1), { what: 'the form' });
  return veille.driver.submitView({ user, viewId: view.id, values: { description: 'Armed men seen near Oicha, population fleeing', place: 'Oicha' } });
}
