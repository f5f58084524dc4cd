import type { CategoryId } from '../domain/taxonomy.js';
import type { CategoryReading } from './categories/categories.js';
import type { LexiconReading } from './categories/lexicon.js';

export type Unsure = 'category' | 'no_category' | 'count';

/**
 * Which winners settle the question against which runners-up. A reading by design (a killing
 * with an abduction is an attack; displacement is the effect of what caused it; restricted and
 * target-specific categories win) is confident; two readings neither of which settles the other
 * compete, and the reporter is offered the other one.
 */
const SETTLES: Partial<Record<CategoryId, readonly CategoryId[] | 'all'>> = {
  child_violation: 'all',
  crsv: 'all',
  attack_on_idp_site: 'all',
  attack_on_peacekeepers: ['attack_on_civilians', 'abduction', 'looting_destruction', 'armed_group_movement', 'displacement', 'explosive_hazard', 'access_denial', 'threat_intimidation'],
  attack_on_humanitarians: ['attack_on_civilians', 'abduction', 'looting_destruction', 'armed_group_movement', 'displacement', 'access_denial', 'threat_intimidation'],
  explosive_hazard: ['attack_on_civilians', 'displacement', 'armed_group_movement', 'looting_destruction'],
  attack_on_civilians: ['abduction', 'looting_destruction', 'armed_group_movement', 'displacement', 'threat_intimidation', 'intercommunal_tension', 'access_denial'],
  abduction: ['armed_group_movement', 'displacement', 'looting_destruction', 'threat_intimidation'],
  torture_ill_treatment: ['arbitrary_detention', 'armed_group_movement', 'displacement'],
  arbitrary_detention: ['armed_group_movement', 'displacement', 'access_denial'],
  looting_destruction: ['armed_group_movement', 'displacement', 'access_denial'],
  hate_speech_incitement: ['intercommunal_tension', 'displacement'],
  threat_intimidation: ['displacement', 'armed_group_movement'],
  access_denial: ['armed_group_movement', 'displacement'],
  intercommunal_tension: ['displacement'],
  armed_group_movement: ['displacement'],
};

// When no category was found, the categories most often meant, for one-tap choice.
const COMMON: readonly CategoryId[] = ['attack_on_civilians', 'threat_intimidation', 'armed_group_movement'];

/**
 * The alternatives to offer and what Veille is unsure of, from the ranked readings, or when the rules
 * found none, from the learned lexicon's reading (a category it set is still unsure; its guesses are offered).
 */
export function readUncertainty(ranked: readonly CategoryReading[], countUnclear: boolean, guess: LexiconReading | null = null): { alternatives: CategoryId[]; unsure: Unsure[] } {
  const unsure: Unsure[] = [];
  let alternatives: CategoryId[] = [];
  const [first, ...rest] = ranked;
  if (guess?.category) {
    unsure.push('category');
    alternatives = guess.alternatives;
  } else if (!first) {
    unsure.push('no_category');
    alternatives = guess && guess.alternatives.length > 0 ? guess.alternatives : [...COMMON];
  } else {
    // An attack without casualties does not settle what else happened ("incursion, pillage de bétail").
    const settled = first.category === 'attack_on_civilians' && first.subType === null ? ['armed_group_movement', 'displacement', 'threat_intimidation'] : SETTLES[first.category];
    const open = rest.filter((r) => settled !== 'all' && !(settled ?? []).includes(r.category));
    if (open.length > 0) {
      unsure.push('category');
      alternatives = open.map((r) => r.category).slice(0, 3);
    }
  }
  if (countUnclear) unsure.push('count');
  return { alternatives, unsure };
}
