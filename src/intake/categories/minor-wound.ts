import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "minor" as how bad a wound is, not a child (reports31): "1x PK WIA (minor)", "1 civilian injured (minor)", "a driver
 * with minor injuries", "two wounded, minor". A child hit on the word "minor" right after a word of injury (a bracket or
 * comma between allowed) or right before a word of wound is set aside. "un mineur blessé", "a minor was injured" keep
 * their child. Set lookups on the two words beside the hit only.
 */
const HURT: ReadonlySet<string> = new Set(['wia', 'injured', 'wounded', 'hurt', 'injury', 'injuries', 'wounds', 'wound', 'blesse', 'blesses', 'blessee', 'blessees', 'blessure', 'blessures', 'wld', 'inj', 'wnd', 'cas', 'casualty', 'casualties']);
const WOUND_AFTER: ReadonlySet<string> = new Set(['injury', 'injuries', 'wound', 'wounds', 'cuts', 'burns', 'bruises', 'blessure', 'blessures', 'damage', 'damages', 'degats']);
const SEVERITY_BEFORE: ReadonlySet<string> = new Set(['only', 'slightly', 'lightly', 'legerement']);

export function minorAsSeverity(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'child' || h.end - h.start !== 1 || tokens[h.start]!.norm !== 'minor') return false;
  const before = tokens[h.start - 1]?.norm ?? '';
  const after = tokens[h.end];
  if (after && !after.breakBefore && WOUND_AFTER.has(after.norm)) return true;
  return HURT.has(before) || SEVERITY_BEFORE.has(before);
}
