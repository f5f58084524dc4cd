import type { AlertItem, DigestPayload } from './types.js';

/**
 * A digest already posted names an alert that has since become restricted: the same digest as a
 * channel without its details would have had it — the alert's line gone, counted among the
 * restricted ones, the sections holding its details named. Pure; null when the digest does not name it.
 * Its caller decides which channels may no longer read it; a restricted section's own digest included.
 */
export function withoutAlert(digest: DigestPayload, alertId: number, heldIn: readonly string[]): DigestPayload | null {
  const copy = structuredClone(digest);
  let named = false;
  const drop = <T extends AlertItem>(list: { items: T[]; restrictedCounted: number }, onDrop?: (item: T) => void) => {
    const item = list.items.find((i) => i.id === alertId);
    if (!item) return;
    named = true;
    list.items = list.items.filter((i) => i.id !== alertId);
    list.restrictedCounted += 1;
    onDrop?.(item);
  };
  if (copy.kind === 'section') {
    // A restricted section's own digest is edited too: the caller passes only channels that no longer
    // hold the alert in full (it moved to another restricted section).
    drop(copy.newAlerts);
    drop(copy.open, (item) => {
      if (item.overdueSince <= copy.asOf) copy.open.restrictedOverdue += 1;
    });
    drop(copy.closed);
    if (copy.closed.untold) drop(copy.closed.untold);
    drop(copy.hrddp);
    if (named) copy.detailsHeldIn = [...new Set([...copy.detailsHeldIn, ...heldIn])];
  } else {
    const critical = { items: copy.critical.items, restrictedCounted: copy.critical.restrictedCounted };
    drop(critical);
    copy.critical.items = critical.items;
    copy.critical.restrictedCounted = critical.restrictedCounted;
    drop(copy.escalations);
    drop(copy.overdue);
  }
  return named ? copy : null;
}
