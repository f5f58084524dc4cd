import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { DigestChart } from '../../digests/chart-data.js';
import { PRIORITIES } from '../../domain/taxonomy.js';

/**
 * A digest's chart as a PNG: Vega-Lite (one spec, compiled and parsed once) to SVG, and SVG to PNG
 * with resvg (prebuilt, no system libraries). Left: the last 14 days of new alerts by priority,
 * stacked; right: the week's territories against their usual week, hotspots in red. Text comes
 * from a system font (DejaVu Sans, Noto Sans or Liberation Sans where installed, else whatever
 * the system has). The figures are counts only (chart-data.ts): nothing here can name a person,
 * an alert or a place finer than a territory.
 */

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
  /** For screen readers (Slack's alt_txt, at most 1,000 characters). */
  alt: string;
  title: string;
}

export type ChartRenderer = (chart: DigestChart, when: string) => Promise<ChartImage>;

const COLOURS: Record<(typeof PRIORITIES)[number], string> = { critical: '#b71c1c', high: '#e65100', medium: '#f9a825', low: '#90a4ae' };

// Fonts tried in order (Debian's, then other systems'); the first present is used for all text, in
// its regular face only: resvg parses the font files for every chart, and a bold face doubled that.
const FONTS: Array<{ family: string; files: string[] }> = [
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] },
  { family: 'Noto Sans', files: ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'] },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/TTF/DejaVuSans.ttf'] },
  { family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', 'C:\\Windows\\Fonts\\arial.ttf'] },
];

let fontChoice: { family: string; options: ResvgRenderOptions['font'] } | null = null;

function font(): { family: string; options: ResvgRenderOptions['font'] } {
  if (fontChoice) return fontChoice;
  const found = FONTS.map((f) => ({ family: f.family, files: f.files.filter((p) => existsSync(p)) })).find((f) => f.files.length > 0);
  // Known files load in a millisecond; scanning the whole system (the fallback) costs more per chart.
  fontChoice = found
    ? { family: found.family, options: { loadSystemFonts: false, fontFiles: found.files, defaultFontFamily: found.family } }
    : { family: 'sans-serif', options: { loadSystemFonts: true, defaultFontFamily: 'sans-serif' } };
  return fontChoice;
}

function spec(family: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    padding: 12,
    title: { text: { expr: "data('meta')[0].title" } as never, anchor: 'start', fontSize: 15 },
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
    config: { font: family, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11, grid: true, gridColor: '#eceff1' } },
    hconcat: [
      {
        title: { text: 'New alerts a day, last 14 days', fontSize: 12, anchor: 'start' },
        data: { name: 'days' },
        width: 420,
        height: 220,
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'label', type: 'ordinal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelAngle: -45 } },
          // At least 0–4: a quiet fortnight still reads as a chart, zero at the bottom.
          y: { field: 'count', type: 'quantitative', aggregate: 'sum', title: 'alerts', scale: { domain: { unionWith: [0, 4] } }, axis: { tickMinStep: 1, format: 'd' } },
          color: {
            field: 'priority',
            type: 'nominal',
            scale: { domain: [...PRIORITIES], range: PRIORITIES.map((p) => COLOURS[p]) },
            legend: { orient: 'bottom', title: null, direction: 'horizontal' },
          },
          order: { field: 'rank', type: 'quantitative' },
        },
      },
      {
        title: { text: 'This week by territory · | its usual week', fontSize: 12, anchor: 'start' },
        data: { name: 'territories' },
        width: 300,
        height: { step: 22 },
        encoding: {
          y: { field: 'territory', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null },
        },
        layer: [
          {
            mark: { type: 'bar' },
            encoding: {
              x: { field: 'last7', type: 'quantitative', title: 'alerts in the last 7 days', scale: { domain: { unionWith: [0, 4] } }, axis: { tickMinStep: 1, format: 'd' } },
              color: { field: 'kind', type: 'nominal', scale: { domain: ['hotspot', 'other'], range: ['#c62828', '#5c7f99'] }, legend: null },
            },
          },
          {
            mark: { type: 'tick', color: '#263238', thickness: 2, size: 18 },
            encoding: { x: { field: 'expected7', type: 'quantitative' } },
          },
          {
            mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, color: '#37474f' },
            encoding: { x: { field: 'last7', type: 'quantitative' }, text: { field: 'note', type: 'nominal' } },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}

let runtime: { family: string; parsed: vega.Runtime } | null = null;

function parsed(): { family: string; parsed: vega.Runtime } {
  if (runtime) return runtime;
  const { family } = font();
  const compiled = compile(spec(family)).spec;
  // The named data sets ('meta', 'days', 'territories') are filled per chart.
  compiled.data = [{ name: 'meta', values: [] }, ...(compiled.data ?? [])];
  runtime = { family, parsed: vega.parse(compiled) };
  return runtime;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** What the chart shows, in words, for screen readers. */
export function chartAltText(chart: DigestChart): string {
  const totals = chart.days.map((d) => ({ label: d.label, n: sum(d.counts) }));
  const all = totals.reduce((a, d) => a + d.n, 0);
  const busiest = totals.reduce((a, d) => (d.n > a.n ? d : a), { label: '', n: 0 });
  const byPriority = PRIORITIES.map((p) => `${chart.days.reduce((a, d) => a + d.counts[p], 0)} ${p}`).join(', ');
  const days = `${chart.title}: ${all} new alerts in the last 14 days (${byPriority})${busiest.n > 0 ? `, the busiest day ${busiest.label} with ${busiest.n}` : ''}.`;
  const territories = chart.territories.length
    ? ` This week by territory, against the usual week: ${chart.territories.map((t) => `${t.territory} ${t.last7} (usual ${t.expected7}${t.hotspot ? ', hotspot' : ''})`).join('; ')}${chart.moreTerritories ? `; ${chart.moreTerritories} more territories` : ''}.`
    : ' No alerts with a territory in the last 35 days.';
  const text = days + territories;
  return text.length <= 1000 ? text : `${text.slice(0, 997)}…`;
}

/** The PNG of a digest's chart; `when` is the digest's date as people read it ("6 Dec 2026"). */
export const renderChartPng: ChartRenderer = async (chart, when) => {
  const { parsed: runtimeSpec } = parsed();
  const title = `${chart.title} · alerts to ${when}`;
  const days = chart.days.flatMap((d, order) => PRIORITIES.map((priority, rank) => ({ label: d.label, order, priority, rank, count: d.counts[priority] })));
  const territories = chart.territories.map((t, order) => ({
    ...t,
    order,
    kind: t.hotspot ? 'hotspot' : 'other',
    note: t.hotspot ? 'hotspot' : '',
  }));
  const view = new vega.View(runtimeSpec, { renderer: 'none' });
  view.data('meta', [{ title }]).data('days', days).data('territories', territories);
  const svg = await view.toSVG();
  view.finalize();
  // Off the event loop (libuv's pool): the app keeps acknowledging reports while a chart is drawn.
  // 1.5× (about 1,400 px wide) is sharp on a phone and costs half the pixels of 2×.
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: 1.5 }, font: font().options, background: 'white' });
  const png = image.asPng();
  return { png, width: image.width, height: image.height, alt: chartAltText(chart), title };
};
