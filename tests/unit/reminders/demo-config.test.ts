import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../../src/config/mission.js';
import { PRIORITIES } from '../../../src/domain/taxonomy.js';
import { durationMs } from '../../../src/reminders/policy.js';

const demo = loadMission('data/mission.demo.json');
const example = loadMission('data/mission.example.json');

describe('the demo mission (data/mission.demo.json)', () => {
  it('is the example mission with reminders in seconds', () => {
    expect(demo.sections).toEqual(example.sections);
    expect(demo.places).toEqual(example.places);
    expect(demo.actors).toEqual(example.actors);
    expect(demo.escalationChannel).toBe(example.escalationChannel);
  });

  it('sweeps every 10 seconds', () => {
    expect(demo.sweepSchedule).toBe('*/10 * * * * *');
    expect(cron.validate(demo.sweepSchedule)).toBe(true);
  });

  it('shows a newcomer a reminder within a minute of logging an alert of any priority', () => {
    for (const priority of PRIORITIES) {
      // The acknowledge window, plus at most one sweep interval before it is seen.
      expect(durationMs(demo.reminderPolicy[priority].acknowledgeWithin) + 10_000, priority).toBeLessThanOrEqual(60_000);
    }
    // And it escalates within a few minutes, so the whole path can be watched.
    expect(durationMs(demo.reminderPolicy.critical.acknowledgeWithin) * (demo.reminderPolicy.escalateAfter + 1)).toBeLessThanOrEqual(2 * 60_000);
  });
});
