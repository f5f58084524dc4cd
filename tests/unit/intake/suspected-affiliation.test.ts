import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Civilians arrested by the police or the army for an affiliation suspected (links with, collaboration with, being an
// armed group's) are an arbitrary detention, the force its doer (C1, C2); thieves or killers "suspected" and caught are
// the force's response (law and order, no doer). Invented sentences, both languages.
describe('arrested for an affiliation suspected: a detention', () => {
  it.each([
    ['FARDC detained 4 men suspected of ADF links in Oicha'],
    ['FARDC arrested 4 men suspected of being ADF collaborators in Oicha'],
    ['Police arrested 6 youths suspected of links with Mai-Mai in Lubero'],
    ['La police a arrêté 6 jeunes soupçonnés de collaboration avec les Mai-Mai à Lubero'],
  ])('%s', (text) => {
    expect(parseQuickReport(text, intake).category).toBe('arbitrary_detention');
  });

  it('names the police who arrested them', () => {
    expect(parseQuickReport('Police arrested 6 youths suspected of links with Mai-Mai in Lubero', intake).perpetrators.map((p) => p.actorId)).toEqual(['pnc']);
  });

  // The force named first and "suspected of being…" after: the arrest is the incident, not a response to one; the group of
  // the charge, said with a verb or a noun ("on suspicion of", "pour soupçon de", "sous l'accusation de"), did nothing.
  it.each([
    ['FARDC arrested 4 men suspected of being ADF collaborators in Oicha', ['fardc']],
    ['FARDC arrested 4 men suspected of being ADF in Oicha', ['fardc']],
    ['FARDC ont arrêté 3 jeunes soupçonnés d\'être des Mai-Mai à Lubero', ['fardc']],
    ['3 men arrested by FARDC on suspicion of being ADF, Beni', ['fardc']],
    ['PNC detained 2 youths on charges of collaborating with M23 in Goma', ['pnc']],
    ['Arrestation de 4 jeunes par les FARDC pour soupçon d\'appartenance aux Mai-Mai à Lubero', ['fardc']],
    ['Les FARDC ont arrêté 3 civils sous l\'accusation d\'être des CODECO à Djugu', ['fardc']],
  ])('%s: a detention by %j', (text, doers) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.perpetrators.map((p) => p.actorId)).toEqual(doers);
  });

  it('keeps the doer of a suspicion that is no charge against the victims', () => {
    const r = parseQuickReport('ADF attacked Oicha on suspicion that residents support FARDC, 3 killed', intake);
    expect(r.perpetrators.map((p) => p.actorId)).toEqual(['adf']);
    expect(r.victims.killed).toBe(3);
  });
});

describe('look-alikes: thieves or bandits suspected and caught are law and order', () => {
  it.each([
    ['Police arrested two suspected thieves in Beni'],
    ['arrestation de 3 présumés bandits armés, acheminés au parquet'],
  ])('%s', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('other');
    expect(r.perpetrators).toEqual([]);
  });
});
