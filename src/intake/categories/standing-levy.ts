import type { Token } from '../normalize.js';

/**
 * "the M23 'administration' now levies $10 per household", "les Wazalendo perçoivent désormais 500 FC par ménage",
 * "currently charging 2000 FC per moto": "now" said of a levy, a tax or a rule imposed tells of a standing practice, not of
 * an attack under way (C10 is about fighting, shooting or an attack that goes on). The time word is followed, within two
 * words, or preceded right before, by a verb of levying, charging, taxing, imposing or requiring.
 */
const NOW = /^(now|maintenant|desormais|actuellement|currently)$/;
const LEVY = /^(levy|levies|levying|levied|charge|charges|charging|tax|taxes|taxing|taxe|taxent|impose|imposes|imposing|imposent|require|requires|requiring|exige|exigent|demand|demands|demanding|demande|demandent|collect|collects|collecting|percoit|percoivent|preleve|prelevent|administer|administers|administre|administrent)$/;

export function nowOfALevy(tokens: readonly Token[], at: number): boolean {
  if (!NOW.test(tokens[at]?.norm ?? '')) return false;
  // ("les Mai-Mai exigent maintenant 1000 FC par moto": the verb just before)
  if (at > 0 && !tokens[at]!.breakBefore && LEVY.test(tokens[at - 1]!.norm)) return true;
  for (let k = at + 1; k <= at + 2 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (LEVY.test(tokens[k]!.norm)) return true;
  }
  return false;
}
