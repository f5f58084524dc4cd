import type { Mission } from '../../../src/config/mission.js';
import { DAY, type SeedAlert } from './seed.js';

/**
 * What a section's digest should say, worked out in plain JS straight from the seed list — not with
 * the digest's SQL or rules — so the tests compare two independent computations.
 */

const iso = (s: string) => {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(s)!;
  return (((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1000;
};

export interface Expected {
  newTotal: number;
  newByPriority: Record<string, number>;
  newRestricted: number;
  verified: number;
  alleged: number;
  open: number;
  unacknowledged: number;
  unassigned: number;
  overdue: number;
  closed: number;
  closedWithResponse: number;
  medianResponse: number | null;
  rate7: { inTime: number; judged: number };
  rate30: { inTime: number; judged: number };
  hotspots: string[];
  quiet: string[];
  hrddp: number;
  trend: number[];
  restrictedRefs: string[];
}

export function expectedDigest(mission: Mission, seed: readonly SeedAlert[], sectionId: string, end: number, now: number): Expected {
  const section = mission.sections.find((s) => s.id === sectionId)!;
  const policy = mission.reminderPolicy;
  const mine = seed.filter((a) => a.routes.some((r) => r.sectionId === sectionId) && a.closureReason !== 'withdrawn');
  const start = end - DAY;
  const within = (t: number, from: number, to: number) => t >= from && t < to;

  const fresh = mine.filter((a) => within(a.createdAt, start, end));
  const newByPriority: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const a of fresh) newByPriority[a.priority]! += 1;

  const open = mine.filter((a) => a.status !== 'closed');
  const overdue = open.filter((a) => {
    const owned = a.status !== 'new' && a.owner !== null;
    const interval = Math.max(1000, iso(owned ? policy[a.priority].updateEvery : policy[a.priority].acknowledgeWithin));
    let since = a.lastActivityAt + interval;
    if (a.dueAt !== null && a.dueAt < since) since = a.dueAt;
    return since <= now;
  });

  const closed = mine.filter((a) => a.closedAt !== null && within(a.closedAt, start, end));
  const toResponse = closed.filter((a) => a.responses.length > 0).map((a) => Math.max(0, Math.min(...a.responses) - a.createdAt));
  toResponse.sort((x, y) => x - y);
  const mid = Math.floor(toResponse.length / 2);
  const medianResponse = toResponse.length === 0 ? null : toResponse.length % 2 ? toResponse[mid]! : Math.round((toResponse[mid - 1]! + toResponse[mid]!) / 2);

  const rate = (days: number) => {
    let inTime = 0;
    let judged = 0;
    for (const a of mine) {
      if (a.closureReason === 'duplicate' || !within(a.createdAt, end - days * DAY, end)) continue;
      const window = iso(policy[a.priority].acknowledgeWithin);
      const first = a.responses.length ? Math.min(...a.responses) : null;
      const ok = first !== null && first - a.createdAt <= window;
      if (ok) inTime += 1;
      if (ok || end - a.createdAt > window) judged += 1;
    }
    return { inTime, judged };
  };

  const placed = mine.filter((a) => a.placeId !== null && (section.restricted || a.sensitivity === 'standard'));
  const counts = new Map<string, { last7: number; prior28: number }>();
  for (const a of placed) {
    const c = counts.get(a.placeId!) ?? { last7: 0, prior28: 0 };
    if (within(a.createdAt, end - 7 * DAY, end)) c.last7 += 1;
    else if (within(a.createdAt, end - 35 * DAY, end - 7 * DAY)) c.prior28 += 1;
    counts.set(a.placeId!, c);
  }
  const hotspots = [...counts].filter(([, c]) => c.last7 >= 3 && c.last7 >= 2 * (c.prior28 / 4)).map(([p]) => p);
  const quiet = [...counts].filter(([, c]) => c.prior28 >= 4 && c.last7 === 0).map(([p]) => p);

  const trend: number[] = [];
  for (let i = 13; i >= 0; i--) trend.push(mine.filter((a) => within(a.createdAt, end - (i + 1) * DAY, end - i * DAY)).length);

  return {
    newTotal: fresh.length,
    newByPriority,
    newRestricted: fresh.filter((a) => a.sensitivity === 'restricted').length,
    verified: fresh.filter((a) => a.verification === 'verified').length,
    alleged: fresh.filter((a) => a.verification === 'alleged').length,
    open: open.length,
    unacknowledged: open.filter((a) => a.status === 'new').length,
    unassigned: open.filter((a) => a.owner === null).length,
    overdue: overdue.length,
    closed: closed.length,
    closedWithResponse: toResponse.length,
    medianResponse,
    rate7: rate(7),
    rate30: rate(30),
    hotspots: hotspots.sort(),
    quiet: quiet.sort(),
    hrddp: fresh.filter((a) => a.hostState).length,
    trend,
    restrictedRefs: mine.filter((a) => a.sensitivity === 'restricted').map((a) => a.reference),
  };
}
