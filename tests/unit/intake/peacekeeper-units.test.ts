import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Peacekeepers named as the mission's staff name them: by battalion (INDBATT, BANBATT, NEPBATT…), as a TCC or an
// FPU, or "un soldat indien de la MONUSCO". UN personnel: an attack on them is an attack on peacekeepers (never a
// group that did harm), and sexual exploitation or abuse by them a conduct matter. Invented sentences.
describe('a battalion, TCC or FPU is peacekeepers', () => {
  it.each([
    ['INDBATT patrol ambushed by M23 near Kiwanja, 1 peacekeeper injured', ['m23']],
    ['BANBATT position at Mavivi attacked by ADF overnight', ['adf']],
    ['Attaque contre la base du NEPBATT à Kamanyola, pas de victimes', []],
    ['URUBATT convoy hit by IED near Sake', []],
    ['TCC convoy stoned by youths at Kanyaruchinya', []],
    ['tirs contre la position pakbatt a bunia cette nuit', []],
  ])('%s', (text, doers) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('attack_on_peacekeepers');
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toEqual(doers);
    expect(r.conductMatter).toBe(false);
  });
});

describe('sexual exploitation or abuse by a battalion’s soldier or UN staff named by their job is a conduct matter', () => {
  it.each([
    'INDBATT soldier accused of having sex with a 15-year-old girl in Goma',
    'Woman alleges a BANBATT soldier fathered her child, Kiwanja',
    'Un soldat indien de la MONUSCO aurait violé une fille à Goma',
    'Allegation of sex-for-food involving a TCC member at Beni',
    'Rumour of blue helmets buying sex from girls near the Kalemie base',
    'a UN driver sexually exploiting a displaced woman at Bulengo',
    'UN official accused of demanding sexual favours from a job seeker in Goma',
    'Des casques bleus achètent du sexe auprès des filles déplacées à Sake',
  ])('%s', (text) => {
    expect(parseQuickReport(text, intake).conductMatter).toBe(true);
  });

  it.each([
    ['an MSF staff member raped a patient in Goma', 'crsv'],
    ['UN guards were threatened by armed men at the Kiwanja base', 'threat_intimidation'],
    ['combat entre FARDC et M23 à Kibumba', 'armed_group_movement'],
  ])('not: %s', (text, category) => {
    const r = parseQuickReport(text, intake);
    expect(r.conductMatter).toBe(false);
    expect(r.category).toBe(category);
  });
});

describe('ordnance peacekeepers cleared, or lying near their post, is an explosive hazard, not an attack on them', () => {
  it.each([
    'NEPBATT engineers removed an unexploded shell at Kamanyola',
    'MONUSCO engineers removed an unexploded shell at Kamanyola',
    'FPU destroyed a grenade found in Goma',
    'Les casques bleus ont détruit une bombe trouvée à Kamanyola',
    'UXO reported near the NEPBATT COB at Kamanyola',
    'Unexploded mortar round found 200m from the INDBATT base at Kiwanja, area cordoned',
    'Obus non explosé près de la base du PAKBATT à Bunia',
  ])('%s', (text) => {
    expect(parseQuickReport(text, intake).category).toBe('explosive_hazard');
  });

  it.each([
    'Mortar shells fired at the MONUSCO base in Sake, no casualties',
    'IED exploded under a MONUSCO vehicle near Mavivi, 2 peacekeepers injured',
    'URUBATT convoy hit by IED near Sake',
  ])('still an attack on them: %s', (text) => {
    expect(parseQuickReport(text, intake).category).toBe('attack_on_peacekeepers');
  });
});

// (the army's words beside a battalion are its peacekeepers: no FARDC, no HRDDP flag on the host army)
describe('a battalion’s soldiers are peacekeepers, not the host army', () => {
  it.each([
    'INDBATT soldiers beat a trader at Kiwanja',
    'Des militaires du NEPBATT ont frappé un motard à Kamanyola',
    'BANBATT troops accused of raping a woman near Mavivi',
  ])('%s', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).not.toContain('fardc');
    expect(r.hostState).toBe(false);
  });

  it('soldiers with no battalion named are still the host army', () => {
    expect(parseQuickReport('Soldiers beat a trader at Kiwanja', intake).perpetrators.map((p) => p.actorId)).toEqual(['fardc']);
  });
});
