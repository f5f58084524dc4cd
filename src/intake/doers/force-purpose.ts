import type { Token } from '../normalize.js';

/**
 * C1/C2, two ways soldiers or police are the subject of a harm the earlier readers missed (doers/host-forces.ts):
 * - a French object pronoun between them and the verb: "des militaires les rackettent", "des policiers l'ont frappé",
 *   "les militaires leur prennent leurs biens", "des militaires nous ont tabassés";
 * - they come, enter or pass somewhere in order to do it: "des militaires entrent la nuit pour les racketter",
 *   "soldiers come into the site at night to extort the IDPs", "des policiers passent chaque soir pour exiger 2000 FC".
 * Look-alikes kept out: who came to help, secure or protect ("sont venus pour sécuriser", not a harm), the police come
 * "to arrest the suspects" (the crime answered), a negation ("ne les ont pas frappés").
 */
const PRONOUN = /^(les|le|la|l|leur|lui|nous|vous|me|m|te|t|y|en)$/;
const AUX = /^(ont|a|avaient|avait|auraient|aurait|sont|est|etaient|etait)$/;
const NEGATION = /^(ne|n|pas|jamais|not|never)$/;
const COME = /^(come|comes|came|coming|enter|enters|entered|entering|go|goes|went|pass|passes|entrent|entraient|entrer|entre|entres|entree?s|viennent|venaient|venir|venus|venues|vont|allaient|passent|passaient|passer|debarquent|debarquaient|surgissent|rodent|circulent)$/;
const PURPOSE = /^(pour|to|afin|pr)$/;
const FILL = /^(de|d|du|des|the|la|le|les|l|dans|into|in|to|au|aux|a|at|night|nuit|chaque|every|each|soir|evening|morning|matin|day|jour|site|camp|village|quartier|maisons?|houses?|markets?|marche|road|route|here|ici|parfois|sometimes|often|souvent|toujours|always)$/;

/** The force word at `i` is the subject of a harm verb reached past a pronoun or through a purpose clause. */
export function forceCameToHarm(tokens: readonly Token[], i: number, harmVerb: (n: string) => boolean, culprit: RegExp): boolean {
  const k = i + 1;
  const clause = (j: number): boolean => j < tokens.length && !tokens[j]!.breakBefore;
  // "les rackettent", "l'ont frappé", "nous ont tabassés"
  if (clause(k) && PRONOUN.test(tokens[k]!.norm)) {
    let v = k + 1;
    if (clause(v) && AUX.test(tokens[v]!.norm)) v++;
    return clause(v) && harmVerb(tokens[v]!.norm) && !NEGATION.test(tokens[v]!.norm);
  }
  // "entrent la nuit pour les racketter", "come into the site at night to extort"
  if (!clause(k) || !COME.test(tokens[k]!.norm)) return false;
  for (let j = k + 1; j <= k + 7 && clause(j); j++) {
    const w = tokens[j]!.norm;
    if (NEGATION.test(w)) return false;
    if (PURPOSE.test(w)) {
      let v = j + 1;
      if (w === 'afin' && /^(de|d)$/.test(tokens[v]?.norm ?? '')) v++;
      while (v < j + 4 && clause(v) && PRONOUN.test(tokens[v]!.norm)) v++;
      // ("come to the market … to extort": a "to" before a place goes on to the purpose)
      if (!clause(v) || !harmVerb(tokens[v]!.norm)) {
        if (w === 'to' && FILL.test(tokens[v]?.norm ?? '')) continue;
        return false;
      }
      for (let c = v + 1; c <= v + 3 && clause(c); c++) if (culprit.test(tokens[c]!.norm)) return false;
      return true;
    }
    if (!FILL.test(w) && !/^\p{Lu}/u.test(tokens[j]!.text)) return false;
  }
  return false;
}
