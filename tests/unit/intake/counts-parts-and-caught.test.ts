import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const victims = (text: string) => parseQuickReport(text, intake).victims;

// A part of a toll ("dont 2 femmes") is not added to the next count ("et 4 blessés"); people caught before the harm
// ("interceptés et emmenés") are counted by the harm. Invented sentences, both languages, with look-alikes.
describe('a part of the toll is not added to the next count', () => {
  it.each([
    ['3 morts dont 2 femmes et 4 blessés à Mbau', 3, 4],
    ['3 dead including 2 women and 4 wounded in Mbau', 3, 4],
    ['bilan: 5 morts dont 3 enfants et 11 blessés évacués', 5, 11],
    ['2 killed incl 1 child and 6 injured in Oicha', 2, 6],
  ])('%s', (text, killed, injured) => {
    expect(victims(text)).toMatchObject({ killed, injured });
  });
  it.each([
    ['14 civils dont 3 femmes et 2 enfants tués à Mbau', 14],
    ['14 civilians including 3 women and 2 children killed in Mbau', 14],
    ['14 civils dont des femmes et des enfants tués à Mbau', 14],
  ])('look-alike, the list inside the toll: %s', (text, killed) => {
    expect(victims(text).killed).toBe(killed);
  });
  it('look-alike, two groups sharing the verb are summed', () => {
    expect(victims('2 femmes et 4 hommes blessés à Mbau').injured).toBe(6);
  });
});

describe('people caught before the harm are counted by the harm', () => {
  it.each([
    ['3 motorcyclists were intercepted and taken into the bush by ADF', 'abducted', 3],
    ['3 motards interceptés et emmenés par les ADF', 'abducted', 3],
    ['3 motards ont été interceptés puis enlevés par les ADF', 'abducted', 3],
    ['5 passagers ligotés et égorgés par les ADF', 'killed', 5],
    ['4 farmers tied and beaten by militiamen in Oicha', 'injured', 4],
  ] as const)('%s', (text, key, value) => {
    expect(victims(text)[key]).toBe(value);
  });
  it('look-alike, robbed is no count of the harmed', () => {
    expect(victims('3 motorcyclists intercepted and robbed by ADF').abducted ?? null).toBeNull();
  });
});

// SMS glues an age to its unit and writes "d'une" as "d1": the age still makes a child, the article one person.
describe('an age glued to its unit, and "d1" for "d’une"', () => {
  it.each([
    ['viol d1 fille de 13ans par 2 hommes armes a oicha', { crsvSurvivors: 1, childrenAffected: 1 }],
    ['enlevement d1 enfant de 12ans a Mbau par les ADF', { abducted: 1, childrenAffected: 1 }],
    ['boy 12yrs abducted by ADF in Mbau', { abducted: 1, childrenAffected: 1 }],
  ])('%s', (text, counts) => {
    const r = parseQuickReport(text, intake);
    expect(r.victims).toMatchObject(counts);
    expect(r.sensitivity).toBe('restricted');
  });
  it('look-alikes: a time and a woman of 25 stay as they were', () => {
    expect(victims('10h30: 2 tues a Mbau').killed).toBe(2);
    expect(parseQuickReport('viol d1 femme de 25ans a Oicha', intake)).toMatchObject({ category: 'crsv', victims: { crsvSurvivors: 1 } });
  });
});

// A sum of money is no count of people; goods taken take nobody. Both had put figures in the digests that no one saw.
describe('money and goods are not people', () => {
  it.each([
    'Wazalendo demand 1000 FC per moto at Kanyabayonga and threaten to beat those who refuse',
    'les wazalendo exigent 1000 FC par moto et menacent de frapper ceux qui refusent',
  ])('%s', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('threat_intimidation');
    expect(r.victims.injured ?? null).toBeNull();
  });
  it.each(['armed men shot 2 farmers and took their goats in Mbau', 'Mai-Mai took 20 goats in Mbau'])('goods taken: %s', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('looting_destruction');
    expect(r.victims.abducted ?? null).toBeNull();
  });
  it.each([
    ['3 civilians killed at Kasindi barrier for refusing to pay 500 FC', 'killed', 3],
    ['ADF took 5 farmers into the bush near Mbau', 'abducted', 5],
    ['ADF took the chief of Mbau', 'abducted', 1],
  ] as const)('look-alike, people counted: %s', (text, key, value) => {
    expect(victims(text)[key]).toBe(value);
  });
});

// A person shot, with no aux ("2 civilians shot by unknown gunmen", "a moto driver shot by a soldier") is an attack on
// civilians; whether dead or wounded is not said, so no count (the corpus convention, en4-012).
describe('a person shot is an attack, the count left unknown', () => {
  it.each([
    ['2 civilians shot by unknown gunmen in Mbau', []],
    ['a moto driver shot by a soldier at Kasindi, taken to hospital', ['fardc']],
    ['2 farmers shot in Mbau', []],
  ])('%s', (text, doers) => {
    const r = parseQuickReport(text, intake);
    expect(r).toMatchObject({ category: 'attack_on_civilians', priority: 'medium' });
    expect(r.perpetrators.map((p) => p.actorId ?? p.name).filter((d) => d !== 'unknown')).toEqual(doers);
    expect(r.victims.injured ?? null).toBeNull();
  });
  it('look-alike: shots fired in the air by soldiers are no attack on civilians', () => {
    expect(parseQuickReport('soldiers shot in the air to disperse the crowd', intake).category).not.toBe('attack_on_civilians');
  });
});
