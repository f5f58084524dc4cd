import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// A force arresting those suspected of a crime answers the crime; it did not do it (C1/C2), whatever noun names the
// suspects ("the suspected killers", "les présumés assassins", "the alleged rapists") and wherever the crime's verb
// would otherwise be read after the force. One reading (constructions/suspects-arrested.ts) for every rule that asks.
// Invented sentences, both languages.
describe('a force arresting the suspects: no doer named', () => {
  it.each([
    ['FARDC arrested the suspected killers of the chief in Oicha'],
    ['FARDC arrested 3 suspected killers of the chief in Oicha'],
    ['Les FARDC ont arrêté les présumés assassins du chef à Oicha'],
    ['les FARDC ont arrete les presumes meurtriers du chef a Oicha'],
    ['Police arrested 2 alleged thieves in Beni market'],
    ['La PNC a interpellé les présumés auteurs du meurtre à Beni'],
    ['PNC arrested the alleged rapists of a girl in Beni'],
    ['La PNC a interpellé les présumés violeurs d\'une fille à Beni'],
    ['FARDC came and arrested the suspects in Oicha'],
  ])('%s', (text) => {
    expect(parseQuickReport(text, intake).perpetrators).toEqual([]);
  });

  // Look-alikes: the force that arrests people for an affiliation, or that comes and harms, is the doer.
  it.each([
    ['FARDC arrested 4 men suspected of being ADF collaborators in Oicha', ['fardc']],
    ['Les FARDC ont arrêté 3 jeunes soupçonnés d\'être des Mai-Mai à Lubero', ['fardc']],
    ['FARDC came and killed 2 in Oicha', ['fardc']],
    ['ADF killed 3 in Oicha, FARDC arrested 2 suspects', ['adf']],
  ])('%s: %j', (text, doers) => {
    expect(parseQuickReport(text, intake).perpetrators.map((p) => p.actorId)).toEqual(doers);
  });
});

// Who raped is named, so a rape is reported: the report is sexual violence and restricted, even when it is told as an
// arrest (fail closed). "voleurs" (thieves) is one letter from "violeurs" and is no such word.
describe('a rapist named: sexual violence, restricted', () => {
  it.each([
    ['police arrested a rapist in Beni'],
    ['un violeur arrêté à Beni hier'],
    ['the rapist of a 12-year-old girl was arrested in Beni'],
    ['La PNC a interpellé les présumés violeurs d\'une fille à Beni'],
    ['PNC arrested the alleged rapists of a girl in Beni'],
  ])('%s', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.sexualViolenceSignal).toBe(true);
    expect(r.sensitivity).toBe('restricted');
    expect(['crsv', 'child_violation']).toContain(r.category);
  });

  it.each([
    ['des voleurs ont cambriolé le bureau de l\'école de Nizi, ordinateurs emportés'],
    ['Deux présumés voleurs arrêtés par la police à Uvira'],
    ['thieves stole 3 goats in Lume'],
  ])('%s: no sexual violence', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.sexualViolenceSignal).toBe(false);
    expect(r.sensitivity).toBe('standard');
  });
});
