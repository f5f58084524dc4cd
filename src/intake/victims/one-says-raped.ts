import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * One woman or girl, held or arrested, who says she was raped is one survivor (reports47), when no reader counted her:
 * "une femme gardée 2 jours au cachot de la police dit avoir été violée par le commandant du poste", "une femme arrêtée
 * avec son mari … dit avoir subi des violences sexuelles au camp", "a woman held at the camp says she was sexually
 * abused by soldiers". The words between the woman and her saying (where and how she was held) hid her from the
 * readers of "une femme violée". Look-alikes: "women say they fear rape" (no one raped: no past verb), several women.
 */
const SAY_WORDS = ['dit', 'affirme', 'declare', 'raconte', 'says', 'said', 'reports', 'claims', 'alleges'];
const SAY = new Set(SAY_WORDS);
const SAY_SAID = trigger(SAY_WORDS);
const ONE_WOMAN = /^(femme|fille|jeune|woman|girl|mineure|detenue|prisonniere|veuve|widow|mother|mere|epouse|wife)$/;
const RAPED = /^(violee|raped|abused|violences|agressee)$/;
const BETWEEN = /^(avoir|ete|she|was|had|been|subi|suffered|sexually|sexuellement|des|de|d|that|qu|elle|a)$/;

export function oneSaysRaped(tokens: readonly Token[], victims: Victims): void {
  if (victims.crsvSurvivors !== null || !said(tokens, SAY_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!SAY.has(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + 6 && BETWEEN.test(tokens[k]!.norm) && !tokens[k]!.stopBefore) k++;
    const w = tokens[k]?.norm ?? '';
    if (!RAPED.test(w) || tokens[k]!.stopBefore) continue;
    if (w === 'violences' && !/^(sexuelles)$/.test(tokens[k + 1]?.norm ?? '')) continue;
    if (w === 'abused' && tokens[k - 1]?.norm !== 'sexually') continue;
    // the one who says it: "une femme …", "a woman …" opening the clause, within the sentence before
    for (let j = i - 1; j >= 1 && j >= i - 14; j--) {
      if (tokens[j + 1]!.stopBefore) break;
      if (ONE_WOMAN.test(tokens[j]!.norm) && /^(une|a|an|la|the|one)$/.test(tokens[j - 1]!.norm)) {
        victims.crsvSurvivors = 1;
        return;
      }
    }
  }
}
