import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The host force named as one side of an exchange of fire "between" two: "a shootout between unidentified armed men and
 * the FARDC", "échange de tirs entre des bandits armés et la police", "gunfight between the FARDC and gunmen" (C4: a
 * party to a clash that hurt civilians is a perpetrator). Without it the force beside unnamed armed men reads as only
 * responding (force-responding.ts). The fire word comes right before "between/entre"; the force follows it or the
 * "and/et" of the pair, in the same clause.
 */
const CLASH_WORDS = ['shootout', 'shootouts', 'gunfight', 'gunfights', 'firefight', 'firefights', 'crossfire', 'clash', 'clashes', 'fighting', 'fight', 'fights', 'skirmish', 'skirmishes', 'exchange', 'exchanges', 'fusillade', 'fusillades', 'tirs', 'echange', 'echanges', 'affrontement', 'affrontements', 'accrochage', 'accrochages', 'combats', 'heurts', 'croises', 'fire', 'gunfire'];
const CLASH: ReadonlySet<string> = new Set(CLASH_WORDS);
const BETWEEN_SAID = trigger(['between', 'entre']);
const ARTICLE = /^(the|les|la|le|l|des|de|d|du)$/;

export function forceAsClashSide(tokens: readonly Token[], start: number): boolean {
  if (!said(tokens, BETWEEN_SAID)) return false;
  let k = start - 1;
  while (k >= 0 && ARTICLE.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore) return false;
  // (the first side: "between the FARDC and …")
  if (/^(between|entre)$/.test(tokens[k]!.norm)) return clashBefore(tokens, k);
  // (the second side: "between unidentified armed men and the FARDC")
  if (!/^(and|et|&)$/.test(tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 7; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    if (/^(between|entre)$/.test(tokens[j]!.norm)) return clashBefore(tokens, j);
  }
  return false;
}

function clashBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 2; j--) {
    if (CLASH.has(tokens[j]!.norm)) return !tokens[j + 1]!.breakBefore;
    if (tokens[j + 1]!.breakBefore) return false;
  }
  return false;
}
