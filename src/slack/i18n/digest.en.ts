import type { ClosureReason, Status, Verification } from '../../domain/alert.js';
import { formatCount } from '../../domain/dates.js';
import type { Priority } from '../../domain/taxonomy.js';

/**
 * The words of the daily digests (a section's, the leadership's), merged into the English catalog.
 * Counts arrive as numbers (written here as the language writes them), times and durations already
 * formatted, references and channel links already written, free text (place and section names) escaped.
 */

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);
const num = (n: number) => formatCount(n, 'en');

export const digestEn = {
  digest: {
    title: (section: string, day: string) => `📋 ${section} — daily digest, ${day}`,
    window: (until: string) => `The 24 hours to ${until}`,
    postedLate: ' · ⏰ *posted late*: Veille was not running when it fell due',
    nothingNew: '*Nothing new in the last 24 hours.*',
    newHead: (n: number, priorities: string) => `*New in the last 24 h: ${num(n)}* — ${priorities}`,
    priorities: {
      critical: (n: number) => `${num(n)} critical`,
      high: (n: number) => `${num(n)} high`,
      medium: (n: number) => `${num(n)} medium`,
      low: (n: number) => `${num(n)} low`,
    } satisfies Record<Priority, (n: number) => string>,
    verification: (verified: number, alleged: number, other: number) =>
      `Verified ${num(verified)} · alleged ${num(alleged)}${other ? ` · unverifiable or unfounded ${num(other)}` : ''}`,
    byTerritory: (list: string, more: number) => `By territory: ${list}${more ? ` · ${num(more)} more` : ''}`,
    placeNotGiven: 'place not given',
    /** A territory-level place: "Beni territory". */
    territory: (name: string) => `${name} territory`,
    restrictedAlerts: (n: number, where: string) => `\n🔒 ${num(n)} ${s(n, 'restricted alert', 'restricted alerts')} (CRSV / child protection), counted only${where}.`,
    restrictedOpen: (n: number, where: string) => `\n🔒 ${num(n)} ${s(n, 'restricted open alert', 'restricted open alerts')} (CRSV / child protection), counted only${where}.`,
    detailsWith: (sections: string) => `; details with ${sections}`,
    and: 'and',
    restrictedOverdue: (n: number) => ` ${num(n)} of them overdue.`,
    more: (n: number, command: string) => `…and ${num(n)} more — the full list: ${command}`,
    moreClosed: (n: number) => `…and ${num(n)} more closed.`,
    moreOther: (n: number) => `…and ${num(n)} more.`,
    openHead: (total: number, unacknowledged: number, unassigned: number, overdue: number) =>
      `*Still open: ${num(total)}* — ${num(unacknowledged)} unacknowledged · ${num(unassigned)} without an owner · ${num(overdue)} overdue`,
    nothingOpen: '*Nothing open.*',
    closedHead: (n: number, median: string) => `*Closed in the last 24 h: ${num(n)}* — ${median}`,
    closedNone: '*Closed in the last 24 h: 0*',
    median: (duration: string, withResponse: number, total: number) => `median time from alert to first response ${duration} (${num(withResponse)} of ${num(total)} had one)`,
    noneResponded: 'none had a response recorded',
    responseRate: (days7: string, days30: string) => `*Response rate* (a response within the acknowledge window): ${days7} over 7 days · ${days30} over 30 days`,
    rate: (percent: number, inTime: number, judged: number) => `*${percent}%* (${num(inTime)} of ${num(judged)})`,
    nothingToJudge: 'nothing to judge yet',
    hotspotsHead: '*Hotspots* (7-day count ≥ 3 and ≥ twice the usual)',
    hotspot: (place: string, last7: number, usual: string) => `🔥 ${place}: ${num(last7)} in 7 days, usually ${usual}`,
    quietHead: '*Gone quiet* — places that usually report; silence can mean coercion, not calm',
    quiet: (place: string, prior28: number) => `🔕 ${place}: ${num(prior28)} in the 28 days before, none in the last 7`,
    hrddpHead: (n: number) => `*HRDDP-flagged (host-state forces): ${num(n)}*`,
    hrddp: 'HRDDP',
    trend: (sparkline: string, min: number, max: number) => `*14 days*  ${sparkline}  (${num(min)}–${num(max)} a day; the last is these 24 h)`,
    footer: (command: string, full: boolean) => `Open alerts: ${command} · ${full ? 'Restricted channel: restricted alerts in full.' : 'Restricted alerts appear here as counts only.'}`,
    text: (section: string, n: number, open: number, overdue: number, late: boolean) =>
      `${section} digest: ${num(n)} ${s(n, 'new alert', 'new alerts')}, ${num(open)} open (${num(overdue)} overdue)${late ? ' — posted late' : ''}`,
    noOwner: 'no owner',
    overdue: (duration: string) => ` · ⏱ *overdue ${duration}*`,
    verifications: { alleged: 'alleged', verified: 'verified', unverifiable: 'unverifiable', unfounded: 'unfounded' } satisfies Record<Verification, string>,
    /** An open alert's status in its line: "unacknowledged" says more than "new". */
    statuses: { new: 'unacknowledged', acknowledged: 'acknowledged', responding: 'responding', monitoring: 'monitoring', closed: 'closed' } satisfies Record<Status, string>,
    closures: {
      resolved: 'resolved',
      unfounded: 'unfounded',
      duplicate: 'duplicate',
      no_action_possible: 'no action possible',
      withdrawn: 'withdrawn',
    } satisfies Record<ClosureReason, string>,
    closedNoReason: 'closed',
    noResponse: 'no response recorded',
    firstResponseAfter: (duration: string) => `first response after ${duration}`,
    /** Closings whose reporter asked to hear back (notices on; SMS replies to every step), and how many were told. */
    reporterInformed: (informed: number, asked: number) => `📨 *Reporter informed*: ${num(informed)} of ${num(asked)} ${s(asked, 'closing', 'closings')} whose reporter asked to hear back`,
    untoldHead: (n: number) => `*Closed without the reporter being told: ${num(n)}* — they asked to hear back: tell them, or see why the notice did not go`,
  },

  /** `/alert digest preview|now`: its private answers, in the language of whoever asked. */
  digestCommand: {
    which: 'Which section’s digest? This channel is not a section channel.',
    whichExample: (command: string, sections: string) => `e.g. ${command} — sections: ${sections}`,
    noSection: (word: string) => `No section *${word}*.`,
    sections: (list: string) => `Sections: ${list}`,
    restricted: (section: string, channel: string) => `The *${section}* digest is restricted: only members of ${channel} can see it.`,
    nothingShown: 'Nothing was shown or posted.',
    posting: (channel: string) => `Posting the digest in ${channel} now.`,
    dailyStillComes: 'The daily one still comes at its time.',
    preview: (channel: string, command: string) => `👁 Preview, only you see it — as it would be posted in ${channel}. ${command} posts it.`,
    previewText: (text: string) => `Preview: ${text}`,
  },

  leadership: {
    title: (mission: string, day: string) => `🧭 ${mission} — leadership digest, ${day}`,
    window: (until: string) => `The 24 hours to ${until} · all sections · restricted alerts as counts only`,
    needsDecision: '*Needs a decision*',
    criticalHead: (open: number, newInPeriod: number) => `*🔴 Critical and open: ${num(open)}* (${num(newInPeriod)} new in the last 24 h)`,
    noCritical: '*🔴 No critical alert open.*',
    moreCritical: (n: number) => `…and ${num(n)} more critical.`,
    countedOnly: (n: number) => `\n🔒 ${num(n)} ${s(n, 'restricted alert', 'restricted alerts')} among them, counted only.`,
    escalated: (time: string) => ` · escalated ${time}`,
    escalatedHead: (n: number) => `*⏫ Escalated in the last 24 h: ${num(n)}*`,
    noEscalation: '*⏫ No escalation in the last 24 h.*',
    moreEscalated: (n: number) => `…and ${num(n)} more escalated.`,
    overdueHead: (n: number) => `*⏱ Overdue longest* — ${num(n)} overdue in all`,
    nothingOverdue: '*⏱ Nothing overdue.*',
    moreOverdue: (n: number) => `…and ${num(n)} more overdue.`,
    across: (n: number, priorities: string) => `*Across the mission in the last 24 h: ${num(n)} ${s(n, 'new alert', 'new alerts')}*${priorities ? ` — ${priorities}` : ''}`,
    totals: (open: number, closed: number, hrddp: number) => `${num(open)} open · ${num(closed)} closed in the period · ${num(hrddp)} HRDDP-flagged`,
    responseRate: (days7: string, days30: string) => `Response rate: ${days7} over 7 days · ${days30} over 30 days`,
    trend: (sparkline: string, min: number, max: number) => `14 days: ${sparkline} (${num(min)}–${num(max)} a day)`,
    bySection: '*By section*',
    sectionNew: (n: number, critical: string) => `${num(n)} new${critical}`,
    sectionOpen: (n: number) => `${num(n)} open`,
    sectionOverdue: (n: number) => `${num(n)} overdue`,
    sectionRate: (percent: number) => `response ${percent}%`,
    noRateYet: 'no response data yet',
    sectionLine: (channel: string, name: string, parts: string) => `• ${channel} *${name}*: ${parts}`,
    sectionQuiet: (n: number) => `🔕 ${num(n)} gone quiet`,
    sectionUntold: (n: number) => `📭 ${num(n)} closed without telling the reporter`,
    reporterInformed: (informed: number, asked: number, untold: number) =>
      `Reporters informed of ${num(informed)} of ${num(asked)} ${s(asked, 'closing', 'closings')} they asked to hear of${untold ? ` · ${num(untold)} closed without telling them` : ''}`,
    footer: 'Each section channel has its own digest with the details it may show. Times from alert to response count response actions.',
    text: (n: number, critical: number, escalated: number, overdue: number, late: boolean) =>
      `Leadership digest: ${num(n)} ${s(n, 'new alert', 'new alerts')}, ${num(critical)} critical open, ${num(escalated)} escalated, ${num(overdue)} overdue${late ? ' — posted late' : ''}`,
  },
};

export type DigestCatalog = typeof digestEn;
