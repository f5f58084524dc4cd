import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// An armed group named with no word of harm, fear or denial: its presence is the report, whatever verb
// says it (sightings are told with verbs no list holds).
describe('an armed group named and nothing else: a movement or presence report', () => {
  it.each([
    ['Mai-Mai Kifuafua au marché de Pinga ce matin', 'mai-mai'],
    ['ADF elements glimpsed along the Mayangose forest edge near Oicha', 'adf'],
    ['CODECO wameonekana karibu na Fataki jana usiku', 'codeco'],
    ['Some M23 were hanging around the Kibumba junction at dusk', 'm23'],
    ['des éléments CODECO rôdent autour de Lopa depuis hier', 'codeco'],
  ])('%s', (text, group) => {
    const report = parseQuickReport(text, intake);
    expect(report.category).toBe('armed_group_movement');
    expect(report.priority).toBe('medium');
    expect(report.perpetrators.map((p) => p.actorId ?? p.name)).toContain(group);
  });
  it.each([
    ['On craint une attaque des CODECO sur Fataki'],
    ['ADF ont attaqué un véhicule MONUSCO près de Komanda? faux, c était un accident de circulation'],
    ['Réunion de sensibilisation avec les FARDC et la société civile à Beni'],
  ])('look-alike, not a presence: %s', (text) => {
    expect(parse(text).category).not.toBe('armed_group_movement');
  });
  it.each([
    ['Situation calme à Eringeti, pas de mouvement ADF signalé'],
    ['Eringeti calm, no ADF movement reported'],
    ['Eringeti calm, no ADF seen today'],
    ['aucun mouvement des CODECO signalé autour de Fataki'],
    ['no sign of M23 near Kibumba today'],
  ])('a group said to be absent is no movement and did nothing: %s', (text) => {
    const report = parse(text);
    expect(report.category).toBe('other');
    expect(report.priority).toBe('low');
    expect(report.perpetrators).toEqual([]);
  });
  it('a presence read with no category word still asks, offering the other likely categories, never the one chosen', () => {
    const report = parse('Mai-Mai Kifuafua au marché de Pinga ce matin');
    expect(report.unsure).toContain('no_category');
    expect(report.alternatives.length).toBeGreaterThan(0);
    expect(report.alternatives).not.toContain('armed_group_movement');
  });
  it('a group seen, with a movement said not to have happened elsewhere, is still a movement', () => {
    expect(parse('ADF seen near Eringeti, no movement towards town').category).toBe('armed_group_movement');
  });
});
