import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// A camp named after its place is an IDP site, unless soldiers are named there and no displaced people:
// then it is their camp, and an IDP-site attack (critical) would be wrong.
describe("'au camp de X' with soldiers named and no displaced people is the soldiers' camp", () => {
  it.each([
    ['des éléments FARDC ont torturé un civil au camp de Rumangabo', 'torture_ill_treatment'],
    ["un civil battu par des militaires au camp de Rumangabo", 'torture_ill_treatment'],
  ])('%s', (text, category) => {
    const report = parse(text);
    expect(report.category).toBe(category);
    expect(report.priority).not.toBe('critical');
  });
  it.each([
    'des militaires ont tiré au camp de Bulengo, 2 déplacés blessés',
    'Attaque armée contre le site de Plaine Savo cette nuit',
    'hommes armés au site de Rhoe cette nuit, 3 blessés',
  ])('still an IDP site (displaced people named, or no soldiers: "attaque armée" is an armed attack): %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });
});

describe('"moved into" alone is no armed movement', () => {
  it('a family moving into a house is not armed men moving', () => {
    expect(parse('the family moved into a rented house in Beni').category).not.toBe('armed_group_movement');
  });
  it.each(['ADF moved into Mamove forest last night', 'armed men moved into the hills above Kamango'])('armed men moving into a place still are: %s', (text) => {
    expect(parse(text).category).toBe('armed_group_movement');
  });
});
