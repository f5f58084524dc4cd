import type { CategoryId } from '../domain/taxonomy.js';
import type { CategoryReading } from './categories.js';
import type { CategoryProbability } from './category-model.js';

/**
 * When the category model (category-model.ts) has its say: only where the keyword rules found no
 * category at all. Measured by ten-fold cross-validation on the corpus (`npm run train-model` prints
 * it): there the model is right more often than "other"; where the rules found a category, letting
 * a near-certain model overrule them gained one report in 1,741 and overturned deliberate readings
 * of look-alikes, so it never does.
 */

/** The model's reading is taken when it is this sure, and not `other`. */
const WHEN_RULES_FIND_NONE = 0.8;

export interface ModelReading {
  /** The model's reading when it decided; the rules' own (none) otherwise. */
  ranked: CategoryReading[];
  /** The model decided the category: the confirmation says Veille is unsure and offers `alternatives`. */
  decided: boolean;
  alternatives: CategoryId[];
}

/**
 * `ruledOut`: the rules found a reason there is no incident to categorise (a flood, an accident, a false
 * alarm, shots in the air, a distribution, an inquiry): the model, which reads words and not reasons,
 * does not overrule it.
 */
export function consultModel(ranked: readonly CategoryReading[], model: readonly CategoryProbability[], ruledOut = false): ModelReading {
  const unchanged = { ranked: [...ranked], decided: false, alternatives: [] };
  const best = model[0];
  if (ranked.length > 0 || ruledOut || !best || best.category === 'other' || best.probability < WHEN_RULES_FIND_NONE) return unchanged;
  return {
    ranked: [{ category: best.category, subType: null }],
    decided: true,
    // The model's next most likely categories, for one-tap choice.
    alternatives: model
      .slice(1)
      .filter((m) => m.category !== 'other')
      .slice(0, 3)
      .map((m) => m.category),
  };
}
