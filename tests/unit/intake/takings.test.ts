import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// "pris" with people after it is a taking, as "took 4 people" is; with anything else it takes no one.
describe('"ont pris N personnes": people taken in French', () => {
  it.each([
    ['Mai-Mai ont pris 5 personnes à Lubero hier soir', 5],
    ['CODECO a pris le chef du village de Pimbo', 1],
    ['les hommes armés ont pris trois cultivateurs dans les champs de Mamove', 3],
    ["des inconnus armés prirent deux commerçants sur l'axe Beni-Kasindi", 2],
  ])('%s', (text, abducted) => {
    const report = parse(text);
    expect(report.category).toBe('abduction');
    expect(report.priority).toBe('high');
    expect(report.victims.abducted).toBe(abducted);
  });
  it.each([
    ['la population a pris la fuite vers Beni', 'displacement'],
    ['bandits ont pris 3 chèvres à Lubero', 'looting_destruction'],
    ['M23 a pris position sur les collines de Kibumba', 'armed_group_movement'],
    ['ADF ont pris le contrôle de Kamango', 'armed_group_movement'],
    ['les FARDC ont pris 2 motos à Oicha', 'looting_destruction'],
  ])('look-alike, nobody taken: %s', (text, category) => {
    const report = parse(text);
    expect(report.category).toBe(category);
    expect(report.victims.abducted).toBeNull();
  });
  it.each([
    ['les FARDC ont pris 3 jeunes à Beni pour vérification', 'fardc'],
    ['la PNC a pris deux motards au rond-point de Beni', 'pnc'],
  ])('taken by the army or the police: held, not abducted (C23): %s', (text, force) => {
    const report = parse(text);
    expect(report.category).toBe('arbitrary_detention');
    expect(report.victims.abducted).toBeNull();
    expect(report.perpetrators.map((p) => p.actorId)).toContain(force);
  });
  it('"pris la fuite" with the army named does not erase the count of people abducted by others', () => {
    const report = parse("des hommes armés ont enlevé 3 personnes, la population a pris la fuite à l'arrivée des FARDC");
    expect(report.category).toBe('abduction');
    expect(report.victims.abducted).toBe(3);
  });
});
