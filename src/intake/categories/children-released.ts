import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Children released, handed over or separated BY a non-state armed group ("11 children (nine boys, two girls) aged 13-17
 * released by Twirwaneho at Minembwe", "8 enfants libérés par les Zaïre et remis à un partenaire", "3 boys handed over
 * by CODECO to MONUSCO"): they were in its ranks, the end of their recruitment and use (C18: a child violation, high,
 * restricted). The release verb follows the children within the clause (a bracketed breakdown or an age between), and
 * the group follows the verb. Look-alikes kept out: the host state's forces ("released by the FARDC"), adults released,
 * children released by the police from a cell.
 */
const CHILDREN = /^(boys|girls|children|kids|minors|teenagers|adolescents|garcons|filles|enfants|mineurs|ados|eafga|cafaag|watoto|wavulana)$/;
const RELEASED = /^(released|freed|handed|liberes|liberees|liberes|relaches|relachees|remis|rendus|demobilises|demobilised|demobilized|separes|separees)$/;
const RELEASED_SAID = trigger(['released', 'freed', 'handed', 'liberes', 'liberees', 'relaches', 'relachees', 'remis', 'rendus', 'demobilises', 'demobilised', 'demobilized', 'separes', 'separees']);
const CHILDREN_SAID = trigger(['boys', 'girls', 'children', 'kids', 'minors', 'teenagers', 'adolescents', 'garcons', 'filles', 'enfants', 'mineurs', 'ados', 'eafga', 'cafaag', 'watoto', 'wavulana']);
const BETWEEN = /^(over|to|par|by|les|le|la|l|des|du|de|the|elements|fighters|combattants|miliciens|militiamen|groupe|group)$/;

export function childrenReleasedHits(tokens: readonly Token[], mentions: readonly { start: number; end: number; actor: { hostState: boolean } }[]): SignalHit[] {
  if (!said(tokens, RELEASED_SAID) || !said(tokens, CHILDREN_SAID)) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!RELEASED.test(tokens[i]!.norm)) continue;
    // the children before the verb, in the same sentence (brackets and an age may stand between)
    let child = -1;
    for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
      if (CHILDREN.test(tokens[k]!.norm)) child = k;
      if (tokens[k]!.stopBefore) break;
    }
    if (child < 0) continue;
    // the group right after: "by Twirwaneho", "par les Zaïre", "over by CODECO"
    let k = i + 1;
    while (k < i + 5 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.stopBefore) k++;
    const m = mentions.find((x) => x.start === k);
    if (!m || m.actor.hostState || !/^(by|par|over)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    return [{ value: { signal: 'recruit', subType: 'recruitment' }, start: i, end: i + 1 }];
  }
  return [];
}
