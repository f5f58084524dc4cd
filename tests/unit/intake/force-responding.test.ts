import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const doers = (text: string) => parseQuickReport(text, intake).perpetrators.map((p) => p.actorId ?? p.name);

// The host army or police named in a clause of their own that tells no harm, when another actor did the harm,
// responded or were only there: no perpetrator, no HRDDP flag (C1, C2). Invented sentences, both languages.
describe('a host force that only responds to another actor’s harm is no perpetrator', () => {
  it.each([
    ['ADF attacked Mayangose overnight, 4 civilians killed; FARDC intervened and the attackers fled', ['adf']],
    ['ADF attack on Mbau, 4 killed. FARDC in pursuit', ['adf']],
    ['M23 shelled Kibumba, 2 civilians killed, FARDC positions nearby', ['m23']],
    ['Wazalendo abducted 3 traders near Kanyabayonga; FARDC commander informed', ['wazalendo']],
    ['CODECO attack on Djugu village, 5 dead, FARDC reinforcements sent', ['codeco']],
    ['Les ADF ont enlevé 5 personnes près de la position FARDC de Kokola', ['adf']],
    ['attaque des CODECO à Djugu, 3 morts; renforts FARDC envoyés', ['codeco']],
    ['Mai-Mai ont pillé des boutiques à Lubero. La PNC est arrivée après leur départ', ['mai-mai']],
    ['APCLS fighters looted Nyabiondo; FARDC patrol on the way', ['APCLS']],
  ])('%s', (text, expected) => {
    const r = parseQuickReport(text, intake);
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toEqual(expected);
    expect(r.hostState).toBe(false);
  });
});

describe('look-alikes: the force did harm in its own clause, fought, or is the only one named', () => {
  it.each([
    ['ADF attacked Mbau at night; FARDC soldiers later beat 2 youths accused of helping them', ['adf', 'fardc']],
    ['Après l’attaque des ADF à Mbau, les FARDC ont arrêté 10 jeunes', ['adf', 'fardc']],
    ['Clashes between ADF and FARDC at Mbau, 3 civilians killed', ['adf', 'fardc']],
    ['ADF attacked Mbau; FARDC responded, heavy fighting, 3 civilians killed in crossfire', ['adf', 'fardc']],
    ['FARDC soldiers looted shops in Lubero', ['fardc']],
  ])('%s', (text, expected) => {
    expect([...doers(text)].sort()).toEqual([...expected].sort());
  });
});

describe('the force’s post named as where it happened is a landmark, and civilians killed near it are civilians', () => {
  it.each([
    ['2 farmers killed near the FARDC camp at Mbau', []],
    ['2 cultivateurs tués près du camp FARDC de Mbau', []],
    ['ADF elements killed 2 farmers in the fields near the FARDC position at Mbau', ['adf']],
    ['Les ADF ont tué 2 cultivateurs près de la position FARDC de Mbau', ['adf']],
  ])('%s', (text, expected) => {
    const r = parseQuickReport(text, intake);
    expect(r).toMatchObject({ category: 'attack_on_civilians', priority: 'high', victims: { killed: 2 } });
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toEqual(expected);
  });
  it.each([
    // (an attack on the post itself with only soldiers harmed stays fighting: C21, C4)
    ['ADF attacked fardc position mamove, repelled, 2 soldiers killed', 'armed_group_movement', ['adf']],
    // (soldiers who did the harm near their own camp are the doers)
    ['FARDC soldiers near their camp at Mbau beat 2 farmers', 'torture_ill_treatment', ['fardc']],
  ])('look-alike: %s', (text, category, expected) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe(category);
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toEqual(expected);
  });
});

// (a road blocked by protesters is their protest, not an access denial: categories/protest-only.ts)
describe('a road blocked to protest, the road said after the verb', () => {
  it('les jeunes ont bloqué la route pour protester', () => {
    expect(parseQuickReport('Kiwanja: les jeunes ont bloqué la route pour protester contre l insécurité', intake).category).toBe('other');
  });
  it('look-alike: armed men blocking the road deny access', () => {
    expect(parseQuickReport('des hommes armés ont bloqué la route de Kiwanja, les camions ne passent plus', intake).category).toBe('access_denial');
  });
});
