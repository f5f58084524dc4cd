import { describe, expect, it } from 'vitest';
import { loadMission } from '../../../src/config/mission.js';
import { routeAlert, takesDetailsAway } from '../../../src/domain/routing.js';

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
