import { describe, expect, it } from 'vitest';
import { loadMission, type Section } from '../../../src/config/mission.js';
import { routeAlert, takesDetailsAway } from '../../../src/domain/routing.js';
import { CATEGORY_IDS } from '../../../src/domain/taxonomy.js';

const mission = loadMission('data/mission.example.json');
const place = (id: string) => mission.places.find((p) => p.id === id) ?? null;

describe('routing an alert to sections', () => {
  it('sends a standard alert in full to every section that receives its category and covers its place', () => {
    const routes = routeAlert({ category: 'attack_on_civilians', sensitivity: 'standard', place: place('kamango'), hostState: false }, mission.sections);
    expect(routes.map((r) => `${r.sectionId}:${r.view}`)).toEqual(['poc:full', 'hr:full', 'fo-beni:full']);
  });

  it('gives a restricted alert in full only to restricted sections, as a stub elsewhere', () => {
    const routes = routeAlert({ category: 'crsv', sensitivity: 'restricted', place: place('minova'), hostState: false }, mission.sections);
    // Minova is in Kalehe, South Kivu: the Bukavu field office, which the Goma section covers.
    expect(routes.map((r) => `${r.sectionId}:${r.view}`)).toEqual(['poc:stub', 'hr:stub', 'crsv:full', 'fo-goma:stub']);
  });

  it('gives a case restricted for what it holds to the restricted sections that work on it, whatever its category', () => {
    const crsvToo = routeAlert({ category: 'looting_destruction', sensitivity: 'restricted', place: place('minova'), hostState: false, restrictedAlso: ['crsv'] }, mission.sections);
    expect(crsvToo.map((r) => `${r.sectionId}:${r.view}`)).toEqual(['poc:stub', 'hr:stub', 'crsv:full', 'fo-goma:stub']);
    // Only when restricted: a standard case goes by its category alone.
    const standard = routeAlert({ category: 'looting_destruction', sensitivity: 'standard', place: place('minova'), hostState: false, restrictedAlso: ['crsv'] }, mission.sections);
    expect(standard.map((r) => r.sectionId)).toEqual(['poc', 'fo-goma']);
  });

  it('gives an alert marked restricted under a standard category to every restricted section when none receives it or is named', () => {
    // restricted:yes on a threat: no restricted section receives threats, so the protection ones hold it.
    const routes = routeAlert({ category: 'threat_intimidation', sensitivity: 'restricted', place: place('bunia'), hostState: false }, mission.sections);
    expect(routes.map((r) => `${r.sectionId}:${r.view}:${r.reason}`)).toEqual([
      'poc:stub:category',
      'hr:stub:category',
      'crsv:full:restricted',
      'cp:full:restricted',
      'fo-bunia:stub:category',
    ]);
  });

  it('gives such an alert to the restricted section the config names with holdsRestricted, else to a restricted human-rights section', () => {
    const facts = { category: 'access_denial', sensitivity: 'restricted', place: place('kiwanja'), hostState: false } as const;
    const named = mission.sections.map((s): Section => (s.id === 'cp' ? { ...s, holdsRestricted: true } : s));
    expect(routeAlert(facts, named).map((r) => `${r.sectionId}:${r.view}`)).toEqual(['poc:stub', 'cp:full', 'fo-goma:stub']);
    const hrRestricted: Section = { ...mission.sections.find((s) => s.id === 'hr')!, id: 'hr-cases', channel: 'G0HRCASES1', receives: ['arbitrary_detention'], restricted: true };
    expect(routeAlert(facts, [...mission.sections, hrRestricted]).map((r) => `${r.sectionId}:${r.view}`)).toEqual(['poc:stub', 'fo-goma:stub', 'hr-cases:full']);
    // A restricted section receiving the category comes first: a named holder does not take a CRSV case.
    expect(routeAlert({ ...facts, category: 'crsv' }, named).filter((r) => r.view === 'full').map((r) => r.sectionId)).toEqual(['crsv']);
  });

  it('falls back to another restricted section when the one receiving the category does not cover the place', () => {
    const crsvInBuniaOnly = mission.sections.map((s): Section => (s.id === 'crsv' ? { ...s, places: ['bunia'] } : s));
    const routes = routeAlert({ category: 'crsv', sensitivity: 'restricted', place: place('minova'), hostState: false }, crsvInBuniaOnly);
    expect(routes.map((r) => `${r.sectionId}:${r.view}`)).toEqual(['poc:stub', 'hr:stub', 'cp:full', 'fo-goma:stub']);
  });

  it('never leaves a restricted alert without a restricted section holding it in full, and never shows it in full elsewhere', () => {
    const restrictedIds = new Set(mission.sections.filter((s) => s.restricted).map((s) => s.id));
    const lost: string[] = [];
    for (const category of CATEGORY_IDS) {
      for (const where of [null, ...mission.places]) {
        for (const hostState of [false, true]) {
          const routes = routeAlert({ category, sensitivity: 'restricted', place: where, hostState }, mission.sections);
          const full = routes.filter((r) => r.view === 'full').map((r) => r.sectionId);
          if (full.length === 0 || full.some((id) => !restrictedIds.has(id))) lost.push(`${category} at ${where?.id ?? 'nowhere'}${hostState ? ' (host state)' : ''}: full in ${full.join(', ') || 'none'}`);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it('routes a standard alert by its category alone, never to a restricted section that does not receive it', () => {
    const routes = routeAlert({ category: 'threat_intimidation', sensitivity: 'standard', place: place('bunia'), hostState: false }, mission.sections);
    expect(routes.map((r) => `${r.sectionId}:${r.view}`)).toEqual(['poc:full', 'hr:full', 'fo-bunia:full']);
  });

  it('tells the human-rights section of host-state alerts even outside its categories', () => {
    const routes = routeAlert({ category: 'looting_destruction', sensitivity: 'standard', place: place('kiwanja'), hostState: true }, mission.sections);
    expect(routes.find((r) => r.sectionId === 'hr')).toMatchObject({ view: 'full', reason: 'hrddp' });
  });

  it('sends an unplaced alert to the sections without a place filter only', () => {
    const routes = routeAlert({ category: 'armed_group_movement', sensitivity: 'standard', place: null, hostState: false }, mission.sections);
    expect(routes.map((r) => r.sectionId)).toEqual(['poc']);
  });
});

describe('a change of routing that takes details away', () => {
  const full = (...ids: string[]) => ids.map((sectionId) => ({ sectionId, view: 'full' as const }));
  const stub = (...ids: string[]) => ids.map((sectionId) => ({ sectionId, view: 'stub' as const }));
  it('is a standard alert becoming restricted, or a restricted one leaving a section that held it in full', () => {
    expect(takesDetailsAway({ sensitivity: 'standard', routes: full('poc', 'hr') }, { sensitivity: 'restricted', routes: [...stub('poc', 'hr'), ...full('crsv')] })).toBe(true);
    expect(takesDetailsAway({ sensitivity: 'restricted', routes: [...stub('poc'), ...full('crsv')] }, { sensitivity: 'restricted', routes: [...stub('poc'), ...full('cp')] })).toBe(true);
  });
  it('is not a restricted alert gaining a stub or a section, nor one made standard', () => {
    expect(takesDetailsAway({ sensitivity: 'restricted', routes: [...stub('poc'), ...full('crsv')] }, { sensitivity: 'restricted', routes: [...stub('poc', 'fo-goma'), ...full('crsv')] })).toBe(false);
    expect(takesDetailsAway({ sensitivity: 'restricted', routes: [...stub('poc'), ...full('crsv')] }, { sensitivity: 'standard', routes: full('poc') })).toBe(false);
    expect(takesDetailsAway({ sensitivity: 'standard', routes: full('poc') }, { sensitivity: 'standard', routes: full('poc', 'fo-beni') })).toBe(false);
  });
});
