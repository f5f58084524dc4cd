import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Children put to work for an armed group are used by it, a grave violation (C18), whatever the work: "9 enfants qui
 * travaillaient dans les puits pour un groupe Maï-Maï ont été retirés", "children working in the pits for Raia
 * Mutomboki", "kids made to dig for the CODECO" (reports39). splitPhraseHits reads the roles ("as porters"); here the
 * work, then "pour/for" and the group. Kept: "enfants qui travaillent dans les mines artisanales" (no group), "children
 * working for a trader" (no armed group).
 */
const CHILDREN = /^(children|child|kids|minors|boys|girls|enfants|enfant|mineurs|garcons|filles|fillettes|watoto)$/;
const WORK = /^(travaillaient|travaillent|travaille|travaillant|travailler|working|worked|work|employes|employed|utilises|used|exploites|exploited|digging|creusaient|creusent|wanafanya|walifanya)$/;
const FOR = /^(pour|for|au|aux|kwa)$/;
const GROUP_WORD = /^(groupe|group|milice|militia|miliciens|militiamen|rebelles|rebels|combattants|fighters)$/;

export function childrenWorkingForGroupHits(tokens: readonly Token[], groupAt: (k: number) => boolean): SignalHit[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!CHILDREN.test(tokens[i]!.norm)) continue;
    for (let w = i + 1; w < tokens.length && w <= i + 3; w++) {
      if (tokens[w]!.stopBefore) break;
      if (!WORK.test(tokens[w]!.norm)) continue;
      for (let f = w + 1; f < tokens.length && f <= w + 6; f++) {
        if (tokens[f]!.stopBefore) break;
        if (!FOR.test(tokens[f]!.norm)) continue;
        for (let g = f + 1; g <= f + 3 && g < tokens.length; g++) if (groupAt(g) || (GROUP_WORD.test(tokens[g]!.norm) && /^(arme|armes|armed|armee)$/.test(tokens[g + 1]?.norm ?? ''))) return [{ value: { signal: 'recruit', subType: 'recruitment' }, start: i, end: g + 1 }];
      }
    }
  }
  return [];
}
