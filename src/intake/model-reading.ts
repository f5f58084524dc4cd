import { CATEGORIES, type CategoryId } from '../domain/taxonomy.js';
import type { CategoryReading } from './categories.js';
import type { CategoryProbability } from './category-model.js';

/**
 * When the category model (category-model.ts) has its say over the keyword rules. Measured by
 * ten-fold cross-validation on the corpus (`npm run train-model` prints it): the rules are right
 * more often than the model wherever both speak, except in two cases, the only two used here.
 */

/** No rule found a category: the model's reading if it is more likely than not, and not `other`. */
const WHEN_RULES_FIND_NONE = 0.8;
/** The rules found one: only a model all but certain of another replaces it. */
const WHEN_RULES_DISAGREE = 0.99;

export interface ModelReading {
  /** The readings with the model's first when it decided; the rules' own otherwise. */
  ranked: CategoryReading[];
  /** The model decided the category: the confirmation says Veille is unsure and offers `alternatives`. */
  decided: boolean;
  alternatives: CategoryId[];
}

/**
 * `ruledOut`: the rules found a reason there is no incident to categorise (a flood, an accident, a false
 * alarm, shots in the air): the model, which reads words and not reasons, does not overrule it.
 */
export function consultModel(ranked: readonly CategoryReading[], model: readonly CategoryProbability[], ruledOut = false): ModelReading {
  const unchanged = { ranked: [...ranked], decided: false, alternatives: [] };
  const best = model[0];
  // The model never says "nothing to report" over the rules, and never decides `other` for them.
  if (!best || best.category === 'other') return unchanged;
  const rules = ranked[0];
  if (!rules) {
    if (ruledOut || best.probability < WHEN_RULES_FIND_NONE) return unchanged;
    return { ranked: [{ category: best.category, subType: null }], decided: true, alternatives: runnersUp(model, best.category, []) };
  }
  if (best.category === rules.category || best.probability < WHEN_RULES_DISAGREE) return unchanged;
  // Restricted categories are the rules' alone: statistics never take a case out of one (fail closed),
  // nor choose between CRSV and a violation against children, which the rules decide by the victim's age.
  if (CATEGORIES[rules.category].restrictedByDefault) return unchanged;
  const own = ranked.find((r) => r.category === best.category);
  const rest = ranked.filter((r) => r.category !== best.category);
  return { ranked: [own ?? { category: best.category, subType: null }, ...rest], decided: true, alternatives: [rules.category, ...runnersUp(model, best.category, [rules.category])].slice(0, 3) };
}

/** The model's next most likely categories (not `other`, not already offered), for one-tap choice. */
function runnersUp(model: readonly CategoryProbability[], chosen: CategoryId, offered: readonly CategoryId[]): CategoryId[] {
  return model
    .filter((m) => m.category !== chosen && m.category !== 'other' && !offered.includes(m.category))
    .slice(0, 3 - offered.length)
    .map((m) => m.category);
}
