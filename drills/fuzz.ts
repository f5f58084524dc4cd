import { createToken } from '../src/api/tokens.js';
import { GENERAL_CHANNEL, PEOPLE, type Json } from '../src/fake-slack/index.js';
import type { Facts, Logger } from '../src/log.js';
import { startVeille, type Running } from '../tests/integration/harness.js';
import { apiBody, Random } from './fuzz/inputs.js';
import { clickables, KNOWN_ACTIONS, KNOWN_VIEWS, modalValues, seed, SHORTCUTS, type Clickable } from './fuzz/ui.js';
import type { DrillResult } from './result.js';

/**
 * The fuzz drill: generated slash-command texts and API bodies, and interaction payloads shaped as
 * Slack sends them — a click on any button or select the app rendered (with the response_url Slack
 * gives), the modal it opens submitted with generated values — plus malformed ones (wrong values,
 * garbage metadata and state). Through the real app over HTTP. Any error in the app's own log
 * (a listener that failed after Bolt answered 200 is invisible otherwise) is a failure, as are a
 * 5xx, a crash, a command without a clear answer, and an action or modal never exercised.
 */
export async function fuzzDrill(count: number, seed_ = 1): Promise<DrillResult> {
  const logged: Array<{ level: string; message: string; facts?: Facts }> = [];
  const log: Logger = {
    info: () => {},
    warn: (message, facts) => logged.push({ level: 'warn', message, ...(facts && { facts }) }),
    error: (message, facts) => logged.push({ level: 'error', message, ...(facts && { facts }) }),
  };
  const veille = await startVeille({ log });
  const writer = createToken(veille.db, { name: 'fuzz', scopes: ['alerts:write', 'alerts:read'], at: veille.clock.now(), actor: 'drill' });
  if (!writer.ok) throw new Error('could not create the fuzz token');
  const api = `http://127.0.0.1:${veille.runtime.port}/api/v1`;
  await seed(veille);
  const r = new Random(seed_);
  const people = Object.values(PEOPLE).map((p) => p.id);
  const statuses = new Map<string, number>();
  const perKind = new Map<string, number>();
  const exercised = new Set<string>();
  let unanswered = 0;
  let crashed = 0;
  let modalsOpened = 0;
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const lastAlert = () => (veille.db.prepare('SELECT MAX(id) FROM alerts').pluck().get() as number | null) ?? 0;
  let screen: Clickable[] = clickables(veille);

  const submitOpened = async (user: string, before: number, wellFormed: boolean) => {
    const stack = veille.fake.openViews(user);
    if (stack.length <= before) return;
    const view = stack.at(-1)!;
    modalsOpened++;
    if (wellFormed) {
      const answer = await veille.driver.submitView({ user, viewId: view.id, values: modalValues(r, view, lastAlert()) });
      bump(statuses, `modal submission ${answer.status}`);
      bump(perKind, 'modal submission (well-formed)');
      if (answer.status !== 200) unanswered++;
      exercised.add(view.callback_id);
    }
    // Whatever the answer, the modal goes (Cancel), so the next one opened is on top.
    for (const v of veille.fake.openViews(user)) veille.fake.closeView(user, v.id);
  };

  for (let i = 0; i < count; i++) {
    if (count >= 10_000 && i % 10_000 === 0 && i > 0) process.stderr.write(`fuzz: ${i} of ${count}\n`);
    const kind = r.next();
    // What is on screen changes with every click (cards are redrawn): look again before clicking.
    if (kind >= 0.55 && kind < 0.9) screen = clickables(veille);
    try {
      if (kind < 0.45) {
        const user = r.pick(people);
        const before = veille.fake.openViews(user).length;
        const answer = await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: r.next() < 0.02 ? '' : r.text() });
        bump(statuses, `command ${answer.status}`);
        bump(perKind, 'slash command');
        // Every command gets a private message, or an empty ack when it opens the form.
        const body = answer.body as { text?: string } | string;
        if (answer.status !== 200 || (body !== '' && !(typeof body === 'object' && body.text))) unanswered++;
        if (body === '') {
          await veille.settle();
          await submitOpened(user, before, r.next() < 0.5);
        }
      } else if (kind < 0.55) {
        const response = await fetch(`${api}/alerts`, {
          method: 'POST',
          headers: { authorization: `Bearer ${writer.token}`, 'content-type': r.pick(['application/json', 'application/json', 'text/plain']), ...(r.next() < 0.2 ? { 'idempotency-key': `k${r.int(50)}` } : {}) },
          body: apiBody(r),
        });
        const body = await response.text();
        bump(statuses, `api ${response.status}`);
        bump(perKind, 'API body');
        if (response.status >= 400 && response.status < 500 && !/"error":\{"code"/.test(body)) unanswered++;
      } else if (kind < 0.8 && screen.length) {
        // A click Slack would send: an element the app rendered, by someone who sees it.
        const target = r.pick(screen);
        const before = veille.fake.openViews(target.user).length;
        const where = 'viewId' in target.where ? { viewId: target.where.viewId } : { channel: target.where.channel, ts: target.where.ts };
        const answer =
          target.element.type === 'button'
            ? await veille.driver.clickButton({ user: target.user, actionId: target.actionId, blockId: target.blockId, ...where })
            : await veille.driver.selectOption({ user: target.user, actionId: target.actionId, blockId: target.blockId, value: r.pick(optionValues(target.element)), ...where });
        bump(statuses, `click ${answer.status}`);
        bump(perKind, 'click (well-formed)');
        exercised.add(target.actionId);
        if (answer.status !== 200) unanswered++;
        await veille.settle();
        await submitOpened(target.user, before, r.next() < 0.85);
      } else if (kind < 0.9 && screen.length) {
        // The same elements with values Slack would never send (ids of nothing, text, another alert's).
        const target = r.pick(screen);
        const where = 'viewId' in target.where ? { viewId: target.where.viewId } : { channel: target.where.channel, messageTs: target.where.ts };
        const value = r.pick(['-1', '0', 'abc', '', '9999999', '1e3', String(1 + r.int(lastAlert() + 3)), r.text()]);
        const answer = await veille.driver.blockAction({ user: r.pick(people), ...where, actions: [{ action_id: target.actionId, block_id: target.blockId, type: String(target.element.type), value }] });
        bump(statuses, `malformed click ${answer.status}`);
        bump(perKind, 'click (malformed value)');
        if (answer.status !== 200) unanswered++;
      } else if (kind < 0.97) {
        const answer = await veille.driver.viewSubmission({
          user: r.pick(people),
          view: {
            callback_id: r.pick(KNOWN_VIEWS),
            private_metadata: r.pick(['', '{}', '{"alertId":1}', `{"alertId":${r.int(lastAlert() + 3)},"channel":"C0POC00001","origin":"channel","zone":"Africa/Kinshasa"}`, '{"alertId":"x","channel":5}', 'not json', r.text()]),
            state: { values: { description: { value: { type: 'plain_text_input', value: r.text() } }, place: { value: { type: 'plain_text_input', value: r.text() } }, text: { value: { type: 'plain_text_input', value: r.text() } }, 'victims.killed': { value: { type: 'plain_text_input', value: r.pick(['-1', '1e9', 'x', '3']) } } } },
          },
        });
        bump(statuses, `malformed submission ${answer.status}`);
        bump(perKind, 'modal submission (malformed)');
        if (answer.status !== 200) unanswered++;
      } else {
        const messages = [...veille.fake.state.channels.keys()].flatMap((c) => veille.fake.messages(c).slice(-40).map((m) => ({ channel: c, m })));
        const members = (c: string) => veille.fake.members(c).filter((m) => people.includes(m));
        const target = messages.length ? r.pick(messages) : null;
        const user = target ? r.pick(members(target.channel)) : undefined;
        if (!target || !user) continue;
        const before = veille.fake.openViews(user).length;
        const answer = await veille.driver.messageShortcut({ user, channel: target.channel, message: { ts: target.m.ts }, callbackId: SHORTCUTS[0]! });
        bump(statuses, `shortcut ${answer.status}`);
        bump(perKind, 'message shortcut');
        exercised.add(SHORTCUTS[0]!);
        if (answer.status !== 200) unanswered++;
        await veille.settle();
        await submitOpened(user, before, true);
      }
    } catch (error) {
      crashed++;
      if (crashed <= 3) process.stderr.write(`fuzz: request failed: ${String(error)}\n`);
    }
  }
  // Then every action and modal the random walk missed, once each, well-formed, where it is on screen.
  const formUser = PEOPLE.focalPoint.id;
  await veille.driver.slashCommand({ user: formUser, channel: GENERAL_CHANNEL, text: '' });
  await veille.settle();
  await submitOpened(formUser, 0, true);
  for (const id of KNOWN_ACTIONS.filter((a) => !exercised.has(a))) {
    const target = clickables(veille).find((c) => c.actionId === id);
    if (!target) continue;
    const before = veille.fake.openViews(target.user).length;
    const where = 'viewId' in target.where ? { viewId: target.where.viewId } : { channel: target.where.channel, ts: target.where.ts };
    const answer = await veille.driver.clickButton({ user: target.user, actionId: id, blockId: target.blockId, ...where });
    bump(statuses, `click ${answer.status}`);
    bump(perKind, 'click (well-formed, coverage)');
    exercised.add(id);
    await veille.settle();
    await submitOpened(target.user, before, true);
  }
  // The Edit form, whose button is on the reporter's confirmation.
  if (!exercised.has('alert.form.edit')) {
    const confirmation = clickables(veille).find((c) => c.actionId === 'alert.edit' && !('viewId' in c.where));
    if (confirmation && !('viewId' in confirmation.where)) {
      const before = veille.fake.openViews(confirmation.user).length;
      await veille.driver.clickButton({ user: confirmation.user, actionId: 'alert.edit', blockId: confirmation.blockId, channel: confirmation.where.channel, ts: confirmation.where.ts });
      await veille.settle();
      await submitOpened(confirmation.user, before, true);
    }
  }
  // The place form, behind "Add place" on the reporter's own confirmation of a report with no place (a random click by
  // someone else only gets "only the reporter can add the place here").
  if (!exercised.has('alert.form.place')) {
    await veille.driver.slashCommand({ user: formUser, channel: GENERAL_CHANNEL, text: 'Armed men attacked the market this morning, 2 killed' });
    await veille.settle();
    const confirmation = clickables(veille).find((c) => c.actionId === 'alert.set_place' && c.user === formUser && !('viewId' in c.where));
    if (confirmation && !('viewId' in confirmation.where)) {
      const before = veille.fake.openViews(formUser).length;
      await veille.driver.clickButton({ user: formUser, actionId: 'alert.set_place', blockId: confirmation.blockId, channel: confirmation.where.channel, ts: confirmation.where.ts });
      await veille.settle();
      await submitOpened(formUser, before, true);
    }
  }
  await veille.settle();
  await new Promise((resolve) => setTimeout(resolve, 200)); // listeners finish after Bolt's ack
  // The control: the capture does see what the app logs (a forged request is logged by the signature check in front of Bolt).
  const seenBefore = logged.length;
  await veille.driver.slashCommand({ user: formUser, channel: GENERAL_CHANNEL, text: 'control', forge: 'bad-signature' });
  const controlSeen = logged.slice(seenBefore).some((l) => l.message.startsWith('slack request refused'));
  logged.splice(seenBefore);
  return finish(veille, {
    count,
    statuses,
    perKind,
    exercised,
    unanswered,
    crashed,
    modalsOpened,
    logged,
    controlSeen,
  });
}

function optionValues(element: Json): string[] {
  const options = [...((element.options as Json[] | undefined) ?? []), ...(((element.option_groups as Json[] | undefined) ?? []).flatMap((g) => (g.options as Json[]) ?? []))];
  return options.length ? options.map((o) => String(o.value)) : [''];
}

async function finish(
  veille: Running,
  run: { count: number; statuses: Map<string, number>; perKind: Map<string, number>; exercised: Set<string>; unanswered: number; crashed: number; modalsOpened: number; logged: Array<{ level: string; message: string; facts?: Facts }>; controlSeen: boolean },
): Promise<DrillResult> {
  const integrity = String(veille.db.pragma('integrity_check', { simple: true }));
  const health = await fetch(`http://127.0.0.1:${veille.runtime.port}/healthz`).then((r) => r.status).catch(() => 0);
  const violations = veille.fake.violations.length;
  const firstViolations = veille.fake.violations.slice(0, 3);
  await veille.stop();
  const server500 = [...run.statuses.entries()].filter(([s]) => Number(s.split(' ').pop()) >= 500).reduce((a, [, n]) => a + n, 0);
  const errors = run.logged.filter((l) => l.level === 'error');
  const byMessage = new Map<string, number>();
  for (const l of run.logged) byMessage.set(`${l.level}: ${l.message}${l.facts?.error ? ` (${String(l.facts.error)}${l.facts.code ? ` ${String(l.facts.code)}` : ''})` : ''}`, (byMessage.get(`${l.level}: ${l.message}${l.facts?.error ? ` (${String(l.facts.error)}${l.facts.code ? ` ${String(l.facts.code)}` : ''})` : ''}`) ?? 0) + 1);
  const notExercised = [...KNOWN_ACTIONS, ...KNOWN_VIEWS, ...SHORTCUTS].filter((id) => !run.exercised.has(id));
  return {
    name: 'fuzz',
    clean: run.crashed === 0 && server500 === 0 && run.unanswered === 0 && errors.length === 0 && notExercised.length === 0 && run.controlSeen && integrity === 'ok' && health === 200 && violations === 0,
    figures: {
      inputs: run.count,
      inputs_per_kind: [...run.perKind].map(([k, n]) => `${k} ${n}`).join(', '),
      answers: [...run.statuses].sort().map(([k, n]) => `${k}: ${n}`).join(', '),
      modals_opened: run.modalsOpened,
      actions_and_modals_exercised_well_formed: `${run.exercised.size} (${[...run.exercised].sort().join(' ')})`,
      never_exercised: notExercised.length,
      ...(notExercised.length ? { never_exercised_ids: notExercised.join(' ') } : {}),
      server_errors: server500,
      answers_without_a_clear_message: run.unanswered,
      requests_failed: run.crashed,
      app_log_errors: errors.length,
      log_capture_control: run.controlSeen ? 'a forged request was seen in the log' : 'NOT SEEN: the log is not captured',
      app_log_lines: byMessage.size ? [...byMessage].map(([k, n]) => `${k} ×${n}`).join(' | ') : 'none',
      slack_calls_refused_by_the_fake: violations,
      ...(firstViolations.length ? { first_violations: firstViolations.join(' | ') } : {}),
      integrity,
      healthz_after: health,
    },
  };
}
