import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "now" telling a levy or a hold that has become the rule, not an attack under way (C10, pending reports41): "M23 took
 * control of Rubaya mines, each digger now forced to pay 15$ per week", "traders now have to pay 500 FC", "les creuseurs
 * doivent désormais payer", "M23 now controls the road", "contrôle maintenant le marché". The `underway` hit of such a
 * "now" is set aside. Kept: "ADF attacking Eringeti now", "now entering Kamango", "tirs maintenant à Kiwanja".
 */
const NOW = new Set(['now', 'desormais', 'maintenant', 'currently', 'actuellement']);
const RULE = /^(forced|obliged|required|must|have|has|pay|pays|paying|charged|taxed|made|doivent|doit|obliges?|obligees?|contraints?|contraintes?|payer|paient|paie|payent|taxes?|controls?|controlling|control|controle|controlent|holds|hold|tient|tiennent|impose|imposent|imposes|levy|levies|collect|collects|percoivent|percoit|exigent|exige|demand|demands)$/;

export function nowOfLevy(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'underway' || h.end - h.start !== 1 || !NOW.has(tokens[h.start]!.norm)) return false;
  const i = h.start;
  // "now forced to pay", "doivent désormais payer", "contrôle maintenant"
  for (const k of [i + 1, i + 2, i - 1]) {
    const t = tokens[k];
    if (!t || (k > i ? t.breakBefore : tokens[i]!.breakBefore)) continue;
    if (RULE.test(t.norm)) return true;
  }
  return false;
}
