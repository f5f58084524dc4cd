import { listAlerts, routesOf } from '../../src/alerts/service.js';
import { placeById, type Veille } from '../../src/context.js';
import type { Alert } from '../../src/domain/alert.js';
import { detailHolders } from '../../src/domain/permissions.js';
import { placeFilterMayMatch } from '../../src/domain/place-filter.js';
import { categoryText, placeLabel, PRIORITY_EMOJI, territoryLabel } from '../../src/slack/views/format.js';
import { notice } from '../../src/slack/views/confirmation.js';
import { escapeMrkdwn, mrkdwn } from '../../src/slack/views/mrkdwn.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { isOverdue } from '../../src/followup/metrics.js';
import { alertsWithOverdueTasks, followupStates, openTaskAlertIds } from '../../src/followup/service.js';
import { t } from '../../src/slack/i18n/index.js';
import { readerLanguage } from '../../src/slack/render/language.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply, type Subcommand } from '../types.js';

const SHOWN = 20;

interface ListFilters {
  place: string | null;
  section: string | null;
  /** Owned, reported, or with an open task of mine. */
  mine: boolean;
  overdue: boolean;
  unassigned: boolean;
}

function readFilters(text: string): ListFilters {
  const filters: ListFilters = { place: null, section: null, mine: false, overdue: false, unassigned: false };
  for (const [, key, raw] of text.matchAll(/(place|lieu|section):("[^"]+"|\S+)/gi)) {
    const value = raw!.replace(/^"|"$/g, '');
    if (/^(place|lieu)$/i.test(key!)) filters.place = value;
    else filters.section = value.toLowerCase();
  }
  const words = new Set(text.replace(/(place|lieu|section):("[^"]+"|\S+)/gi, ' ').toLowerCase().split(/\s+/));
  filters.mine = words.has('mine') || words.has('moi');
  filters.overdue = words.has('overdue') || words.has('retard');
  filters.unassigned = words.has('unassigned') || words.has('libres');
  return filters;
}

/** `/alert list`: open alerts, most urgent first. Restricted ones are stubs unless the user holds them. */
async function list(match: RegExpExecArray, input: CommandInput, { veille, slack }: CommandDeps): Promise<CommandReply> {
  const filters = readFilters(match[1] ?? '');
  const { mission } = veille;
  const language = await readerLanguage({ veille, slack }, input.userId);
  const c = t(language).commands;
  if (filters.section && !mission.sections.some((s) => s.id === filters.section)) {
    return reply(notice(c.noSection(escapeMrkdwn(filters.section)), c.sections(mission.sections.map((s) => `\`${s.id}\``).join(', '))));
  }
  let place = null;
  if (filters.place) {
    place = veille.intake.gazetteer.lookup(filters.place);
    if (!place) return reply(notice(c.notInGazetteer(escapeMrkdwn(filters.place)), c.tryPlace));
  }
  let alerts = listAlerts(veille.db, { open: true, sectionIds: filters.section ? [filters.section] : undefined, limit: 5000 });
  const memberOf = await restrictedChannelsOf(veille, slack.isMember, input.userId);
  if (place) {
    // `place:Beni` means the Beni area (the territory), not only the town of the same name.
    const level = place.level === 'locality' && place.territory.toLowerCase() === (filters.place ?? '').trim().toLowerCase() ? 'territory' : place.level;
    alerts = alerts.filter((a) => {
      const p = placeById(veille, a.placeId);
      if (!p || !placeFilterMayMatch(level, a, mayRead(veille, a, input.userId, memberOf))) return false;
      return level === 'province' ? p.province === place.province : level === 'territory' ? p.territory === place.territory : p.id === place.id;
    });
  }
  const now = veille.clock.now();
  const states = followupStates(veille.db);
  const late = alertsWithOverdueTasks(veille.db, now);
  const overdue = (a: Alert) => {
    const state = states.get(a.id);
    return late.has(a.id) || (state !== undefined && isOverdue({ ...a, ...state }, mission.reminderPolicy, now));
  };
  if (filters.mine) {
    const tasks = openTaskAlertIds(veille.db, input.userId);
    alerts = alerts.filter((a) => a.owner === input.userId || a.reportedBy === input.userId || tasks.has(a.id));
  }
  if (filters.unassigned) alerts = alerts.filter((a) => a.owner === null);
  if (filters.overdue) alerts = alerts.filter(overdue);
  // What needs someone now comes first.
  alerts = [...alerts.filter(overdue), ...alerts.filter((a) => !overdue(a))];
  if (alerts.length === 0) return reply(notice(c.noneMatch, c.logOne));
  const lines = alerts.slice(0, SHOWN).map((alert) => `${overdue(alert) ? '⏰ ' : ''}${lineFor(veille, alert, input.userId, memberOf, language)}`);
  const lateCount = alerts.filter(overdue).length;
  const more =
    (alerts.length > SHOWN ? c.listMore(alerts.length - SHOWN) : c.listCount(alerts.length)) +
    (lateCount ? c.listOverdue(lateCount) : '');
  return reply({
    text: c.listText(alerts.length),
    blocks: [{ type: 'section', text: mrkdwn(lines.join('\n')) }, { type: 'context', elements: [mrkdwn(more)] }],
  });
}

async function restrictedChannelsOf(veille: Veille, isMember: CommandDeps['slack']['isMember'], user: string): Promise<Set<string>> {
  const channels = new Set<string>();
  for (const section of veille.mission.sections.filter((s) => s.restricted)) {
    if (await isMember(section.channel, user)) channels.add(section.channel);
  }
  return channels;
}

/**
 * Whether this user may read the alert in full: standard, or their report, or held by a restricted
 * section they are in now (an owner who has left that channel reads a stub, as in /alert show).
 */
function mayRead(veille: Veille, alert: Alert, user: string, memberOf: Set<string>): boolean {
  if (alert.sensitivity === 'standard' || alert.reportedBy === user) return true;
  return detailHolders(routesOf(veille.db, alert.id), veille.mission.sections).some((s) => memberOf.has(s.channel));
}

function lineFor(veille: Veille, alert: Alert, user: string, memberOf: Set<string>, language: Language): string {
  const c = t(language);
  const place = placeById(veille, alert.placeId);
  const allowed = mayRead(veille, alert, user, memberOf);
  const head = `${PRIORITY_EMOJI[alert.priority]} *${alert.reference}* · ${categoryText(alert, language)}`;
  if (!allowed) return `🔒 ${head} · ${escapeMrkdwn(territoryLabel(place, language))} · ${c.commands.listRestricted}`;
  // Its reporter outside the restricted sections reads it, but who works it is not theirs to know.
  const named = alert.sensitivity === 'standard' || alert.owner === user || detailHolders(routesOf(veille.db, alert.id), veille.mission.sections).some((s) => memberOf.has(s.channel));
  const owner = alert.owner ? (named ? `<@${alert.owner}>` : c.commands.listHasOwner) : c.commands.listNoOwner;
  return `${head} · ${escapeMrkdwn(placeLabel(place, alert.locationText, language))} · ${c.statuses[alert.status]} · ${owner}`;
}

export const listSubcommand: Subcommand = {
  name: 'list',
  aliases: ['liste'],
  usage: 'list [mine|open|overdue|unassigned] [place:<place>] [section:<id>]',
  summary: 'List open alerts, overdue first, then most urgent.',
  examples: ['/alert list', '/alert list mine', '/alert list overdue', '/alert list unassigned section:poc', '/alert list place:Beni'],
  pattern: /^(?:list|liste)((?:\s+(?:open|mine|moi|overdue|retard|unassigned|libres|(?:place|lieu|section):(?:"[^"]+"|\S+)))*)$/i,
  run: list,
};
