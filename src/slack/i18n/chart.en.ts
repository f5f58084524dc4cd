import { formatCount } from '../../domain/dates.js';
import type { Priority } from '../../domain/taxonomy.js';

/**
 * The words of a digest's chart (src/slack/render/chart.ts): its titles, axes and legend, its alt
 * text and file title, and the note posted when there is no chart. Merged into the English catalog.
 * Dates and decimals arrive already written in the language; names (section, territory) as plain text.
 */

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);
const num = (n: number) => formatCount(n, 'en');

export const chartEn = {
  chart: {
    /** The file's title and the chart's heading: "PoC · alerts to 22 Nov 2026". */
    title: (name: string, date: string) => `${name} · alerts to ${date}`,
    daysTitle: 'New alerts a day, last 14 days',
    daysAxis: 'alerts',
    territoriesTitle: 'This week by territory',
    /** What the bar and the tick mean. */
    territoriesKey: 'bar: last 7 days · tick: the usual week',
    territoriesAxis: 'alerts in the last 7 days',
    hotspot: 'hotspot',
    priorities: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } satisfies Record<Priority, string>,
    /** Alt text, for screen readers. */
    altDays: (name: string, total: number, byPriority: string) => `${name}: ${num(total)} new ${s(total, 'alert', 'alerts')} in the last 14 days (${byPriority})`,
    altPriority: (n: number, priority: string) => `${num(n)} ${priority}`,
    altBusiest: (day: string, n: number) => `, the busiest day ${day} with ${num(n)}`,
    altTerritories: (list: string) => ` This week by territory, against the usual week: ${list}`,
    altTerritory: (territory: string, last7: number, usual: string, hotspot: boolean) => `${territory} ${num(last7)} (usual ${usual}${hotspot ? ', hotspot' : ''})`,
    /** Between two territories of the alt text. */
    altJoin: '; ',
    altMore: (n: number) => `; ${num(n)} more ${s(n, 'territory', 'territories')}`,
    altNoTerritory: ' No alerts with a territory in the last 35 days.',
    /** Posted after the digest instead of its chart. */
    none: (why: string) => `📉 No chart this time: ${why}.`,
    notDrawn: (error: string) => `the chart could not be drawn (${error})`,
    refused: (code: string) => `Slack refused the upload (${code})`,
  },
};

export type ChartCatalog = typeof chartEn;
