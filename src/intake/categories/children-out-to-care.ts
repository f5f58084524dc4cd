import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Children who came out of an armed group, then handed over to child protection (reports36, t36c): "cp: 5 kids left codeco
 * grp near largu, handed to cp partner in bunia", "3 CODECO combatants arrested by FARDC, among them a 17-year-old who was
 * handed to CP", "enfant soldat de 16 ans du grpe wazalendo remis a la monusco". They were in the group's ranks: the end of
 * their use, a child violation (C18; counted as children affected by the count readers), whoever handed them over. The
 * release verb of children-released.ts needs the group right after it; here the group is named anywhere in the sentence
 * and the hand-over names child protection. Look-alikes kept out: "children handed over to their parents after the
 * floods" (no group), "FARDC arrested 3 CODECO combatants, handed to the auditorat" (no child), "adults handed to CP".
 */
const CHILD = /^(kids?|children|child|boys?|girls?|minors?|enfants?|mineurs?|mineures?|garcons?|filles?|eafga|caafag|kadogos?|teenagers?|adolescents?)$/;
const HANDED = /^(handed|remis|remise|remises|transferred|transfere\w*|confie\w*|referred|refere\w*)$/;
// child protection named as who received them
const CARE = /^(cp|protection|monusco|unicef|cto|transit|partner|partners|partenaire|partenaires|ong|ngo|ddr|reunification)$/;

export function childrenOutToCareHits(tokens: readonly Token[], mentions: readonly { start: number; end: number; actor: { hostState: boolean } }[]): SignalHit[] {
  if (!mentions.some((m) => !m.actor.hostState)) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!HANDED.test(tokens[i]!.norm)) continue;
    // child protection within a few words after: "handed to cp partner", "remis a la monusco", "handed over to CP"
    let care = false;
    for (let k = i + 1; k < tokens.length && k <= i + 5 && !tokens[k]!.stopBefore; k++) if (CARE.test(tokens[k]!.norm)) care = true;
    if (!care) continue;
    // a child, or an age under 18, before it in the sentence
    for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
      const w = tokens[k]!.norm;
      const age = /^\d{1,2}$/.test(w) && /^(year|yr|ans)$/.test(tokens[k + 1]?.norm ?? '') && Number(w) < 18;
      if (CHILD.test(w) || age) return [{ value: { signal: 'recruit', subType: 'recruitment' }, start: i, end: i + 1 }];
      if (tokens[k + 1]!.stopBefore && k < i - 1) break;
    }
  }
  return [];
}
