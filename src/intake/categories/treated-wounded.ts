import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The wounded someone cared for, named as why they were threatened or sought (reports36): "a nurse threatened by CODECO
 * for treating a wounded FARDC soldier", "menacé pour avoir soigné un militaire blessé", "after she treated wounded
 * soldiers". The wound is the patient's, from another day: no one hurt in this incident, no attack on civilians.
 * Look-alikes kept: "2 wounded treated at the health centre" (the wound first, then the care: hurt here), "a nurse wounded
 * while treating patients" (the wound is hers).
 */
const TREAT = /^(treating|treated|treat|treats|soigne|soignee|soigner|soignait|soignaient|soignant|caring|cared|nursing|nursed|helping|helped|hid|hiding|hidden|cache|cacher|cachait|sheltered|sheltering|hebergé|heberge|heberger)$/;
const FILL = /^(a|an|the|un|une|des|les|le|la|l|des|de|two|deux|\d+|some|several|plusieurs|for|pour|avoir|having|after|apres|au|aux|to|wounded|injured|blesse|blesses|blessee|blessees|soldiers?|militaires?|combatants?|combattants?|fighters?|elements?|fardc|m23|wazalendo|adf|codeco|enemy|enemies|ennemis?|ennemi|rebels?|rebelles?|miliciens?|militiamen|patients?|people|personnes?|man|men|homme|hommes)$/;

/** The injure hit is the wounded someone cared for: a care verb a few words before it, in the same clause. */
export function treatedWounded(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'injure') return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (TREAT.test(tokens[k]!.norm)) return true;
    if (!FILL.test(tokens[k]!.norm)) return false;
  }
  return false;
}

/** No one counted injured when the only wound told is the one of the person cared for. */
export function treatedWoundedCount(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims): void {
  const wounds = hits.filter((h) => h.value.signal === 'injure');
  if (victims.injured === 1 && wounds.length > 0 && wounds.every((h) => treatedWounded(h, tokens))) victims.injured = null;
}
