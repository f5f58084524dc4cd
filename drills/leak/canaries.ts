/**
 * Canaries: unique words planted in every free-text field of the leak drill's alerts, each with a
 * phone number and an e-mail address, so a scan of any text can say which alert and which field
 * it came from. Tokens are found by pattern (one pass over the text), not by searching for each.
 */

export const FIELDS = [
  'description',
  'location text',
  'place override',
  'free-text perpetrator',
  'source detail',
  'update',
  'task',
  'response unit',
  'response outcome',
  'verification note',
  'closure note',
] as const;
export type Field = (typeof FIELDS)[number];

/** What a planted string is: the field's own word, or the phone / e-mail written beside it. */
type CanaryKind = 'word' | 'phone' | 'email';

export interface Canary {
  token: string;
  alertId: number;
  field: Field;
  kind: CanaryKind;
  /** Retention redacted it (or must have): it may remain nowhere. */
  redacted?: boolean;
  /** Written by someone who may not act on the alert: the step must be refused, the text never stored. */
  mustBeRefused?: string;
}

const CODES: Record<Field, string> = {
  description: 'DESC',
  'location text': 'LOC',
  'place override': 'PLC',
  'free-text perpetrator': 'PERP',
  'source detail': 'SRC',
  update: 'UPD',
  task: 'TSK',
  'response unit': 'UNIT',
  'response outcome': 'OUT',
  'verification note': 'VER',
  'closure note': 'CLS',
};

const WORD = /Kq[A-Z]+\d+z/g;
// Without its '+' too: a phone split or trimmed by a parser is still the same phone.
const PHONE = /\+?243 99 \d{4} \d{3}/g;
const key = (token: string) => token.toLowerCase().replace(/^\+/, '');
const EMAIL = /wk\d+x\d+@/gi;

export class CanaryBook {
  readonly all: Canary[] = [];
  private readonly byToken = new Map<string, Canary>();
  private serial = 0;

  /**
   * A fresh canary text for one field of one alert: `KqDESC12z call +243 99 0012 003 or
   * wk12x3@example.org`. The alert id is given once known (API and form alerts learn it after).
   */
  plant(field: Field, alertId = 0, withContact = true): { text: string; canaries: Canary[] } {
    const n = ++this.serial;
    const word: Canary = { token: `Kq${CODES[field]}${n}z`, alertId, field, kind: 'word' };
    const planted = [word];
    let text = word.token;
    if (withContact) {
      const phone: Canary = { token: `+243 99 ${String(n).padStart(4, '0')} ${String(FIELDS.indexOf(field)).padStart(3, '0')}`, alertId, field, kind: 'phone' };
      const email: Canary = { token: `wk${n}x${FIELDS.indexOf(field)}@`, alertId, field, kind: 'email' };
      planted.push(phone, email);
      text += ` call ${phone.token} or ${email.token}example.org`;
    }
    for (const c of planted) {
      this.all.push(c);
      this.byToken.set(key(c.token), c);
    }
    return { text, canaries: planted };
  }

  /** Sets the alert of canaries planted before the alert had its id. */
  attach(canaries: Canary[], alertId: number): void {
    // An alert that was not logged: its canaries were placed nowhere (-1), and are not judged.
    for (const c of canaries) c.alertId = alertId || -1;
  }

  /** Every planted canary in a text, each once. */
  find(text: string): Canary[] {
    const found = new Set<Canary>();
    for (const pattern of [WORD, PHONE, EMAIL]) {
      for (const match of text.matchAll(pattern)) {
        const canary = this.byToken.get(key(match[0]));
        if (canary) found.add(canary);
      }
    }
    return [...found];
  }

  ofAlert(alertId: number): Canary[] {
    return this.all.filter((c) => c.alertId === alertId);
  }
}
