import { describe, expect, it } from 'vitest';
import { noVictims, type Victims } from '../../../src/domain/alert.js';
import { decideAlert, type AlertFacts, type MissionRules } from '../../../src/domain/decision.js';

const rules: MissionRules = { categoryPriority: { explosive_hazard: 'high' }, isHostState: (id) => id === 'fardc' };
const facts = (f: Omit<Partial<AlertFacts>, 'victims'> & { victims?: Partial<Victims> } = {}): AlertFacts => ({
  category: 'other',
  underway: false,
  perpetrators: [],
  priorityOverride: null,
  restrictedRequest: null,
  ...f,
  victims: { ...noVictims(), ...f.victims },
});

describe('the one decision of what an alert is', () => {
  it('applies the priority rule with the mission floor, and the reporter’s override wins over both', () => {
    expect(decideAlert(facts({ category: 'threat_intimidation' }), rules)).toMatchObject({ priority: 'medium', priorityOverridden: false });
    expect(decideAlert(facts({ category: 'explosive_hazard' }), rules).priority).toBe('high');
    expect(decideAlert(facts({ category: 'attack_on_civilians', victims: { killed: 6 }, priorityOverride: 'low' }), rules)).toMatchObject({ priority: 'low', priorityOverridden: true });
    expect(decideAlert(facts({ category: 'explosive_hazard', priorityOverride: 'medium' }), rules).priority).toBe('medium');
  });

  it('makes an attacked IDP site critical whatever category won, and a reporter’s priority still wins', () => {
    expect(decideAlert(facts({ category: 'crsv', sexualViolenceSignal: true, idpSiteAttacked: true }), rules)).toMatchObject({ priority: 'critical', sensitivity: 'restricted' });
    expect(decideAlert(facts({ category: 'crsv', sexualViolenceSignal: true, idpSiteAttacked: false }), rules).priority).toBe('high');
    expect(decideAlert(facts({ category: 'child_violation', idpSiteAttacked: true, priorityOverride: 'high' }), rules).priority).toBe('high');
  });

  it('restricts CRSV and child violations by default, and refuses restricted:no for them', () => {
    expect(decideAlert(facts({ category: 'crsv' }), rules)).toMatchObject({ sensitivity: 'restricted', mustRestrict: 'category', unrestrictRefused: false });
    expect(decideAlert(facts({ category: 'child_violation', restrictedRequest: false }), rules)).toMatchObject({ sensitivity: 'restricted', unrestrictRefused: true });
  });

  it('restricts any case with CRSV survivors counted, whatever the category', () => {
    expect(decideAlert(facts({ category: 'looting_destruction', victims: { crsvSurvivors: 2 }, restrictedRequest: false }), rules)).toMatchObject({
      sensitivity: 'restricted',
      mustRestrict: 'crsv_survivors',
      unrestrictRefused: true,
      priority: 'high',
    });
    expect(decideAlert(facts({ category: 'looting_destruction', victims: { crsvSurvivors: 0 } }), rules).sensitivity).toBe('standard');
  });

  it('fails closed on a sexual-violence signal, with or without a child victim, even when another category won', () => {
    expect(decideAlert(facts({ category: 'attack_on_civilians', sexualViolenceSignal: true }), rules)).toMatchObject({ sensitivity: 'restricted', mustRestrict: 'sexual_violence' });
    expect(decideAlert(facts({ category: 'abduction', sexualViolenceSignal: true, childVictim: true }), rules).mustRestrict).toBe('sexual_violence_child');
    expect(decideAlert(facts({ category: 'abduction', childVictim: true }), rules)).toMatchObject({ sensitivity: 'standard', mustRestrict: null });
  });

  it('names the restricted categories a case belongs to beyond its own, so their sections hold it', () => {
    expect(decideAlert(facts({ category: 'looting_destruction', victims: { crsvSurvivors: 1 } }), rules).restrictedAlso).toEqual(['crsv']);
    expect(decideAlert(facts({ category: 'abduction', sexualViolenceSignal: true, childVictim: true }), rules).restrictedAlso).toEqual(['crsv', 'child_violation']);
    expect(decideAlert(facts({ category: 'crsv', sexualViolenceSignal: true }), rules).restrictedAlso).toEqual([]);
    expect(decideAlert(facts({ category: 'threat_intimidation', restrictedRequest: true }), rules).restrictedAlso).toEqual([]);
  });

  it('restricts a standard case only when asked', () => {
    expect(decideAlert(facts({ category: 'threat_intimidation', restrictedRequest: true }), rules)).toMatchObject({ sensitivity: 'restricted', mustRestrict: null });
    expect(decideAlert(facts({ category: 'threat_intimidation', restrictedRequest: false }), rules)).toMatchObject({ sensitivity: 'standard', unrestrictRefused: false });
  });

  it('flags HRDDP when any perpetrator is a host-state force, never for free text', () => {
    expect(decideAlert(facts({ perpetrators: [{ actorId: 'adf', name: 'ADF' }, { actorId: 'fardc', name: 'FARDC' }] }), rules).hostState).toBe(true);
    expect(decideAlert(facts({ perpetrators: [{ actorId: null, name: 'FARDC' }, { actorId: 'adf', name: 'ADF' }] }), rules).hostState).toBe(false);
  });
});
