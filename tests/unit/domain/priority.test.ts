import { describe, expect, it } from 'vitest';
import { noVictims } from '../../../src/domain/alert.js';
import { derivePriority } from '../../../src/domain/priority.js';
import { CATEGORY_IDS } from '../../../src/domain/taxonomy.js';

const victims = (v: Partial<ReturnType<typeof noVictims>>) => ({ ...noVictims(), ...v });

describe('the default priority rule', () => {
  it('is critical for an attack under way, five or more killed, or any attack on an IDP site', () => {
    expect(derivePriority({ category: 'attack_on_civilians', victims: victims({ killed: 5 }), underway: false })).toBe('critical');
    expect(derivePriority({ category: 'armed_group_movement', victims: noVictims(), underway: true })).toBe('critical');
    expect(derivePriority({ category: 'attack_on_idp_site', victims: noVictims(), underway: false })).toBe('critical');
  });

  it('is high for any killing (one is enough), abduction, CRSV or child violation', () => {
    expect(derivePriority({ category: 'attack_on_civilians', victims: victims({ killed: 1 }), underway: false })).toBe('high');
    expect(derivePriority({ category: 'attack_on_civilians', victims: victims({ killed: 4 }), underway: false })).toBe('high');
    expect(derivePriority({ category: 'other', victims: victims({ killed: 1 }), underway: false })).toBe('high');
    expect(derivePriority({ category: 'looting_destruction', victims: victims({ abducted: 1 }), underway: false })).toBe('high');
    expect(derivePriority({ category: 'abduction', victims: noVictims(), underway: false })).toBe('high');
    expect(derivePriority({ category: 'crsv', victims: noVictims(), underway: false })).toBe('high');
    expect(derivePriority({ category: 'child_violation', victims: noVictims(), underway: false })).toBe('high');
    expect(derivePriority({ category: 'looting_destruction', victims: noVictims(), underway: false, sexualViolence: true })).toBe('high');
  });

  it('counts a killing or abduction whose number is unknown, but not a stated zero', () => {
    expect(derivePriority({ category: 'attack_on_humanitarians', victims: noVictims(), underway: false, abduction: true })).toBe('high');
    expect(derivePriority({ category: 'attack_on_civilians', victims: noVictims(), underway: false, killing: true })).toBe('high');
    expect(derivePriority({ category: 'attack_on_civilians', victims: victims({ killed: 0 }), underway: false, killing: true })).toBe('medium');
    expect(derivePriority({ category: 'abduction', victims: victims({ abducted: 0 }), underway: false, abduction: true })).toBe('high'); // the category
  });

  it('reads a lower bound on an unknown killed count ("dozens dead") as that many; a stated count wins', () => {
    const atLeast = (killedAtLeast: number | null, v = noVictims()) =>
      derivePriority({ category: 'attack_on_civilians', victims: v, underway: false, killing: true, killedAtLeast });
    expect(atLeast(24)).toBe('critical');
    expect(atLeast(5)).toBe('critical');
    expect(atLeast(4)).toBe('high');
    expect(atLeast(null)).toBe('high');
    expect(atLeast(24, victims({ killed: 2 }))).toBe('high');
  });

  it('is medium for every other category of the taxonomy, attacks with injuries only included', () => {
    const rest = CATEGORY_IDS.filter((c) => !['attack_on_idp_site', 'abduction', 'crsv', 'child_violation', 'other'].includes(c));
    expect(rest).toHaveLength(13);
    for (const category of rest) expect(derivePriority({ category, victims: noVictims(), underway: false }), category).toBe('medium');
    expect(derivePriority({ category: 'attack_on_civilians', victims: victims({ injured: 3, killed: 0 }), underway: false })).toBe('medium');
    expect(derivePriority({ category: 'explosive_hazard', victims: victims({ injured: 3 }), underway: false })).toBe('medium');
  });

  it('is low for `other` only, and unknown counts are not zero kills', () => {
    expect(derivePriority({ category: 'other', victims: victims({ killed: null }), underway: false })).toBe('low');
    expect(derivePriority({ category: 'other', victims: victims({ displaced: 40 }), underway: false })).toBe('low');
  });

  it('lets the mission config raise a category floor but never lower the rule', () => {
    expect(derivePriority({ category: 'explosive_hazard', victims: noVictims(), underway: false }, { explosive_hazard: 'high' })).toBe('high');
    expect(derivePriority({ category: 'attack_on_idp_site', victims: noVictims(), underway: false }, { attack_on_idp_site: 'low' })).toBe('critical');
  });
});
