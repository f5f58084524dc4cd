import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/errors.js';
import { loadMission } from '../../../src/config/mission.js';
import { missionJsonSchema } from '../../../src/config/write-schema.js';

const example = JSON.parse(readFileSync('data/mission.example.json', 'utf8'));

function missionWith(intake: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'veille-kobo-config-'));
  copyFileSync('data/gazetteer.json', join(dir, 'gazetteer.json'));
  const path = join(dir, 'mission.json');
  writeFileSync(path, JSON.stringify({ ...example, intake }));
  return path;
}

function startUpError(intake: unknown): string {
  try {
    loadMission(missionWith(intake));
  } catch (error) {
    if (error instanceof ConfigError) return error.message.replace(/^.*mission\.json: /, '');
    throw error;
  }
  throw new Error('expected the config to be refused');
}

const form = { id: 'aBcD3fGh4iJk5LmN6oPq7r', fields: { description: 'what_happened', place: 'village', killed: 'incident/nb_tues' } };

describe('intake.kobo.forms in the mission config', () => {
  it('is optional, and a form mapping is taken as written', () => {
    expect(loadMission('data/mission.example.json').intake).toBeUndefined();
    const mission = loadMission(missionWith({ kobo: { forms: [{ ...form, name: 'CAN alert form' }] } }));
    expect(mission.intake?.kobo?.forms).toEqual([{ ...form, name: 'CAN alert form' }]);
  });

  it('stops start-up naming the field: a misspelt alert field, a malformed question name, a duplicate', () => {
    expect(startUpError({ kobo: { forms: [{ ...form, fields: { ...form.fields, kiled: 'nb_tues' } }] } })).toBe('intake.kobo.forms[0].fields: unknown field kiled');
    expect(startUpError({ kobo: { forms: [{ ...form, fields: { place: 'village name' } }] } })).toBe(
      'intake.kobo.forms[0].fields.place: expected a KoBo question name such as village, or its group path such as incident/village',
    );
    expect(startUpError({ kobo: { forms: [{ ...form, fields: { place: 'village', locationText: 'village' } }] } })).toBe(
      'intake.kobo.forms[0].fields.locationText: duplicate mapping: "village" already feeds place',
    );
    expect(startUpError({ kobo: { forms: [form, { ...form, fields: {} }] } })).toBe('intake.kobo.forms[1].id: duplicate form id "aBcD3fGh4iJk5LmN6oPq7r"');
    expect(startUpError({ kobo: { forms: [{ fields: {} }] } })).toBe('intake.kobo.forms[0].id: expected string');
    expect(startUpError({ kobo: { forms: [{ ...form, fields: { killed: 4 } }] } })).toBe('intake.kobo.forms[0].fields.killed: expected string');
    expect(startUpError({ kobo: { form: [] } })).toBe('intake.kobo: unknown field form');
  });

  it('is in the JSON Schema shipped beside the example', () => {
    const schema = missionJsonSchema() as any;
    const kobo = schema.properties.intake.properties.kobo;
    expect(Object.keys(kobo.properties.forms.items.properties.fields.properties)).toContain('crsvSurvivors');
    expect(JSON.parse(readFileSync('data/mission.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
