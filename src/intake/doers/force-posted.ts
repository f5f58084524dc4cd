import type { Token } from '../normalize.js';
import type { CategoryId } from '../../domain/taxonomy.js';

/**
 * A host force named only as posted, deployed, arriving or called in, in a report of people coming home, of calm, or of an
 * explosive found (pending reports38): "400 people went back home, FARDC posted at the entrance of the village", "les FARDC
 * ont installé une position à l'entrée du village", "FARDC reinforcements from Beni arrived", "EEI trouvé près du pont,
 * génie FARDC appelé", "UXO found, FARDC engineers called". It did nothing to anyone (C2: not bystanders or responders).
 * Look-alikes keep the force: a harm in its clause ("FARDC posted at the barrier demand 500 FC", "les renforts FARDC ont
 * arrêté 3 jeunes") and every other category (a force arriving at an attack is read by doers/force-responding.ts).
 */
const POSTED = /^(posted|deployed|stationed|installed|installe|installee|installes|installees|position|positions|arrived|arrive|arrives|arrivees|reinforcements|renforts|renfort|called|appele|appeles|appelee|sent|envoye|envoyes|deploye|deployes|deploiement|positionne|positionnes|guarding|securing|securisent|on|standby|alerte|alertes|informed|informes|engineers|genie)$/;
const HARM = /^(beat|beaten|beating|shot|shoot|fired|tir\w*|arrest\w*|arret\w*|kill\w*|tue\w*|loot\w*|pill\w*|rap\w*|viol\w*|extort\w*|ranconn\w*|tabass\w*|fouett\w*|whip\w*|burn\w*|brul\w*|detain\w*|deten\w*|took|pris|prise|racket\w*|demand\w*|exig\w*|frapp\w*|threat\w*|menac\w*|block\w*|bloqu\w*|chass\w*|harass\w*|occup\w*|refus\w*)$/;
const CATEGORIES: ReadonlySet<CategoryId> = new Set(['other', 'displacement', 'explosive_hazard']);

export function forceOnlyPosted(tokens: readonly Token[], start: number, end: number, category: CategoryId): boolean {
  if (!CATEGORIES.has(category)) return false;
  let from = start;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  let to = end;
  while (to < tokens.length && !tokens[to]!.breakBefore) to++;
  let posted = false;
  for (let k = from; k < to; k++) {
    const n = tokens[k]!.norm;
    if (HARM.test(n)) return false;
    if (POSTED.test(n) && Math.abs(k - start) <= 4) posted = true;
  }
  return posted;
}
