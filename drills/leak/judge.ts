import type { Canary, CanaryBook } from './canaries.js';
import type { Item } from './surfaces.js';

/**
 * Who may read what, as DESIGN "Routing and confidentiality" and README "Retention" say: the
 * rules the leak drill holds every item against, and the controls that prove a clean scan means
 * something (each canary is found where it is allowed).
 */
export interface AlertFacts {
  id: number;
  reference: string;
  restricted: boolean;
  /** The reporter and the members of the restricted sections holding it. */
  allowed: Set<string>;
  /** The members of the restricted sections holding it (the reporter only if one of them). */
  members: Set<string>;
  placeId: string | null;
}

export interface Finding {
  check: string;
  field?: string;
  surface: string;
  where: string;
  what: string;
}

const SLACK = new Set(['channel message', 'thread reply', 'DM', 'ephemeral', 'App Home']);
/** What those working a case add to it: a restricted case's is for its sections, not for a reporter outside them. */
const WORKED = new Set<string>(['update', 'task', 'response unit', 'response outcome', 'verification note', 'closure note']);

function readable(item: Item, allowed: Set<string>): boolean {
  if (item.readers === 'trusted' || item.readers === 'db') return true;
  if (item.readers === 'api') return false;
  return item.readers.every((r) => allowed.has(r));
}

/** May this reader see this canary here? */
function allowedHere(canary: Canary, item: Item, facts: AlertFacts): boolean {
  // Retention leaves nothing behind; ephemerals alone cannot be edited (Slack drops them itself).
  if (canary.redacted) return item.kind === 'ephemeral';
  // A source is often a phone number: shown whole to those who may know the source, never posted.
  if (canary.field === 'source detail') {
    if (item.kind === 'channel message' || item.kind === 'thread reply') return false;
    return readable(item, facts.allowed);
  }
  if (canary.kind !== 'word') return item.readers === 'trusted' || item.readers === 'db';
  return !facts.restricted || readable(item, WORKED.has(canary.field) ? facts.members : facts.allowed);
}

export interface Verdict {
  findings: Finding[];
  /** canary token → where it was found where allowed: 'slack' | 'api' | 'db'. */
  controls: Map<Canary, 'slack' | 'api' | 'db'>;
  itemsPerSurface: Map<string, number>;
}

export function judge(items: Item[], book: CanaryBook, facts: Map<number, AlertFacts>): Verdict {
  const findings: Finding[] = [];
  const controls = new Map<Canary, 'slack' | 'api' | 'db'>();
  const itemsPerSurface = new Map<string, number>();
  const rank = { slack: 3, api: 2, db: 1 };
  for (const item of items) {
    itemsPerSurface.set(item.kind, (itemsPerSurface.get(item.kind) ?? 0) + 1);
    for (const canary of book.find(item.text)) {
      const alert = facts.get(canary.alertId);
      if (!alert) continue;
      if (!allowedHere(canary, item, alert)) {
        findings.push({ check: 'canary', field: `${canary.field}${canary.kind === 'word' ? '' : ` (${canary.kind})`}`, surface: item.kind, where: item.where, what: `${canary.token} of ${alert.reference}${canary.redacted ? ' (redacted by retention)' : ''}` });
        continue;
      }
      const via = SLACK.has(item.kind) ? 'slack' : item.readers === 'trusted' ? 'api' : 'db';
      const before = controls.get(canary);
      if (!before || rank[via] > rank[before]) controls.set(canary, via);
    }
  }
  return { findings, controls, itemsPerSurface };
}

/** Grace works only restricted CRSV cases: her name may reach only the CRSV section. */
export function namedCheck(items: Item[], person: string, members: Set<string>): Finding[] {
  return items
    .filter((i) => i.text.includes(person) && (i.readers === 'api' || (Array.isArray(i.readers) && !i.readers.every((r) => members.has(r)))))
    .map((i) => ({ check: 'person working a restricted case named to non-members', surface: i.kind, where: i.where, what: person }));
}

/** Buttons acting on a restricted alert, shown to someone who may not act on it. */
export function actionCheck(items: Item[], facts: Map<number, AlertFacts>, alertOfTask: (task: number) => number): Finding[] {
  const out: Finding[] = [];
  for (const item of items) {
    if (!item.bot || !Array.isArray(item.readers)) continue;
    for (const b of item.buttons) {
      if (!/^(followup|reminder)\./.test(b.actionId)) continue;
      // Done carries the task's id; every other follow-up and reminder button the alert's.
      const alert = facts.get(b.actionId === 'followup.task_done' ? alertOfTask(Number(b.value)) : Number(b.value));
      if (alert?.restricted && !readable(item, alert.allowed)) out.push({ check: 'action on a restricted alert offered to a non-member', surface: item.kind, where: item.where, what: `${b.actionId} on ${alert.reference}` });
    }
  }
  return out;
}

/** Raw mrkdwn from user text (an @channel, a disguised link) in what Veille posts. */
export function mrkdwnCheck(items: Item[]): Finding[] {
  return items
    .filter((i) => i.bot && SLACK.has(i.kind) && /<!channel>|<https:\/\/evil\.example/.test(i.text))
    .map((i) => ({ check: 'user text posted as raw mrkdwn', surface: i.kind, where: i.where, what: /<!channel>/.test(i.text) ? '<!channel>' : '<https://evil.example…|…>' }));
}

/** A standard alert's card or thread naming a restricted alert (a duplicate link). */
export function linkCheck(items: Item[], standardCards: Map<string, string>, restrictedRefs: Set<string>): Finding[] {
  const out: Finding[] = [];
  for (const item of items) {
    let owner: string | undefined;
    if (item.kind === 'channel message' || item.kind === 'thread reply') {
      const key = /^(#\S+) (?:thread )?(\d+\.\d+)/.exec(item.where);
      owner = key ? standardCards.get(`${key[1]} ${key[2]}`) : undefined;
    } else if (item.kind === 'API answer') {
      // One standard alert as an API client without restricted:read reads it.
      const reference = /^GET \/alerts\/(A-\d+)$/.exec(item.where)?.[1];
      owner = reference && !restrictedRefs.has(reference) ? reference : undefined;
    }
    if (!owner) continue;
    for (const match of item.text.matchAll(/\bA-\d+\b/g)) {
      if (match[0] !== owner && restrictedRefs.has(match[0])) out.push({ check: 'restricted alert linked from a standard alert', surface: item.kind, where: item.where, what: `${match[0]} in the card or thread of ${owner}` });
    }
  }
  return out;
}

/** Reminders and escalations asking someone to act on a restricted alert they cannot act on. */
export function askCheck(items: Item[], facts: Map<number, AlertFacts>): Finding[] {
  const out: Finding[] = [];
  const byReference = new Map([...facts.values()].filter((a) => a.restricted).map((a) => [a.reference, a]));
  for (const item of items) {
    if (!item.bot || !Array.isArray(item.readers) || !/please (acknowledge|take ownership|add an update)|assign an owner|veuillez|merci d/i.test(item.text)) continue;
    for (const match of new Set(item.text.match(/\bA-\d+\b/g) ?? [])) {
      const alert = byReference.get(match);
      if (alert && !readable(item, alert.allowed)) out.push({ check: 'asked to act on a restricted alert they cannot act on', surface: item.kind, where: item.where, what: alert.reference });
    }
  }
  return out;
}
