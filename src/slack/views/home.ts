import type { Button, HomeView, KnownBlock } from '@slack/types';
import { listAlerts, routesOf } from '../../alerts/service.js';
import { detailHolders } from '../../domain/permissions.js';
import { placeById, type Veille } from '../../context.js';
import type { MembershipCheck } from '../../alerts/access.js';
import type { Alert } from '../../domain/alert.js';
import { followupDueAt } from '../../followup/metrics.js';
import { followupStates, openTasksOf } from '../../followup/service.js';
import { CARD_ACTION } from './card.js';
import { categoryText, placeLabel, PRIORITY_EMOJI, sectionName, territoryLabel } from './format.js';
import { escapeMrkdwn, mrkdwn, person, plain, truncate } from './mrkdwn.js';
import { maskContacts } from '../../domain/redact.js';
import { formatTime } from '../format/time.js';
import type { Language } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import { readerLanguage } from '../render/language.js';
import { CARD_WORDS } from './card-words.js';
import { untoldBlocks } from './home-untold.js';

/** Rows per list: each alert is a line and a row of buttons, and the Home tab holds 100 blocks. */
const SHOWN = 8;

const button = (actionId: string, text: string, value: number, style?: 'primary'): Button => ({
  type: 'button',
  action_id: actionId,
  text: plain(text, 75),
  value: String(value),
  ...(style ? { style } : {}),
});

/** What App Home needs of Slack: who is in which channel, and (when known) a person's Slack language. */
export interface HomeSlack {
  isMember: MembershipCheck;
  languageOf?(user: string): Promise<Language | null>;
}

/** The language of the last report someone wrote, if they have written one. */
function lastReport(veille: Veille, user: string): Pick<Alert, 'reportedBy' | 'language'> | null {
  const row = veille.db.prepare('SELECT language FROM alerts WHERE reported_by = ? ORDER BY created_at DESC, id DESC LIMIT 1').get(user) as { language: Language } | undefined;
  return row ? { reportedBy: user, language: row.language } : null;
}

/**
 * The language someone's Home tab is in: the language they last wrote a report in, else their Slack
 * locale, else the mission's.
 */
function homeLanguage(veille: Veille, slack: Pick<HomeSlack, 'languageOf'>, user: string): Promise<Language> {
  return readerLanguage({ veille, slack }, user, lastReport(veille, user));
}

/**
 * The Home tab, in its viewer's language: my open alerts and tasks, overdue first; then my sections'
 * queues — unacknowledged and unassigned — each with the buttons that move it on. Restricted alerts
 * the user may not read are summary lines without buttons. `notice` is the answer to what they just
 * did here (already in their language).
 */
export async function renderHome(veille: Veille, user: string, slack: HomeSlack | MembershipCheck, notice?: string): Promise<HomeView> {
  const { db, mission, clock } = veille;
  const now = clock.now();
  const port: HomeSlack = typeof slack === 'function' ? { isMember: slack } : slack;
  const isMember = port.isMember;
  const language = await homeLanguage(veille, port, user);
  const c = t(language);
  const h = c.home;
  const buttonWords = CARD_WORDS[language].buttons;
  const at = (ms: number) => formatTime(ms, mission.timeZone, language);
  const open = listAlerts(db, { open: true, limit: 5000 });
  const states = followupStates(db);
  const dueOf = (a: Alert) => {
    const s = states.get(a.id);
    return s ? followupDueAt({ ...a, ...s }, mission.reminderPolicy) : null;
  };
  const overdue = (a: Alert) => {
    const due = dueOf(a);
    return due !== null && due <= now;
  };
  // Overdue first, then the order listAlerts gives (most urgent, newest).
  const overdueFirst = (list: Alert[]) => [...list.filter(overdue), ...list.filter((a) => !overdue(a))];

  const sections = [];
  for (const section of mission.sections) if (await isMember(section.channel, user)) sections.push(section);
  const memberOf = new Set(sections.map((s) => s.id));
  const restrictedHeld = new Set(sections.filter((s) => s.restricted).map((s) => s.id));
  // As everywhere else, by membership as Slack says it now: an owner who has left the restricted channel reads a stub.
  const mayRead = (a: Alert) =>
    a.sensitivity === 'standard' || a.reportedBy === user || detailHolders(routesOf(db, a.id), mission.sections).some((s) => restrictedHeld.has(s.id));

  const line = (a: Alert) => {
    const place = placeById(veille, a.placeId);
    const flag = overdue(a) ? h.overdue : '';
    const head = `${flag}${PRIORITY_EMOJI[a.priority]} *${a.reference}* · ${categoryText(a, language)}`;
    if (!mayRead(a)) return `🔒 ${head} · ${escapeMrkdwn(territoryLabel(place, language))} · ${c.statuses[a.status]}`;
    const due = dueOf(a);
    // A restricted alert's reporter outside its sections reads it here, but not who works on it.
    const named = a.sensitivity === 'standard' || detailHolders(routesOf(db, a.id), mission.sections).some((s) => restrictedHeld.has(s.id));
    const owner = a.owner ? (a.owner === user ? h.you : named ? person(a.owner) : h.hasOwner) : h.noOwner;
    return `${head} · ${escapeMrkdwn(placeLabel(place, a.locationText, language))} · ${c.statuses[a.status]} · ${owner}${due !== null ? h.due(at(due)) : ''}`;
  };
  const rows = (list: Alert[], key: string, buttons: (a: Alert) => Button[]) =>
    list.slice(0, SHOWN).flatMap((a) => {
      const row: KnownBlock[] = [{ type: 'section', text: mrkdwn(line(a)) }];
      const elements = mayRead(a) ? buttons(a) : [];
      if (elements.length) row.push({ type: 'actions', block_id: `home.${key}.${a.id}`, elements });
      return row;
    });
  const more = (list: readonly unknown[]): KnownBlock[] => (list.length > SHOWN ? [{ type: 'context', elements: [mrkdwn(h.more(list.length - SHOWN))] }] : []);

  const mine = overdueFirst(open.filter((a) => a.reportedBy === user || a.owner === user));
  const tasks = openTasksOf(db, user);
  const inMySections = open.filter((a) => routesOf(db, a.id).some((r) => memberOf.has(r.sectionId)));
  const unacknowledged = overdueFirst(inMySections.filter((a) => a.status === 'new'));
  const unassigned = overdueFirst(inMySections.filter((a) => a.status !== 'new' && a.owner === null));

  const blocks: KnownBlock[] = [{ type: 'header', text: plain(`Veille — ${mission.name}`) }];
  if (notice) blocks.push({ type: 'section', text: mrkdwn(`💬 ${notice}`) });
  blocks.push({ type: 'section', text: mrkdwn(`${h.mine(mine.length)}${mine.length ? '' : `\n${h.nothingMine}`}`) });
  blocks.push(
    ...rows(mine, 'mine', (a) =>
      a.owner === user
        ? [button(CARD_ACTION.update, buttonWords.update, a.id), button(CARD_ACTION.respond, buttonWords.respond, a.id), button(CARD_ACTION.close, buttonWords.close, a.id)]
        : [],
    ),
    ...more(mine),
  );

  blocks.push({ type: 'section', text: mrkdwn(`${h.tasks(tasks.length)}${tasks.length ? '' : `\n${h.noTasks}`}`) });
  const taskLate = (dueAt: number | null) => dueAt !== null && dueAt <= now;
  const orderedTasks = [...tasks.filter((t) => taskLate(t.dueAt)), ...tasks.filter((t) => !taskLate(t.dueAt))];
  const openById = new Map(open.map((a) => [a.id, a]));
  for (const task of orderedTasks.slice(0, SHOWN)) {
    const reference = `${mission.referencePrefix}-${task.alertId}`;
    const due = task.dueAt !== null ? (taskLate(task.dueAt) ? h.taskOverdue(at(task.dueAt)) : h.taskDue(at(task.dueAt))) : '';
    // A task on a restricted alert its owner may no longer read (they left its channel): theirs to mark done, its words not theirs to read.
    const alert = openById.get(task.alertId);
    const text = alert && !mayRead(alert) ? `🔒 ${c.commands.listRestricted}` : truncate(escapeMrkdwn(maskContacts(task.text)), 500);
    blocks.push({ type: 'section', text: mrkdwn(`📌 *${reference}* · ${text}${due}`), accessory: button(CARD_ACTION.taskDone, c.dm.done, task.id, 'primary') });
  }
  blocks.push(...more(tasks));

  if (sections.length) {
    blocks.push({ type: 'divider' }, { type: 'section', text: mrkdwn(h.queue(sections.map((s) => escapeMrkdwn(sectionName(s, language))).join(', '))) });
    blocks.push({ type: 'section', text: mrkdwn(`${h.unacknowledged(unacknowledged.length)}${unacknowledged.length ? '' : `\n${h.none}`}`) });
    blocks.push(
      ...rows(unacknowledged, 'unack', (a) => [button(CARD_ACTION.acknowledge, buttonWords.acknowledge, a.id, 'primary'), button(CARD_ACTION.takeOwnership, buttonWords.takeOwnership, a.id)]),
      ...more(unacknowledged),
    );
    // Unacknowledged alerts have no owner either: this heading says which others lack one, so its
    // count agrees with the "no owner" lines above it.
    blocks.push({ type: 'section', text: mrkdwn(`${h.unassigned(unassigned.length)}${unassigned.length ? '' : `\n${h.none}`}`) });
    blocks.push(
      ...rows(unassigned, 'unassigned', (a) => [button(CARD_ACTION.takeOwnership, buttonWords.takeOwnership, a.id, 'primary'), button(CARD_ACTION.assign, buttonWords.assign, a.id)]),
      ...more(unassigned),
    );
  }
  blocks.push(...untoldBlocks(veille, user, language, mayRead));
  blocks.push({ type: 'context', elements: [mrkdwn(h.footer)] });
  return { type: 'home', blocks };
}
