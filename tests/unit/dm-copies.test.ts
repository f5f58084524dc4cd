import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logAlert } from '../../src/alerts/flows.js';
import { ManualClock } from '../../src/clock.js';
import { loadMission } from '../../src/config/mission.js';
import type { Veille } from '../../src/context.js';
import { noVictims, type AlertDraft } from '../../src/domain/alert.js';
import type { FollowupDm } from '../../src/followup/facts.js';
import { createIntakeContext } from '../../src/intake/index.js';
import { silentLogger } from '../../src/log.js';
import { renderDmCopy } from '../../src/slack/render/dm-copy.js';
import { refreshDmCopies } from '../../src/store/dm-copies.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { enqueue, markSent } from '../../src/store/outbox.js';

/** The drawing of a DM copy of a card, and how its redrawing is queued (issue 18). */

const mission = loadMission('data/mission.example.json');
const intake = createIntakeContext(mission);
const T0 = Date.UTC(2026, 10, 22, 6, 0, 0);
const OLD = 'U0POCOFF01';
const NEW = 'U0CRSVADV1';

function draft(over: Partial<AlertDraft> = {}): AlertDraft {
  return {
    description: 'Armed men seen near the market',
    occurredAt: null,
    placeId: 'kamango',
    locationText: null,
    category: 'attack_on_civilians',
    subType: null,
    perpetrators: [],
    victims: noVictims(),
    priority: 'high',
    priorityOverridden: false,
    sourceType: null,
    sourceDetail: null,
    sensitivity: 'standard',
    reportedVia: 'quick_report',
    language: 'en',
    ...over,
  };
}

let db: Db;
let veille: Veille;
beforeEach(() => {
  db = openDatabase(':memory:');
  veille = { db, mission, clock: new ManualClock(T0), intake, log: silentLogger };
});
afterEach(() => db.close());

const ownerDm: FollowupDm = { about: 'followup_dm', reference: 'A-1', mayView: true, gift: { type: 'owner', by: null, due: null } };
const setOwner = (id: number, owner: string | null) => db.prepare("UPDATE alerts SET owner = ?, status = 'acknowledged' WHERE id = ?").run(owner, id);

describe('renderDmCopy', () => {
  it('is the card while the alert is its reader’s, with its buttons', () => {
    const { alert } = logAlert(veille, draft(), 'U0FOCALBNI');
    setOwner(alert.id, OLD);
    const drawn = renderDmCopy(veille, alert.id, ownerDm, { user: OLD, language: 'en', mayView: true })!;
    expect(drawn.text).toBe('👤 You own A-1 now.');
    expect(JSON.stringify(drawn.blocks)).toContain('*Owner*\\n<@U0POCOFF01>');
  });

  it('once another owns it: a short line naming them, in the reader’s language, without blocks', () => {
    const { alert } = logAlert(veille, draft(), 'U0FOCALBNI');
    setOwner(alert.id, NEW);
    expect(renderDmCopy(veille, alert.id, ownerDm, { user: OLD, language: 'en', mayView: true })).toEqual({ text: `👤 *A-1* is now owned by <@${NEW}>.`, blocks: [] });
    expect(renderDmCopy(veille, alert.id, ownerDm, { user: OLD, language: 'fr', mayView: true })).toEqual({ text: `👤 *A-1* est désormais suivie par <@${NEW}>.`, blocks: [] });
  });

  it('never names who works a restricted alert to someone who may not read it', () => {
    const { alert } = logAlert(veille, draft({ category: 'crsv', sensitivity: 'restricted' }), 'U0FOCALBNI');
    setOwner(alert.id, NEW);
    const drawn = renderDmCopy(veille, alert.id, ownerDm, { user: OLD, language: 'en', mayView: false })!;
    expect(drawn.text).toBe('👤 *A-1* is no longer yours.');
    expect(JSON.stringify(drawn)).not.toContain(NEW);
  });

  it('once it has no owner: says so', () => {
    const { alert } = logAlert(veille, draft(), 'U0FOCALBNI');
    expect(renderDmCopy(veille, alert.id, ownerDm, { user: OLD, language: 'en', mayView: true })!.text).toBe('👤 *A-1* is no longer yours: it has no owner now.');
  });

  it('a restricted alert read by someone who may not read it is drawn as its stub', () => {
    const { alert } = logAlert(veille, draft({ category: 'crsv', sensitivity: 'restricted', description: 'Canary-Stub-Word' }), 'U0FOCALBNI');
    setOwner(alert.id, OLD);
    const drawn = renderDmCopy(veille, alert.id, ownerDm, { user: OLD, language: 'en', mayView: false })!;
    expect(JSON.stringify(drawn)).not.toContain('Canary-Stub-Word');
    expect(JSON.stringify(drawn)).toContain('🔒 A-1');
  });
});

describe('refreshDmCopies', () => {
  const updates = () => db.prepare("SELECT payload FROM outbox WHERE kind = 'dm_copy_update' ORDER BY id").pluck().all() as string[];

  it('queues one edit per DM that has left, however many changes come before it is sent', () => {
    const { alert } = logAlert(veille, draft(), 'U0FOCALBNI');
    const dm = enqueue(db, T0, alert.id, { kind: 'dm', user: OLD, fact: ownerDm });
    expect(refreshDmCopies(db, alert.id, T0)).toBe(0); // not sent yet: drawn when it leaves
    markSent(db, dm, T0, { channel: 'D1', ts: '1.1' });
    expect(refreshDmCopies(db, alert.id, T0)).toBe(1);
    expect(refreshDmCopies(db, alert.id, T0)).toBe(0);
    expect(updates().map((p) => JSON.parse(p))).toEqual([{ kind: 'dm_copy_update', lane: `dm:${OLD}`, of: dm }]);
  });

  it('leaves alone a DM withdrawn by a restriction, and DMs that carry words, not a card', () => {
    const { alert } = logAlert(veille, draft(), 'U0FOCALBNI');
    const dm = enqueue(db, T0, alert.id, { kind: 'dm', user: OLD, fact: ownerDm });
    markSent(db, dm, T0, { channel: 'D1', ts: '1.1' });
    enqueue(db, T0, alert.id, { kind: 'retract_post', lane: `dm:${OLD}`, of: dm, text: '🔒 A-1 is now restricted' });
    const words = enqueue(db, T0, alert.id, { kind: 'dm', user: NEW, text: 'A reminder' });
    markSent(db, words, T0, { channel: 'D2', ts: '2.1' });
    expect(refreshDmCopies(db, alert.id, T0)).toBe(0);
    expect(updates()).toEqual([]);
  });
});
