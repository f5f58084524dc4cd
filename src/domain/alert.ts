import type { CategoryId, Language, Priority, SourceType } from './taxonomy.js';

/** Counts may be unknown; unknown (null) is not zero. */
export interface Victims {
  killed: number | null;
  injured: number | null;
  abducted: number | null;
  crsvSurvivors: number | null;
  childrenAffected: number | null;
  displaced: number | null;
}

export const VICTIM_KEYS = ['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected', 'displaced'] as const;
export type VictimKey = (typeof VICTIM_KEYS)[number];

export const VICTIM_LABELS: Record<VictimKey, Record<Language, string>> = {
  killed: { en: 'killed', fr: 'tués' },
  injured: { en: 'injured', fr: 'blessés' },
  abducted: { en: 'abducted', fr: 'enlevés' },
  crsvSurvivors: { en: 'CRSV survivors', fr: 'survivantes de VSLC' },
  childrenAffected: { en: 'children affected', fr: 'enfants touchés' },
  displaced: { en: 'displaced', fr: 'déplacés' },
};

export function noVictims(): Victims {
  return { killed: null, injured: null, abducted: null, crsvSurvivors: null, childrenAffected: null, displaced: null };
}

/** A perpetrator is a known actor (actorId set) or free text; `unknown` is an actor id. */
export interface Perpetrator {
  actorId: string | null;
  name: string;
}

/** The lifecycle's statuses, in order; the API's `Status` lists the same (tests/api/document.test.ts). */
export const STATUSES = ['new', 'acknowledged', 'responding', 'monitoring', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export type Verification = 'alleged' | 'verified' | 'unverifiable' | 'unfounded';
export type Sensitivity = 'standard' | 'restricted';
/** `sms` and `form` are also how field intake gateways come in (Twilio, RapidPro; KoBoToolbox). */
export type ReportedVia = 'quick_report' | 'form' | 'api' | 'shortcut' | 'sms';
/** `withdrawn` is the reporter's Undo: the alert stays in the audit trail, its cards are removed. */
export type ClosureReason = 'resolved' | 'unfounded' | 'duplicate' | 'no_action_possible' | 'withdrawn';

/** What a reporter (or form, or API client) submits; the store turns it into an Alert. */
export interface AlertDraft {
  description: string;
  occurredAt: number | null;
  placeId: string | null;
  locationText: string | null;
  category: CategoryId;
  subType: string | null;
  perpetrators: Perpetrator[];
  victims: Victims;
  priority: Priority;
  priorityOverridden: boolean;
  sourceType: SourceType | null;
  /** Who told us. Never posted to a channel; shown only to those allowed restricted details. */
  sourceDetail: string | null;
  sensitivity: Sensitivity;
  reportedVia: ReportedVia;
  language: Language;
}

export interface Alert extends AlertDraft {
  id: number;
  reference: string;
  createdAt: number;
  reportedBy: string;
  hostState: boolean;
  verification: Verification;
  status: Status;
  closureReason: ClosureReason | null;
  duplicateOf: number | null;
  owner: string | null;
  updatedAt: number;
}

export function formatReference(prefix: string, id: number): string {
  return `${prefix}-${id}`;
}

/** Accepts `A-12`, `a-12`, `A12` and `12`; returns the number or null. */
export function parseReference(prefix: string, text: string): number | null {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^(?:${escaped}-?)?(\\d{1,9})$`, 'i').exec(text.trim());
  return match ? Number(match[1]) : null;
}
