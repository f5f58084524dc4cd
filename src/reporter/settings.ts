import type { Db } from '../store/db.js';
import { statement } from '../store/db.js';
import { recordEvent } from '../store/events.js';

/** `/alert notify off|on`: whether a Slack reporter hears of their own reports. No row is on. */

export function notifies(db: Db, user: string): boolean {
  const row = statement(db, 'SELECT notify FROM reporter_settings WHERE user = ?').pluck().get(user) as number | undefined;
  return row !== 0;
}

/** Sets it, with its audit event, in one transaction; returns whether it changed. */
export function setNotify(db: Db, user: string, notify: boolean, at: number): boolean {
  return db.transaction(() => {
    if (notifies(db, user) === notify) return false;
    statement(db, 'INSERT INTO reporter_settings (user, notify, updated_at) VALUES (?, ?, ?) ON CONFLICT (user) DO UPDATE SET notify = excluded.notify, updated_at = excluded.updated_at').run(
      user,
      notify ? 1 : 0,
      at,
    );
    recordEvent(db, { alertId: null, at, actor: user, type: 'reporter_notify', data: { notify } });
    return true;
  })();
}
