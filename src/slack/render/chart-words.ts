import type { Mission } from '../../config/mission.js';
import type { DigestChart } from '../../digests/chart-data.js';
import { PLACE_NOT_GIVEN } from '../../digests/rules.js';
import { PRIORITIES, type Language } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import { placeName, sectionName } from '../views/format.js';

/**
 * A chart's words in its reader's language (the channel's, as the digest it follows): dates written
 * from the local dates the figures carry, the section and territories named from the config, the
 * alt text and file title. Plain text (an image and Slack's alt_txt are not mrkdwn).
 */

const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
const formats = new Map<string, Intl.DateTimeFormat>();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A local date ("2026-11-22") as the language writes it: "22 Nov" / "22 nov." (a bar), with the
 * year "22 Nov 2026" / "22 nov. 2026" (the title). Anything else is a label written before charts
 * carried dates (an outbox row queued by an older Veille): said as it was.
 */
function chartDate(date: string, language: Language, withYear = false): string {
  if (!ISO_DATE.test(date)) return date;
  const key = `${language}|${withYear}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'UTC', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) })));
  const parts = Object.fromEntries(format.formatToParts(new Date(`${date}T12:00:00Z`)).map((p) => [p.type, p.value]));
  return withYear ? `${parts.day} ${parts.month} ${parts.year}` : `${parts.day} ${parts.month}`;
}

/** A bar's day; a day frozen before charts carried dates has its English label. */
export function dayLabel(day: { date?: string; label?: string }, language: Language): string {
  return day.date ? chartDate(day.date, language) : (day.label ?? '');
}

/** Whose chart: the section named in the language (its `name_fr` in French), or the mission. */
function chartName(mission: Pick<Mission, 'sections'>, chart: Pick<DigestChart, 'title' | 'sectionId'>, language: Language): string {
  const section = chart.sectionId ? mission.sections.find((s) => s.id === chart.sectionId) : undefined;
  return section ? sectionName(section, language) : chart.title;
}

/** A territory of the chart (or a province, for alerts placed only that precisely), in the language. */
export function chartTerritory(mission: Pick<Mission, 'places'>, territory: string, language: Language): string {
  if (territory === PLACE_NOT_GIVEN) return t(language).digest.placeNotGiven;
  const province = mission.places.find((p) => p.level === 'province' && p.name === territory);
  return province ? placeName(province, language) : territory;
}

/** A usual weekly count, one decimal: "1.5" / "1,5". */
function usual(n: number, language: Language): string {
  return n.toLocaleString(LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The words a chart is drawn with and described by. */
export interface ChartReading {
  language: Language;
  mission: Pick<Mission, 'sections' | 'places'>;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The file's title: "PoC · alerts to 22 Nov 2026" / "Bunia · alertes jusqu'au 22 nov. 2026". */
export function chartTitle(chart: DigestChart, date: string, r: ChartReading): string {
  return t(r.language).chart.title(chartName(r.mission, chart, r.language), chartDate(date, r.language, true));
}

/** What the chart shows, in words, for screen readers (Slack's alt_txt: at most 1,000 characters). */
export function chartAltText(chart: DigestChart, r: ChartReading): string {
  const w = t(r.language).chart;
  const totals = chart.days.map((d) => ({ label: dayLabel(d, r.language), n: sum(d.counts) }));
  const all = totals.reduce((a, d) => a + d.n, 0);
  const busiest = totals.reduce((a, d) => (d.n > a.n ? d : a), { label: '', n: 0 });
  const byPriority = PRIORITIES.map((p) => w.altPriority(chart.days.reduce((a, d) => a + d.counts[p], 0), w.priorities[p])).join(', ');
  const days = `${w.altDays(chartName(r.mission, chart, r.language), all, byPriority)}${busiest.n > 0 ? w.altBusiest(busiest.label, busiest.n) : ''}.`;
  const list = chart.territories.map((x) => w.altTerritory(chartTerritory(r.mission, x.territory, r.language), x.last7, usual(x.expected7, r.language), x.hotspot)).join(w.altJoin);
  const territories = chart.territories.length ? `${w.altTerritories(list)}${chart.moreTerritories ? w.altMore(chart.moreTerritories) : ''}.` : w.altNoTerritory;
  const text = days + territories;
  return text.length <= 1000 ? text : `${text.slice(0, 997)}…`;
}
