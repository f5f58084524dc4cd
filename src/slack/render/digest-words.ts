import type { Mission, Place } from '../../config/mission.js';
import { formatDuration } from '../format/duration.js';
import { formatDay, formatTime } from '../format/time.js';
import { categoryLabel, PRIORITIES, type Language } from '../../domain/taxonomy.js';
import { PLACE_NOT_GIVEN, ratePercent } from '../../digests/rules.js';
import type { AlertItem, OpenItem, PriorityCounts, Rate } from '../../digests/types.js';
import { t, type Catalog } from '../i18n/index.js';
import { placeName, PRIORITY_EMOJI, sectionLink, sectionName } from '../views/format.js';
import { escapeMrkdwn, person } from '../views/mrkdwn.js';

/**
 * What the section and leadership digests share when they are put into words: the reader's
 * language and catalog, alert lines, place and section names from the config in that language,
 * counts, rates, times, and fitting lines under Slack's 3000 characters.
 */

/** How a line names an alert: a link to its card (the sender builds permalinks), or the reference alone. */
export type Linker = (item: { id: number; reference: string }) => string;
export const referenceOnly: Linker = (item) => `*${item.reference}*`;

/** Room left in a 3000-character section text for the "…and N more" line and a margin. */
const TEXT_BUDGET = 2900;

/** The reader's language, its catalog, and the config the names come from. */
export interface Reading {
  language: Language;
  c: Catalog;
  mission: Pick<Mission, 'places' | 'sections'>;
  places: ReadonlyMap<string, Place>;
}

const readings = new WeakMap<object, Map<Language, Reading>>();

export function reading(mission: Pick<Mission, 'places' | 'sections'>, language: Language): Reading {
  let byLanguage = readings.get(mission);
  if (!byLanguage) readings.set(mission, (byLanguage = new Map()));
  let r = byLanguage.get(language);
  if (!r) byLanguage.set(language, (r = { language, c: t(language), mission, places: new Map(mission.places.map((p) => [p.id, p])) }));
  return r;
}

/** Whole lines under the budget, then "…and N more" for what did not fit. */
export function fitLines(head: string, lines: readonly string[], total: number, more: (n: number) => string, budget = TEXT_BUDGET): string {
  let text = head;
  let shown = 0;
  for (const line of lines) {
    const reserve = more(total).length + 2;
    if (text.length + 1 + line.length + reserve > budget) break;
    text += `\n${line}`;
    shown += 1;
  }
  if (total > shown) text += `\n${more(total - shown)}`;
  return text;
}

export function mention(r: Reading, user: string | null): string {
  if (!user) return r.c.digest.noOwner;
  return person(user);
}

export function priorityCounts(r: Reading, counts: PriorityCounts): string {
  return PRIORITIES.filter((p) => counts[p] > 0)
    .map((p) => `${PRIORITY_EMOJI[p]} ${r.c.digest.priorities[p](counts[p])}`)
    .join(' · ');
}

export function rateText(r: Reading, rate: Rate): string {
  const pct = ratePercent(rate);
  return pct === null ? r.c.digest.nothingToJudge : r.c.digest.rate(pct, rate.inTime, rate.judged);
}

/**
 * An alert's place as a digest line says it: from the gazetteer in the reader's language (the
 * item's place id); an item without one (written before ids were kept) says what it was given.
 */
export function itemPlace(r: Reading, item: Pick<AlertItem, 'place'> & { placeId?: string | null }): string {
  if (item.placeId === undefined) return escapeMrkdwn(item.place);
  const place = item.placeId === null ? undefined : r.places.get(item.placeId);
  if (!place) return item.placeId === null ? r.c.digest.placeNotGiven : escapeMrkdwn(item.place);
  const name = escapeMrkdwn(placeName(place, r.language));
  if (place.level === 'locality') return place.territory === place.name ? name : `${name} (${escapeMrkdwn(place.territory)})`;
  if (place.level === 'territory') return place.name_fr && r.language === 'fr' ? name : r.c.digest.territory(escapeMrkdwn(place.territory));
  return name;
}

/** A territory (or a province, for alerts placed only that precisely) in a "by territory" count. */
export function territoryName(r: Reading, territory: string): string {
  if (territory === PLACE_NOT_GIVEN) return r.c.digest.placeNotGiven;
  const province = r.mission.places.find((p) => p.level === 'province' && p.name === territory);
  return escapeMrkdwn(province ? placeName(province, r.language) : territory);
}

/** A place of a hotspot or gone-quiet line: its name, with its territory when that says more. */
export function figurePlace(r: Reading, figure: { placeId: string; name: string; territory: string }): string {
  const place = r.places.get(figure.placeId);
  const name = place ? placeName(place, r.language) : figure.name;
  return `*${escapeMrkdwn(name)}*${figure.territory && figure.territory !== figure.name ? ` (${escapeMrkdwn(figure.territory)})` : ''}`;
}

/** A section by its channel or id, named in the reader's language; undefined when the config has none. */
export function sectionTitle(r: Reading, by: { channel?: string; id?: string }): string | undefined {
  const section = r.mission.sections.find((s) => (by.id !== undefined ? s.id === by.id : s.channel === by.channel));
  return section ? sectionName(section, r.language) : undefined;
}

/** "A, B and C" / "A, B et C". */
export function joinAnd(r: Reading, names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${r.c.digest.and} ${names.at(-1)}` : names.join('');
}

export function alertLine(r: Reading, item: AlertItem, link: Linker): string {
  const hrddp = item.hostState ? ` · ${r.c.digest.hrddp}` : '';
  return `${PRIORITY_EMOJI[item.priority]} ${link(item)} · ${categoryLabel(item.category, r.language)} · ${itemPlace(r, item)} · ${r.c.digest.verifications[item.verification]}${hrddp}`;
}

export function openLine(r: Reading, item: OpenItem, link: Linker, asOf: number): string {
  const late = item.overdueSince <= asOf ? r.c.digest.overdue(formatDuration(asOf - item.overdueSince, r.language)) : '';
  return `${PRIORITY_EMOJI[item.priority]} ${link(item)} · ${categoryLabel(item.category, r.language)} · ${itemPlace(r, item)} · ${r.c.digest.statuses[item.status]} · ${mention(r, item.owner)}${late}`;
}

const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The day a digest is for: "Sun 22 Nov 2026" / "dim. 22 nov. 2026". */
export function dayStamp(r: Reading, ms: number, zone: string): string {
  return formatDay(ms, zone, r.language);
}

/** A moment: "22 Nov 2026, 07:00 (Kinshasa)" / "22 nov. 2026, 07:00 (Kinshasa)", as every message writes it. */
export function timeStamp(r: Reading, ms: number, zone: string): string {
  return formatTime(ms, zone, r.language);
}

/** A usual weekly count, one decimal: "1.5" / "1,5". */
export function decimal(r: Reading, n: number): string {
  return n.toLocaleString(LOCALE[r.language], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export { sectionLink };
