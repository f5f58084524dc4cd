import type { Signals } from './categories.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import { shutdownAfterKillingIn } from './shutdown-after-killing.js';
import { killingCauseOfArrests } from './arrests-after-killing.js';

/**
 * A killing named only as the cause of what is reported ("hate msgs targeting Banyamulenge after the killing in
 * Minembwe", "tension à Beni depuis l'assassinat du chef", "threats following the murder of a trader"): the report is the
 * speech, the tension or the threat, and that killing was reported before; it does not make this one a killing (high).
 */
const AFTER = /^(after|apres|since|depuis|following|suite|following|due|because|a cause)$/;
const LINK = /^(the|le|la|l|les|des|de|du|d|a|an|un|une|of|to|this|that|ce|cette|recent|recente|recents|last|dernier|derniere|yesterday|s)$/;
const NAME = /^\p{Lu}[\p{Ll}-]+$/u;
const SPEECH_OR_MOOD: ReadonlySet<CategoryId> = new Set(['hate_speech_incitement', 'intercommunal_tension', 'threat_intimidation']);

export function killingOnlyReferred(s: Signals, category: CategoryId): boolean {
  // (a shutdown called after killings already reported: shutdown-after-killing.ts)
  if (category === 'other' && shutdownAfterKillingIn(s)) return true;
  // (arrests made after an earlier killing: arrests-after-killing.ts)
  if (killingCauseOfArrests(category, s)) return true;
  if (!SPEECH_OR_MOOD.has(category)) return false;
  const kills = s.all('kill');
  return kills.length > 0 && kills.every((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
      if (s.tokens[k + 1]!.breakBefore) return false;
      if (AFTER.test(s.tokens[k]!.norm)) return true;
      // ("after the Kirumba killings", "after the Mamove massacre": the place's or group's name between, capitalised, reports43)
      if (!LINK.test(s.tokens[k]!.norm) && !NAME.test(s.tokens[k]!.text)) return false;
    }
    return false;
  });
}
