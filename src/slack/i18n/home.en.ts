import { formatCount } from '../../domain/dates.js';

/**
 * The words of App Home, merged into the English catalog. Counts arrive as numbers, times already
 * formatted, section names already escaped.
 */

const num = (n: number) => formatCount(n, 'en');

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
    footer: 'Log an alert with `/alert what happened, where, who` · `/alert list mine` · `/alert help` for everything',
  },
};

export type HomeCatalog = typeof homeEn;
