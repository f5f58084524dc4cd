import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/errors.js';
import { chooseMode, readEnv } from '../../../src/config/env.js';
import { loadMission } from '../../../src/config/mission.js';
import { missionJsonSchema } from '../../../src/config/write-schema.js';

const example = JSON.parse(readFileSync('data/mission.example.json', 'utf8'));

function writeMission(change: (config: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'veille-config-'));
  const config = structuredClone(example);
  change(config);
  copyFileSync('data/gazetteer.json', join(dir, 'gazetteer.json'));
  const path = join(dir, 'mission.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the mission config', () => {
  it('loads the example mission with its gazetteer and defaults', () => {
    const mission = loadMission('data/mission.example.json');
    expect(mission.sections.map((s) => s.id)).toEqual(['poc', 'hr', 'crsv', 'cp', 'fo-beni', 'fo-bunia', 'fo-goma']);
    expect(mission.sections.filter((s) => s.restricted).map((s) => s.id)).toEqual(['crsv', 'cp']);
    expect(mission.actors.filter((a) => a.hostState).map((a) => a.id)).toEqual(['fardc', 'pnc']);
    expect(mission.places.length).toBeGreaterThan(50);
    expect(mission.reminderPolicy.critical.acknowledgeWithin).toBe('PT15M');
  });

  it('names the file, the field and what was expected when a field is wrong', () => {
    const path = writeMission((c) => (c.sections[2].channel = 'crsv-channel'));
    expect(errorOf(() => loadMission(path)).message).toBe(`${path}: sections[2].channel: expected a Slack channel id such as C0123ABCD`);
  });

  it('refuses unknown fields, bad categories, bad durations and time zones', () => {
    expect(errorOf(() => loadMission(writeMission((c) => (c.sectionz = [])))).message).toContain(': unknown field sectionz');
    expect(errorOf(() => loadMission(writeMission((c) => (c.sections[1].receives = ['killing'])))).message).toContain('sections[1].receives[0]');
    expect(errorOf(() => loadMission(writeMission((c) => (c.reminderPolicy.high.acknowledgeWithin = '1 hour'))))).toMatchObject({
      message: expect.stringContaining('reminderPolicy.high.acknowledgeWithin: expected an ISO-8601 duration'),
    });
    expect(errorOf(() => loadMission(writeMission((c) => (c.timeZone = 'Africa/Goma')))).message).toContain('timeZone: expected an IANA time zone');
  });

  it('refuses a config where a restricted alert could reach no restricted section', () => {
    const noneEverywhere = writeMission((c) => {
      for (const s of c.sections) if (s.restricted) s.places = ['bunia'];
    });
    expect(errorOf(() => loadMission(noneEverywhere)).message).toContain('sections: no restricted section without a place filter');
    const open = writeMission((c) => (c.sections[0].holdsRestricted = true));
    expect(errorOf(() => loadMission(open)).message).toContain('sections[0].holdsRestricted: expected restricted: true on this section: only a restricted section may hold restricted alerts');
    expect(loadMission(writeMission((c) => (c.sections[3].holdsRestricted = true))).sections[3]).toMatchObject({ id: 'cp', holdsRestricted: true });
  });

  it('refuses a config where some category would reach no section', () => {
    const path = writeMission((c) => (c.sections[0].receives = ['attack_on_civilians']));
    expect(errorOf(() => loadMission(path)).message).toContain('no section without a place filter receives looting_destruction, displacement');
  });

  it('says when the file is missing or is not JSON', () => {
    expect(errorOf(() => loadMission('/nonexistent/mission.json')).message).toBe('/nonexistent/mission.json: cannot be read (ENOENT)');
    const dir = mkdtempSync(join(tmpdir(), 'veille-config-'));
    writeFileSync(join(dir, 'bad.json'), '{ "name": ');
    expect(errorOf(() => loadMission(join(dir, 'bad.json'))).message).toMatch(/bad\.json: is not valid JSON/);
  });

  it('ships a JSON Schema that matches the zod schema', () => {
    expect(JSON.parse(readFileSync('data/mission.schema.json', 'utf8'))).toEqual(missionJsonSchema());
  });
});

describe('the environment', () => {
  it('uses the documented defaults', () => {
    expect(readEnv({})).toEqual({ PORT: 3000, DATABASE_PATH: 'data/veille.db', MISSION_CONFIG: 'data/mission.example.json', SLACK_POST_INTERVAL_MS: 1000 });
  });

  it('chooses the playground, HTTP or Socket Mode from the Slack variables', () => {
    expect(chooseMode(readEnv({}))).toBe('playground');
    expect(chooseMode(readEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret123' }))).toBe('http');
    expect(chooseMode(readEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret123', SLACK_APP_TOKEN: 'xapp-1' }))).toBe('socket');
    expect(() => chooseMode(readEnv({ SLACK_BOT_TOKEN: 'xoxb-1' }))).toThrow('environment: SLACK_SIGNING_SECRET: the signing secret');
  });

  it('names a bad variable', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow('environment: PORT: a port number from 0 to 65535');
    expect(() => readEnv({ SLACK_BOT_TOKEN: 'xoxp-user' })).toThrow('environment: SLACK_BOT_TOKEN: expected a bot token starting with xoxb-');
  });
});

describe('a bad port', () => {
  it('says what a port is, whether it is not a number or out of range', () => {
    expect(() => readEnv({ PORT: 'abc' })).toThrow('environment: PORT: a port number from 0 to 65535');
    expect(() => readEnv({ PORT: '70000' })).toThrow('environment: PORT: a port number from 0 to 65535');
  });
});
