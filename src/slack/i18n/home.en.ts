import { formatCount } from '../../domain/dates.js';

/**
 * The words of App Home, merged into the English catalog. Counts arrive as numbers, times already
 * formatted, section names already escaped.
 */

const num = (n: number) => formatCount(n, 'en');
const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const homeEn = {
  home: {
    mine: (n: number) => `*My open alerts* (${num(n)})`,
    nothingMine: '_Nothing open that you reported or own._',
    tasks: (n: number) => `*My tasks* (${num(n)})`,
    noTasks: '_No open tasks._',
    queue: (sections: string) => `*My sections' queue* (${sections})`,
    unacknowledged: (n: number) => `*Unacknowledged* (${num(n)})`,
    // Unacknowledged alerts have no owner either: this heading says which others lack one.
    unassigned: (n: number) => `*Acknowledged, no owner yet* (${num(n)})`,
    none: '_None._',
    more: (n: number) => `…and ${num(n)} more: \`/alert list mine\` or \`/alert list overdue\`.`,
    overdue: '⏰ *Overdue* · ',
    you: 'you',
    hasOwner: 'has an owner',
    noOwner: 'no owner',
    due: (time: string) => ` · due ${time}`,
    taskDue: (time: string) => ` · due ${time}`,
    taskOverdue: (time: string) => ` · ⏰ *overdue*, was due ${time}`,
    /** For section leads: closings in their sections whose reporter asked to hear back and was not told. */
    untoldHead: (n: number) => `*Closed without the reporter being told* — last 7 days, sections you lead (${num(n)})`,
    untoldHint: '_They asked to hear back: tell them yourself, or see why the notice did not go._',
    untoldLine: (reference: string, category: string, closed: string) => `📭 *${reference}* · ${category} · closed ${closed}`,
    untoldRestricted: (n: number) => `🔒 ${num(n)} restricted ${s(n, 'alert', 'alerts')}, counted only: details with the restricted sections.`,
    footer: 'Log an alert with `/alert what happened, where, who` · `/alert list mine` · `/alert help` for everything',
  },
};

export type HomeCatalog = typeof homeEn;
