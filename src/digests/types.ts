import type { Status, Verification } from '../domain/alert.js';
import type { CategoryId, Priority } from '../domain/taxonomy.js';

/**
 * The figures of a digest: plain JSON, computed once (SQL + pure rules) and stored in the outbox, so
 * a post retried after a 429 says what it said when it was decided. No words and no Block Kit: the
 * Slack adapter (src/slack/render/digest.ts, leadership.ts) writes them, in the channel's language, when it sends. A view for a non-restricted channel holds NO restricted alert row, only counts:
 * what is not in the figures cannot leak from the rendering.
 */

/**
 * An alert a digest line names. `place` is a label from the gazetteer in English, never free text
 * (what the API shows); `placeId` lets Slack name it in the reader's language (null: none given).
 */
export interface AlertItem {
  id: number;
  reference: string;
  priority: Priority;
  category: CategoryId;
  place: string;
  placeId: string | null;
  status: Status;
  owner: string | null;
  verification: Verification;
  hostState: boolean;
  restricted: boolean;
  createdAt: number;
}

export interface OpenItem extends AlertItem {
  /** When it became (or becomes) overdue: the acknowledge window, update interval or due time that runs out first. */
  overdueSince: number;
}

export interface ClosedItem extends AlertItem {
  closedAt: number;
  closureReason: string | null;
  /** From the alert to its first response action (0 when a response was already under way); null: none recorded. */
  toFirstResponseMs: number | null;
}

export interface Rate {
  /** Alerts whose first response action came within their priority's acknowledge window. */
  inTime: number;
  /** Alerts that can be judged: responded in time, or their window has run out. */
  judged: number;
}

export interface PlaceFigure {
  placeId: string;
  name: string;
  territory: string;
  /** Alerts in the last 7 days. */
  last7: number;
  /** Alerts in the 28 days before those 7. */
  prior28: number;
  /** The usual 7-day count: prior28 / 28 × 7. */
  expected7: number;
}

export type PriorityCounts = Record<Priority, number>;

/** Closings whose reporter asked to hear back, and how many of them were told. */
interface ReporterInformed {
  asked: number;
  informed: number;
}

export interface SectionDigest {
  kind: 'section';
  sectionId: string;
  sectionName: string;
  channel: string;
  /** Shown in full (a restricted section's own channel) or sanitised (everywhere else). */
  full: boolean;
  timeZone: string;
  /** The 24 hours covered: [start, end). */
  start: number;
  end: number;
  /** When open alerts and overdue times were read. */
  asOf: number;
  late: boolean;
  newAlerts: {
    total: number;
    byPriority: PriorityCounts;
    verified: number;
    alleged: number;
    /** unverifiable or unfounded */
    otherVerification: number;
    byTerritory: Array<{ territory: string; count: number }>;
    /** Restricted alerts among total that this view shows only as a count. */
    restrictedCounted: number;
    items: AlertItem[];
  };
  open: {
    total: number;
    unacknowledged: number;
    unassigned: number;
    overdue: number;
    restrictedCounted: number;
    restrictedOverdue: number;
    items: OpenItem[];
  };
  closed: {
    total: number;
    restrictedCounted: number;
    withResponse: number;
    medianToFirstResponseMs: number | null;
    items: ClosedItem[];
    /**
     * Of the closings whose reporter asked to hear back (a Slack reporter with notices on, an SMS
     * reporter when the mission replies to every step: src/reporter/informed.ts), how many were told.
     * Absent in digests frozen before it was counted.
     */
    reporterInformed?: ReporterInformed;
    /** Closed without the reporter being told though they asked to hear back; restricted ones counted only outside a restricted channel. */
    untold?: { total: number; restrictedCounted: number; items: ClosedItem[] };
  };
  responseRate: { days7: Rate; days30: Rate };
  hotspots: PlaceFigure[];
  quietPlaces: PlaceFigure[];
  hrddp: { total: number; restrictedCounted: number; items: AlertItem[] };
  /** New alerts per 24 h, oldest first; the last is the digest's own 24 h. */
  trend: number[];
  /** Restricted sections holding the details of what is counted here (channel ids). */
  detailsHeldIn: string[];
}

interface EscalatedItem extends AlertItem {
  escalatedAt: number;
}

export interface SectionLine {
  sectionId: string;
  name: string;
  channel: string;
  newCount: number;
  newCritical: number;
  open: number;
  overdue: number;
  rate7: Rate;
  hotspots: string[];
  quiet: number;
  /** Closed in the period without the reporter being told (absent in digests frozen before). */
  untold?: number;
}

export interface LeadershipDigest {
  kind: 'leadership';
  missionName: string;
  channel: string;
  timeZone: string;
  start: number;
  end: number;
  asOf: number;
  late: boolean;
  /** Open critical alerts, the newest first. */
  critical: { open: number; newInPeriod: number; restrictedCounted: number; items: OpenItem[] };
  escalations: { total: number; restrictedCounted: number; items: EscalatedItem[] };
  /** Overdue open alerts, the longest overdue first. */
  overdue: { total: number; restrictedCounted: number; items: OpenItem[] };
  totals: {
    newCount: number;
    byPriority: PriorityCounts;
    open: number;
    closed: number;
    hrddp: number;
    rate7: Rate;
    rate30: Rate;
    /** Mission-wide: reporters told of closings, and closings not told (absent in digests frozen before). */
    reporterInformed?: ReporterInformed;
    untold?: number;
  };
  sections: SectionLine[];
  trend: number[];
}

export type DigestPayload = SectionDigest | LeadershipDigest;
