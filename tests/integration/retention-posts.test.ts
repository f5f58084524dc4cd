import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { REDACTED } from '../../src/retention/policy.js';
import type { Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { command, report } from './followup-helpers.js';
import { everythingSeen } from './seen.js';

/**
 * Retention reaches everything that kept an alert's words: not only the alert, its events, tasks
 * and responses, but the outbox rows that carried its thread replies and DMs — and what was
 * written after a redacted alert was reopened.
 */

const { pocOfficer, hrOfficer, pocLead } = PEOPLE;
const at = (p: { id: string; name: string }) => `<@${p.id}|${p.name}>`;
const DAY = 86_400_000;

let v: Running;
startVeilleForEachTest((running) => (v = running));

/** Every place the database keeps free text about alert 1, as one string. */
function stored(): string {
  const rows = [
    v.db.prepare('SELECT description, location_text, closure_note, perpetrators FROM alerts WHERE id = 1').get(),
    v.db.prepare('SELECT text FROM tasks WHERE alert_id = 1').all(),
    v.db.prepare('SELECT outcome FROM response_actions WHERE alert_id = 1').all(),
    v.db.prepare('SELECT data FROM events WHERE alert_id = 1').all(),
    v.db.prepare('SELECT payload FROM outbox WHERE alert_id = 1').all(),
  ];
  return JSON.stringify(rows);
}

/** Runs the nightly job at 02:00 Kinshasa on the day `days` after now, and sends what it queued. */
async function nightlyAfter(days: number): Promise<void> {
  const day = new Date(v.clock.now() + days * DAY);
  v.clock.set(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 1, 0));
  await v.runtime.tick();
  await v.settle();
}

const slackText = () => everythingSeen(v).map((s) => s.text).join('\n');

describe('retention and the posts an alert caused', () => {
  it('redacts the stored payloads of sent thread replies and DMs, not only the messages in Slack', async () => {
    await report(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected');
    await command(v, `assign A-1 ${at(pocOfficer)}`, pocLead.id);
    await command(v, 'update A-1 Chief Mumbere hid the children in the church', pocOfficer.id);
    await command(v, `task A-1 ${at(hrOfficer)} Interview Chief Mumbere about the children`, pocOfficer.id);
    await command(v, 'close A-1 resolved Chief Mumbere and the children moved to Oicha', pocLead.id);
    // Control: the words were stored in the outbox and posted.
    expect(v.db.prepare("SELECT COUNT(*) FROM outbox WHERE alert_id = 1 AND kind IN ('thread', 'dm') AND payload LIKE '%Mumbere%'").pluck().get()).toBeGreaterThan(3);
    expect(slackText()).toContain('Mumbere');

    await nightlyAfter(366);
    expect(getAlert(v.db, 1)!.description).toBe(REDACTED);
    expect(stored()).not.toContain('Mumbere');
    expect(stored()).not.toContain('children');
    expect(slackText()).not.toContain('Mumbere');
  });

  it('redacts what was written after a redacted alert was reopened, once it is past retention again', async () => {
    await report(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected');
    await command(v, 'close A-1 resolved Patrol deployed, calm returned', pocLead.id);
    await nightlyAfter(366);
    expect(getAlert(v.db, 1)!.description).toBe(REDACTED);

    // Reopened a while later: new words about new people.
    v.clock.advance(10 * DAY);
    await command(v, 'reopen A-1', pocLead.id);
    await command(v, 'update A-1 Witness Kavira Masika threatened again near the market', pocOfficer.id);
    await command(v, `task A-1 ${at(hrOfficer)} Visit Kavira Masika`, pocOfficer.id);
    await command(v, 'close A-1 resolved Kavira Masika relocated by the protection team', pocLead.id);
    expect(stored()).toContain('Kavira');
    expect(slackText()).toContain('Kavira');

    // Not before the period has passed again…
    await nightlyAfter(30);
    expect(stored()).toContain('Kavira');
    // …and on the first night after it.
    await nightlyAfter(340);
    expect(stored()).not.toContain('Kavira');
    expect(slackText()).not.toContain('Kavira');
    expect(v.db.prepare("SELECT COUNT(*) FROM events WHERE alert_id = 1 AND type = 'redacted'").pluck().get()).toBe(2);
  });
});
