import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// t36d: classes taught on reports36 and the lead's known classes, invented sentences in both languages (and Swahili/SMS),
// with the look-alikes that must not change.

describe('an age after one person is never a count, whichever harm reader reads it (victims/ages.ts ageNotCount)', () => {
  it.each([
    ['woman 60 beaten by soldiers in Beni', 'injured'],
    ['old man 70 beaten by police at Beni market', 'injured'],
    ['woman 60 badly beaten by police in Beni', 'injured'],
    ['widow 65 accused of witchcraft beaten at Beni', 'injured'],
    ['femme 60 tabassée par des militaires à Beni', 'injured'],
    ['homme 60 tabassé par des militaires à Beni', 'injured'],
    ['femme 50 fouettée à Beni', 'injured'],
    ['man 38 stabbed at Beni', 'injured'],
    ['woman 50 hacked with machete at Beni', 'injured'],
    ['femme 35 poignardée à Beni', 'injured'],
    ['woman 45 shot dead in Beni', 'killed'],
    ['boy 15 shot dead in Beni', 'killed'],
    ['homme 45 abattu à Beni', 'killed'],
    ['mzee 70 aliuawa Beni', 'killed'],
    ['mama 50 alijeruhiwa Beni', 'injured'],
    ['mwanamke 40 alipigwa na askari Beni', 'injured'],
    ['woman 22 gang raped by 3 men at Beni', 'crsvSurvivors'],
    ['msichana wa miaka 12 alibakwa Beni', 'crsvSurvivors'],
    ['mtoto wa miaka 10 aliuawa Beni', 'killed'],
    ['mzee wa miaka 70 alitekwa Beni', 'abducted'],
    ['msichana wa miaka 15 alitekwa na ADF', 'abducted'],
  ] as const)('%s: one person, the number is their age', (text, key) => {
    const v = parse(text).victims;
    expect(v[key]).toBe(1);
    for (const other of ['killed', 'injured', 'abducted', 'crsvSurvivors'] as const) if (other !== key) expect(v[other]).toBeNull();
  });

  it.each([
    ['msichana wa miaka 12 alibakwa Beni', 'crsvSurvivors'],
    ['mtoto wa miaka 10 aliuawa Beni', 'killed'],
    ['boy 15 shot dead in Beni', 'killed'],
  ] as const)('%s: the child is counted too', (text, key) => {
    const v = parse(text).victims;
    expect(v[key]).toBe(1);
    expect(v.childrenAffected).toBe(1);
  });

  it.each([
    ['60 beaten by soldiers in Beni', 'injured', 60],
    ['3 women beaten by soldiers in Beni', 'injured', 3],
    ['the soldiers beat 4 women at Beni market', 'injured', 4],
    ['wamepiga wanawake 4 Beni', 'injured', 4],
    ['5 shot at Beni, 2 of them died', 'injured', 3],
    ['45 killed by ADF at Beni', 'killed', 45],
    ['2 tabassés par des militaires à Beni', 'injured', 2],
    ['deux femmes fouettées à Beni', 'injured', 2],
    ['3 hommes poignardés à Beni', 'injured', 3],
    ['woman and 3 children killed by ADF at Beni', 'killed', 4],
  ] as const)('look-alike, a number that counts people stays a count: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});
