import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// "déplacées" after the people says who they are; the harm told "sur"/"contre" them owns the count.
describe('a harm against counted displaced people counts them as its victims, not as displaced', () => {
  it.each([
    ['viols contre 2 femmes déplacées à Kanyaruchinya', 2],
    ['violences sexuelles sur 3 femmes déplacées au site de Rhoe', 3],
    ['sexual violence against 4 displaced women in Bulengo', 4],
  ])('%s', (text, survivors) => {
    const report = parse(text);
    expect(report.category).toBe('crsv');
    expect(report.sensitivity).toBe('restricted');
    expect(report.victims).toMatchObject({ crsvSurvivors: survivors, displaced: null });
  });
  it('people counted as displaced are still the displaced', () => {
    expect(parse('500 personnes déplacées à Kanyaruchinya').victims.displaced).toBe(500);
  });
});
