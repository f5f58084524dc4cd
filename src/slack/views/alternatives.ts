import type { Button, KnownBlock } from '@slack/types';
import { categoryLabel, isCategoryId, type CategoryId, type Language } from '../../domain/taxonomy.js';
import { mrkdwn, plain } from './mrkdwn.js';

/**
 * The confirmation's one-tap alternatives: when the quick-report parser is unsure, the reporter
 * sees why in their language and can re-categorise with one tap (an edit like Edit's), or open
 * Edit with "Other…".
 */

/** What the parser was unsure of (src/intake): two categories compete, none found, a count unread. */
type Unsure = 'category' | 'no_category' | 'count';

export interface Uncertainty {
  /** Other likely categories, best first (at most 3). */
  alternatives: CategoryId[];
  unsure: Unsure[];
}

export const NO_UNCERTAINTY: Uncertainty = { alternatives: [], unsure: [] };

/** One action id per button (Slack wants them unique in a block); the listener matches the prefix. */
export const CHOOSE_CATEGORY = /^alert\.category\.\d$/;

/** What a tap carries: the alert, the category the reporter saw, and the one chosen. */
export interface CategoryChoice {
  alertId: number;
  from: CategoryId;
  to: CategoryId;
}

export function choiceOf(value: string | undefined): CategoryChoice | null {
  try {
    const raw = JSON.parse(value ?? '') as Record<string, unknown>;
    const { a, f, t } = raw;
    if (!Number.isInteger(a) || typeof f !== 'string' || typeof t !== 'string' || !isCategoryId(f) || !isCategoryId(t)) return null;
    return { alertId: a as number, from: f, to: t };
  } catch {
    return null;
  }
}

const WORDS = {
  en: {
    category: 'Not sure of the category — is it one of these?',
    no_category: 'No category found — is it one of these?',
    count: 'A count could not be read — check the numbers with Edit.',
    other: 'Other…',
  },
  fr: {
    category: 'Catégorie incertaine — est-ce l’une de celles-ci ?',
    no_category: 'Aucune catégorie reconnue — est-ce l’une de celles-ci ?',
    count: 'Un nombre n’a pas pu être lu — vérifiez les chiffres avec Modifier.',
    other: 'Autre…',
  },
} as const;

/**
 * The blocks saying what Veille is unsure of, with a button per alternative and "Other…" (which
 * opens Edit: `editAction`). Nothing when Veille is sure.
 */
export function uncertaintyBlocks(alert: { id: number; category: CategoryId }, language: Language, uncertainty: Uncertainty, editAction: string): KnownBlock[] {
  const w = WORDS[language];
  const blocks: KnownBlock[] = [];
  const alternatives = uncertainty.alternatives.filter((c) => c !== alert.category).slice(0, 3);
  const categoryDoubt = uncertainty.unsure.includes('no_category') ? 'no_category' : uncertainty.unsure.includes('category') ? 'category' : null;
  if (categoryDoubt && alternatives.length > 0) {
    blocks.push({ type: 'section', text: mrkdwn(`❓ *${w[categoryDoubt]}*`) });
    const buttons: Button[] = alternatives.map((to, i) => ({
      type: 'button',
      action_id: `alert.category.${i}`,
      text: plain(categoryLabel(to, language), 75),
      value: JSON.stringify({ a: alert.id, f: alert.category, t: to }),
    }));
    buttons.push({ type: 'button', action_id: editAction, text: plain(w.other, 75), value: String(alert.id) });
    blocks.push({ type: 'actions', block_id: `alternatives.${alert.id}`, elements: buttons });
  }
  if (uncertainty.unsure.includes('count')) blocks.push({ type: 'context', elements: [mrkdwn(`🔢 ${w.count}`)] });
  return blocks;
}
