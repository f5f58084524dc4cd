import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Money demanded said the short ways the earlier readers missed (pending reports26), all C6 (their money taken by force,
 * `looting_destruction`):
 * - a dollar sign the tokenizer drops, or the unit before the figure: "exigent 5$ aux voyageurs", "'fee' USD 50 per truck";
 * - an SMS barrier with its price and no verb: "barriere maimai lume 500fc", "barrier FARDC Kasindi 1000 FC";
 * - a demand verb right before the sum: "ask 1000 FC at the bridge", "wanadai 2000 fc", "exigent 5000 FC";
 * - taxes collected per head or per item, whatever is paid: "collecting 'taxes' at the gold site, 2g gold per digger".
 * Look-alikes kept out: a ransom ("demanded USD 500 for his release" is the abduction's), a price or a wage
 * ("le sac coûte 30 000 FC", "paid 5$ a day"), money stolen ("robbed of 50$" is read as robbery already).
 */
const UNIT = /^(fc|fcs|francs?|usd|dollars?|shillings?|ugx)$/;
const GLUED = /^\d+(fc|fcs|usd)$/;
const BARRIER = /^(barrier\w*|barriere\w*|roadblocks?|checkpoints?|cp|barrages?|peage)$/;
const DEMAND = /^(ask|asks|asking|asked|impose|imposes|imposing|imposed|imposent|demand|demands|demanding|demanded|exige|exigent|exigeait|exigeaient|exigeant|reclame\w*|wanadai|wanaomba|wanatoza|inadai|anadai|fee|fees|frais|jetons?|taxes?|tax)$/;
const PER = /^(per|par|each|every|chaque|kwa|kila)$/;
const TAX = /^(taxes|taxe|tax|jetons?|contributions?|levy|levies)$/;
const COLLECT = /^(collecting|collect|collects|collected|imposing|imposes|imposed|levying|percoivent|percoit|prelevent|imposent|wanachukua|wanatoza)$/;
const NOT_LEVY = /^(ransom|rancon|rancons|release|liberation|liberer|fidia|salary|salaire|wage|wages|day|jour|coute|costs?|prix|price|robbed|vole|voles|stolen|emporte\w*)$/;

// (a hit needs a tax word, a demand word or a barrier: the three below)
const PRICED_DEMAND_SAID = trigger([
  'taxes', 'taxe', 'tax', 'jeton', 'jetons', 'contribution', 'contributions', 'levy', 'levies',
  'ask', 'asks', 'asking', 'asked', 'impose', 'imposes', 'imposing', 'imposed', 'imposent', 'demand', 'demands', 'demanding', 'demanded', 'exige',
  'exigent', 'exigeait', 'exigeaient', 'exigeant', 'reclame*', 'wanadai', 'wanaomba', 'wanatoza', 'inadai', 'anadai', 'fee', 'fees', 'frais',
  'barrier*', 'roadblock', 'roadblocks', 'checkpoint', 'checkpoints', 'cp', 'barrage', 'barrages', 'peage',
]);
const hit = (i: number): SignalHit => ({ value: { signal: 'loot', subType: 'extortion' }, start: i, end: i + 1 });

function moneyAt(tokens: readonly Token[], description: string, i: number): boolean {
  const t = tokens[i]!;
  if (GLUED.test(t.norm)) return true;
  if (!/^\d+$/.test(t.text)) return false;
  let k = i + 1;
  while (/^\d{3}$/.test(tokens[k]?.norm ?? '')) k++;
  return UNIT.test(tokens[k]?.norm ?? '') || description[tokens[k - 1]!.end] === '$' || description[t.start - 1] === '$' || /^(usd|\$)$/.test(tokens[i - 1]?.norm ?? '');
}

function pricedDemandHits(tokens: readonly Token[], description: string): SignalHit[] {
  if (!said(tokens, PRICED_DEMAND_SAID)) return [];
  if (tokens.some((t) => NOT_LEVY.test(t.norm))) return [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // taxes collected per head: "collecting taxes … per digger"
    if (TAX.test(w) && [1, 2, 3].some((d) => COLLECT.test(tokens[i - d]?.norm ?? '')) && tokens.slice(i, i + 12).some((t) => PER.test(t.norm))) return [hit(i)];
    if (!moneyAt(tokens, description, i)) continue;
    // a demand right before the sum, the clause's own: "ask 1000 FC", "exigent 5$", "'fee' USD 50"
    for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1]!.breakBefore; k--) if (DEMAND.test(tokens[k]!.norm)) return [hit(i)];
    // an SMS barrier and its price: "barriere maimai lume 500fc"
    for (let k = i - 1; k >= 0 && k >= i - 4 && !tokens[k + 1]!.breakBefore; k--) if (BARRIER.test(tokens[k]!.norm)) return [hit(i)];
  }
  return [];
}

/** The barrier readers' hits (constructions/barriers-and-money.ts), or these when they found none. */
export function orPricedDemand(found: SignalHit[], tokens: readonly Token[], description: string): SignalHit[] {
  return found.length > 0 ? found : pricedDemandHits(tokens, description);
}
