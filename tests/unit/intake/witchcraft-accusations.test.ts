import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Mob justice against people accused of witchcraft (reports36, the sections' case register): the death blamed on
// them is the accusation's cause, not a victim of the report; the charge between the people and their harm does not
// hide the harm; "buried alive" is a killing. Invented sentences, both languages.
describe('the death that set off a witchcraft accusation is no victim of the report', () => {
  it.each([
    ["Kirumba: two men accused of witchcraft beaten by a crowd after a child's death, both admitted to hospital", 'torture_ill_treatment', { injured: 2 }],
    ['Lubero: a woman accused of witchcraft was beaten by neighbours after the death of a child', 'torture_ill_treatment', { injured: 1 }],
    ['Mangina: homme accusé de sorcellerie tué à la machette par des jeunes après le décès de 2 enfants au village, 3 suspects arrêtés', 'attack_on_civilians', { killed: 1 }],
    ["Kirumba: des jeunes ont incendié la maison d'une famille accusée de sorcellerie après la mort d'un élève; la famille a fui", 'looting_destruction', {}],
    ['mangina: vieille femme accusee de sorcellerie tabassee par la foule apres la mort de son petit fils', 'torture_ill_treatment', { injured: 1 }],
    ["Nioka: an old woman accused of witchcraft was buried alive by relatives after the death of a child; PNC arrested 4", 'attack_on_civilians', { killed: 1 }],
  ] as const)('%s', (text, category, counts) => {
    const r = parseQuickReport(text, intake);
    expect([r.category, ...r.alternatives]).toContain(category);
    expect(r.category).not.toBe('child_violation');
    expect(r.sensitivity).toBe('standard');
    expect(r.victims.childrenAffected).toBeNull();
    for (const [key, n] of Object.entries(counts)) expect(r.victims[key as keyof typeof r.victims]).toBe(n);
    if (!('killed' in counts)) expect(r.victims.killed).toBeNull();
  });

  // Look-alikes: the accused harmed are counted; with no accusation the death after "after" keeps its reading.
  it.each([
    'Beni: a crowd beat 2 children accused of witchcraft after the death of a neighbour',
    "Beni: deux enfants accusés de sorcellerie battus par la foule après le décès d'un voisin",
  ])('%s: the accused are counted', (text) => {
    expect(parseQuickReport(text, intake).victims.injured).toBe(2);
  });
  it.each([
    'Oicha: ADF killed 2 children after the death of their father',
    'Oicha: 2 enfants tués par les ADF après la mort de leur père',
  ])('%s: no accusation, the children stay counted', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.victims.childrenAffected).toBe(2);
    expect(r.victims.killed).toBeGreaterThanOrEqual(2);
  });
});

describe('the charge between the people and their harm: "a man accused of witchcraft killed by youths"', () => {
  it.each([
    ['a man accused of witchcraft killed by youths in Beni', 'killed', 1],
    ['Beni: un homme accusé de sorcellerie lynché par la population', 'killed', 1],
    ['un homme accusé de vol tué par la foule à Beni', 'killed', 1],
    ['2 hommes accusés de vol lynchés par la foule à Butembo', 'killed', 2],
    ['Butembo: a woman suspected of witchcraft was beaten by youths', 'injured', 1],
    ['une femme soupconnee de sorcellerie battue par des jeunes a Lubero', 'injured', 1],
  ] as const)('%s: %s %d', (text, key, n) => {
    expect(parseQuickReport(text, intake).victims[key]).toBe(n);
  });

  // The charge itself a harm, or a charge that goes on: what they are said to have done, not their harm.
  it.each([
    ['Raia Mutomboki accused of forced marriage and rape of 2 women in Shabunda', 'crsvSurvivors', 2],
    ['un homme accusé de viol tabassé par la foule à Beni', 'injured', 1],
  ] as const)('%s: %s %d', (text, key, n) => {
    expect(parseQuickReport(text, intake).victims[key]).toBe(n);
  });
});

describe('buried alive, enterré vivant: a killing', () => {
  it.each([
    ['une femme enterrée vivante à Beni par des jeunes', 1],
    ['3 personnes enterrées vivantes par les ADF à Eringeti', 3],
    ['un vieil homme brûlé vivant par la foule à Butembo', 1],
    ['an old man buried alive by relatives in Nioka', 1],
  ] as const)('%s: killed %d', (text, n) => {
    const r = parseQuickReport(text, intake);
    expect(r.victims.killed).toBe(n);
    expect(r.priority).toBe('high');
  });
});
