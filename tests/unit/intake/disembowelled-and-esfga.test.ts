import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// "Éventrée" (disembowelled) is a killing: "une femme enceinte éventrée par les ADF" had read an armed-group movement with
// no one killed. ESFGA ("enfants sortis des forces et groupes armés", children who left an armed group) are children
// recruited: "2 ESFGA remis à MONUSCO" went out STANDARD as a movement. Invented sentences, both languages.
describe('disembowelled is killed; ESFGA are recruited children (restricted)', () => {
  it.each([
    ['une femme enceinte éventrée par les ADF', 1],
    ['3 femmes eventrees par les ADF a Mamove', 3],
    ['ADF disembowelled a pregnant woman in Oicha', 1],
  ] as const)('%s', (text, killed) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.victims.killed).toBe(killed);
    expect(r.perpetrators.map((p) => p.actorId)).toEqual(['adf']);
  });

  it.each([
    ['2 ESFGA remis à MONUSCO par les Mai-Mai à Lubero', 2],
    ['Lubero: 6 ESFGAs handed over to Child Protection by the Mai-Mai', 6],
  ] as const)('%s', (text, children) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
    expect(r.victims.childrenAffected).toBe(children);
  });
});
