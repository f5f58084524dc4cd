import { logAsAlertShortcut } from '../../commands/log-as-alert.js';
import { interactiveElements, optionsOf } from '../../src/fake-slack/block-find.js';
import { GENERAL_CHANNEL, PEOPLE, type EnteredValue, type Json, type StoredView } from '../../src/fake-slack/index.js';
import { REMINDER_ACTION } from '../../src/slack/render/reminders.js';
import { CARD_ACTION } from '../../src/slack/views/card.js';
import { ACTION } from '../../src/slack/views/confirmation.js';
import { FOLLOWUP_VIEW } from '../../src/slack/views/followup-modals.js';
import { FORM } from '../../src/slack/views/form.js';
import type { Running } from '../../tests/integration/harness.js';
import type { Random } from './inputs.js';

/**
 * The app's interactive surface for the fuzz drill: every button and select it renders (found in
 * what it actually posted: channels, DMs, ephemerals, App Home) and every modal it opens, with
 * values shaped as Slack would send them.
 */

/** Every action and modal the code defines: each must be exercised well-formed at least once. */
export const KNOWN_ACTIONS = [...new Set([...Object.values(ACTION), ...Object.values(CARD_ACTION), ...Object.values(REMINDER_ACTION)])];
export const KNOWN_VIEWS = [...new Set([...Object.values(FORM), ...Object.values(FOLLOWUP_VIEW)])];
export const SHORTCUTS = [logAsAlertShortcut.callbackId];

export interface Clickable {
  user: string;
  actionId: string;
  element: Json;
  blockId: string;
  where: { channel: string; ts: string } | { viewId: string };
}

/** How far back people scroll: the latest messages of each conversation (keeps a long run's cost flat). */
const RECENT = 40;

/** Every interactive element on the screens of every person, as they see them now (the recent part). */
export function clickables(veille: Running): Clickable[] {
  const { fake } = veille;
  const out: Clickable[] = [];
  const people = Object.values(PEOPLE).map((p) => p.id);
  const add = (user: string, blocks: unknown, where: Clickable['where']) => {
    for (const { element, blockId } of interactiveElements(blocks)) out.push({ user, actionId: String(element.action_id), element, blockId, where });
  };
  for (const channel of fake.state.channels.values()) {
    const members = [...channel.members].filter((m) => people.includes(m));
    for (const message of fake.messages(channel.id).slice(-RECENT)) {
      for (const m of [message, ...message.replies]) {
        if (!m.blocks) continue;
        for (const user of members) add(user, m.blocks, { channel: channel.id, ts: m.ts });
      }
    }
  }
  for (const user of people) {
    for (const e of fake.ephemerals({ user }).slice(-RECENT)) if (e.blocks) add(user, e.blocks, { channel: e.channel, ts: e.ts });
    const home = fake.homeView(user);
    if (home) add(user, home.blocks, { viewId: home.id });
  }
  return out;
}

const PLACES = ['Kamango', 'Oicha', 'Beni', 'Mambasa Centre', 'Djugu', 'nowhere-at-all'];
const DUES = ['6h', '30m', 'tomorrow', '2026-11-25', '2026-11-25T14:00', 'yesterday', '2020-01-01', 'soon'];

/** A value for one input, of the shape its element takes, with content anywhere from sensible to hostile. */
function inputValue(r: Random, blockId: string, element: Json, lastAlert: number): EnteredValue {
  const type = String(element.type);
  const options = optionsOf(element).map((o) => String(o.value));
  switch (type) {
    case 'static_select':
    case 'radio_buttons':
      return options.length && r.next() < 0.9 ? r.pick(options) : null;
    case 'checkboxes':
    case 'multi_static_select':
      return options.filter(() => r.next() < 0.5);
    case 'users_select':
      return r.pick(Object.values(PEOPLE)).id;
    case 'datepicker':
      return r.pick(['2026-11-21', '2026-11-22', '2026-11-23', '2025-01-01', '2030-12-31']);
    case 'timepicker':
      return r.pick(['00:00', '06:30', '12:00', '23:59']);
    default: {
      if (blockId === 'due') return r.next() < 0.8 ? r.pick(DUES) : r.text();
      if (blockId === 'place') return r.next() < 0.7 ? r.pick(PLACES) : r.text();
      if (blockId === 'duplicate_of') return r.next() < 0.8 ? `A-${1 + r.int(lastAlert + 2)}` : r.text();
      if (blockId === 'sources' || blockId.startsWith('victims.')) return r.pick(['', '0', '2', '-1', '1e9', 'x', '3.5']);
      if (blockId === 'perpetrators') return r.pick(['ADF', 'CODECO, M23', 'unknown', r.text()]);
      return r.next() < 0.2 ? '' : r.text().slice(0, r.next() < 0.9 ? 500 : 4000);
    }
  }
}

/** Values for every input of a modal. */
export function modalValues(r: Random, view: StoredView, lastAlert: number): Record<string, EnteredValue> {
  const values: Record<string, EnteredValue> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || typeof block.block_id !== 'string') continue;
    const element = block.element as Json;
    if (r.next() < 0.1) continue; // left as it was
    values[block.block_id] = inputValue(r, block.block_id, element, lastAlert);
  }
  return values;
}

/** Things to click on: alerts of every kind, owners, tasks, a closed one, reminders, App Homes. */
export async function seed(veille: Running): Promise<void> {
  const { driver } = veille;
  const say = (user: string, text: string) => driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });
  await say(PEOPLE.focalPoint.id, 'Armed men attacked Kamango market, 4 killed, ADF suspected');
  await say(PEOPLE.focalPoint.id, 'Armed men seen near the river, population worried'); // no place: Add place
  await say(PEOPLE.crsvAdviser.id, '3 femmes violées à Oicha par des hommes armés');
  await say(PEOPLE.focalPoint.id, 'Mai-Mai roadblock at Lubero, patrol denied access');
  await veille.settle();
  await say(PEOPLE.pocLead.id, `assign A-1 <@${PEOPLE.pocOfficer.id}|amina>`);
  await say(PEOPLE.pocLead.id, `task A-1 <@${PEOPLE.hrOfficer.id}|jean> check the hospital due:2h`);
  await say(PEOPLE.crsvLead.id, `assign A-3 <@${PEOPLE.crsvAdviser.id}|grace>`);
  await say(PEOPLE.pocLead.id, 'close A-4 resolved patrol sent, roadblock lifted');
  await veille.settle();
  // Reminders (with Snooze) fall due.
  veille.clock.advance(7 * 60 * 60_000);
  await veille.runtime.tick();
  await veille.settle();
  for (const person of Object.values(PEOPLE)) await driver.event({ type: 'app_home_opened', user: person.id });
  await veille.settle();
}
