import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// The police or soldiers who carry the dead or the wounded, or take someone to care, respond: nobody is held, and
// they are no doers (C1, C2) — read as a detention, the wounded made it ill-treatment by the police (HRDDP flag).
describe('the dead or the wounded carried by the police or the army, or carried to care', () => {
  it.each([
    '3 civilians wounded in Mavivi, the wounded were taken by the police to Beni hospital',
    'the wounded were taken by the police to Beni hospital',
    'les blessés emmenés par les militaires à l\'hôpital de Beni',
    'deux blessés embarqués par la police vers l\'HGR de Beni',
    'an injured woman was taken by soldiers to the health centre of Oicha',
  ])('is no detention, no ill-treatment, and names no doer: %s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('arbitrary_detention');
    expect(r.category).not.toBe('torture_ill_treatment');
    expect(doers(text)).not.toContain('pnc');
    expect(doers(text)).not.toContain('fardc');
  });

  it.each([
    ['young man taken by police in Beni last night', 'pnc'],
    ['3 jeunes emmenés par les militaires à Kiwanja', 'fardc'],
    ['2 students taken by soldiers to their camp at Rumangabo', 'fardc'],
  ])('look-alike, people taken by them elsewhere are held (C23): %s', (text, doer) => {
    expect(parse(text).category).toBe('arbitrary_detention');
    expect(doers(text)).toContain(doer);
  });
});

// A hospital the wounded were carried to is where they are cared for, not a facility attacked (C13 needs the facility
// to be the target): no child violation, no restriction.
describe('the hospital the wounded were carried to is no attacked facility', () => {
  it.each([
    '3 wounded from the Mbau attack evacuated to Beni hospital',
    '3 blessés de l’attaque de Mbau évacués à l’HGR de Beni',
    '3 wounded from the attack taken to Oicha health centre',
    'attaque à Mbau, 2 blessés transférés au centre de santé de Oicha',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'attack_on_civilians', priority: 'medium', sensitivity: 'standard' });
  });
  it.each(['ADF attacked Mbau hospital', 'Mai-Mai looted the health centre where the wounded were treated', 'les ADF ont attaqué l’hôpital de Mbau'])('look-alike, the facility attacked (C13): %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'child_violation', sensitivity: 'restricted' });
  });
});
