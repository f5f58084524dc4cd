import type { Victims } from '../../domain/alert.js';
import type { Signals } from '../categories/categories.js';

/**
 * Swahili puts the number after the noun: a harm named, then whom, then how many ("mauaji ya watu 5", "kidnaping ya watu
 * 3", "utekaji nyara wa watoto 2", "ubakaji wa wanawake 4"). Read only where the number-first readers found nothing.
 * Look-alikes: "watu 3 wameuawa" (read already), "ya watu wengi" (no number: unknown), "barabara ya km 5" (no people).
 */
const OF = /^(ya|wa|za|la|of|de|d)$/;
const PEOPLE = /^(watu|raia|wananchi|wakulima|wafanyabiashara|wanaume|wakaazi|wakazi|wanawake|wamama|akina|watoto|wasichana|wavulana|wanafunzi)$/;
const CHILDREN = /^(watoto|wasichana|wavulana|wanafunzi)$/;
const KEY = { kill: 'killed', abduct: 'abducted', sexual: 'crsvSurvivors', injure: 'injured' } as const;

export function readSwahiliCounts(s: Signals, victims: Victims): void {
  for (const signal of ['kill', 'abduct', 'sexual', 'injure'] as const) {
    const key = KEY[signal];
    if (victims[key] !== null) continue;
    for (const h of s.all(signal)) {
      const t = s.tokens;
      let k = h.end;
      if (t[k]?.norm === 'nyara') k++; // "utekaji nyara wa"
      if (!OF.test(t[k]?.norm ?? '') || t[k]!.breakBefore || !PEOPLE.test(t[k + 1]?.norm ?? '') || t[k + 1]!.breakBefore) continue;
      const num = t[k + 2];
      if (!num || num.breakBefore || !/^\d{1,4}$/.test(num.norm)) continue;
      const n = Number(num.norm);
      victims[key] = n;
      if (CHILDREN.test(t[k + 1]!.norm) && victims.childrenAffected === null) victims.childrenAffected = n;
      break;
    }
  }
}
