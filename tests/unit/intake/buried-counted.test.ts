import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// The dead told by their burial: the victims buried were killed (a killing said: high when uncounted), and the number
// before them is the dead (critical from five). Invented sentences, both languages.
describe('victims buried are the dead', () => {
  it.each([
    ['burial of 5 victims of the ADF attack in Mamove', 5, 'critical'],
    ['Inhumation des 7 victimes du massacre de Mamove ce jour', 7, 'critical'],
    ['funerals of the 3 killed by ADF in Mamove held today', 3, 'high'],
    ['victims of the ADF attack at Mamove buried today', null, 'high'],
    ["les victimes de l'attaque ADF enterrées ce matin à Mamove", null, 'high'],
  ])('%s', (text, killed, priority) => {
    const r = parseQuickReport(text, intake);
    expect(r.victims.killed).toBe(killed);
    expect(r.priority).toBe(priority);
  });
});

describe('look-alikes: ordnance buried, bodies buried by responders, a death by illness', () => {
  it.each([
    ['IED buried in the road near Mavivi found by FARDC', 'explosive_hazard', 'medium'],
    ['Nyankunde: Red Cross volunteers threatened by youths while burying bodies, burial suspended', 'attack_on_humanitarians', 'medium'],
    ['burial of the chief of Mamove who died of illness', 'other', 'low'],
  ])('%s', (text, category, priority) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });
});
