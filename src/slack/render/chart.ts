import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { DigestChart } from '../../digests/chart-data.js';
import { PRIORITIES, type Language } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import { chartAltText, chartTerritory, chartTitle, dayLabel, type ChartReading } from './chart-words.js';

/**
 * A digest's chart as a PNG: Vega-Lite (one spec per language, compiled and parsed once) to SVG, and SVG to PNG
 * with resvg (prebuilt, no system libraries). Left: the last 14 days of new alerts by priority,
 * stacked; right: the week's territories against their usual week, hotspots in red. Text comes
 * from a system font (DejaVu Sans, Noto Sans or Liberation Sans where installed, else whatever
 * the system has). The figures are counts only (chart-data.ts): nothing here can name a person,
 * an alert or a place finer than a territory. Every word is its channel's language, from the
 * catalog (src/slack/i18n/chart.*.ts): the spec's fixed words when compiled, the rest as data.
 */

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
  /** For screen readers (Slack's alt_txt, at most 1,000 characters). */
  alt: string;
  title: string;
}

/** `date` is the digest's local date ("2026-11-22"); `r` the reader's language and the config names come from. */
export type ChartRenderer = (chart: DigestChart, date: string, r: ChartReading) => Promise<ChartImage>;

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

function spec(family: string, language: Language): TopLevelSpec {
  const w = t(language).chart;
  const priorities = PRIORITIES.map((p) => w.priorities[p]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    padding: 12,
    title: { text: { expr: "data('meta')[0].title" }, anchor: 'start', fontSize: 15 },
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
    config: { font: family, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11, grid: true, gridColor: '#eceff1' } },
    hconcat: [
      {
        title: { text: w.daysTitle, fontSize: 12, anchor: 'start' },
        data: { name: 'days' },
        width: 420,
        height: 220,
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'label', type: 'ordinal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelAngle: -45 } },
          // At least 0–4: a quiet fortnight still reads as a chart, zero at the bottom.
          y: { field: 'count', type: 'quantitative', aggregate: 'sum', title: w.daysAxis, scale: { domain: { unionWith: [0, 4] } }, axis: { tickMinStep: 1, format: 'd' } },
          color: {
            field: 'priority',
            type: 'nominal',
            // The legend names priorities in the language: the data carry the names, in this order.
            scale: { domain: priorities, range: PRIORITIES.map((p) => COLOURS[p]) },
            legend: { orient: 'bottom', title: null, direction: 'horizontal' },
          },
          order: { field: 'rank', type: 'quantitative' },
        },
      },
      {
        // What the bar and the tick mean, under the title.
        title: { text: w.territoriesTitle, subtitle: w.territoriesKey, fontSize: 12, subtitleFontSize: 10, subtitleColor: '#455a64', anchor: 'start' },
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
              x: { field: 'last7', type: 'quantitative', title: w.territoriesAxis, scale: { domain: { unionWith: [0, 4] } }, axis: { tickMinStep: 1, format: 'd' } },
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

const runtimes = new Map<Language, vega.Runtime>();

/** The spec of a language, compiled and parsed the first time a chart in it is drawn. */
function parsed(language: Language): vega.Runtime {
  let runtime = runtimes.get(language);
  if (runtime) return runtime;
  const compiled = compile(spec(font().family, language)).spec;
  // The named data sets ('meta', 'days', 'territories') are filled per chart.
  compiled.data = [{ name: 'meta', values: [] }, ...(compiled.data ?? [])];
  runtimes.set(language, (runtime = vega.parse(compiled)));
  return runtime;
}

/** The PNG of a digest's chart, in the reader's language. */
export const renderChartPng: ChartRenderer = async (chart, date, r) => {
  const runtimeSpec = parsed(r.language);
  const w = t(r.language).chart;
  const title = chartTitle(chart, date, r);
  const days = chart.days.flatMap((d, order) => {
    const label = dayLabel(d, r.language);
    return PRIORITIES.map((priority, rank) => ({ label, order, priority: w.priorities[priority], rank, count: d.counts[priority] }));
  });
  const territories = chart.territories.map((x, order) => ({
    ...x,
    territory: chartTerritory(r.mission, x.territory, r.language),
    order,
    kind: x.hotspot ? 'hotspot' : 'other',
    note: x.hotspot ? w.hotspot : '',
  }));
  const view = new vega.View(runtimeSpec, { renderer: 'none' });
  view.data('meta', [{ title }]).data('days', days).data('territories', territories);
  const svg = await view.toSVG();
  view.finalize();
  // Off the event loop (libuv's pool): the app keeps acknowledging reports while a chart is drawn.
  // 1.5× (about 1,400 px wide) is sharp on a phone and costs half the pixels of 2×.
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: 1.5 }, font: font().options, background: 'white' });
  const png = image.asPng();
  return { png, width: image.width, height: image.height, alt: chartAltText(chart, r), title };
};
