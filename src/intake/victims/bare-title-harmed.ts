import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { compoundTitleWords, TITLE_SAID } from './compound-titles.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { said } from '../triggers.js';

/**
 * One person named by a title of three words, bare at the opening of a clause (reports36, t36c): "Goma: human rights
 * defender from Lushagala IDP site abducted by unknown armed men", "civil society leader shot dead in Beni", "Rutshuru:
 * community radio journalist from Kiwanja beaten by M23". The bare-noun reading of one person (victims/victim-words.ts
 * singular) takes one word before the person; the titles of compound-titles.ts take two. One victim, where no other reading
 * gave that count. Look-alikes kept out: "civil society leaders abducted" (plural), "human rights defender from Beni
 * killed 2 thieves" (an object after the verb: the title is the doer), "civil society leader says 3 were abducted",
 * "Women's leader threatened for denouncing rapes".
 */
const HARM: ReadonlySet<VictimKey> = new Set(['killed', 'injured', 'abducted', 'crsvSurvivors']);
const PLACE_NOUN = /^(site|camp|camps|settlement|quartier|village|committee|comite)$/;
const STOP = /^(for|pour|after|apres|since|depuis|who|qui|says|said|dit|denonce\w*|threatened|menace\w*)$/;
const OBJECT = /^(\d+|a|an|the|un|une|le|la|les|des|his|her|their|ses|sa|son)$/;

export function bareTitleHarmed(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, TITLE_SAID)) return;
  for (let k = 0; k + 3 < tokens.length; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1];
    if (before && !t.breakBefore && t.start - before.end <= 1) continue;
    if (compoundTitleWords(tokens, k) !== 2 || !isSingularPerson(tokens[k + 2]!.norm)) continue;
    for (let v = k + 3; v < tokens.length && v <= k + 11; v++) {
      const w = tokens[v]!;
      // ("threatened for denouncing rapes": what the person did or spoke of is no harm to them)
      if (w.breakBefore || /^\d/.test(w.norm) || STOP.test(w.norm) || w.norm.endsWith('ing')) break;
      // ("from Lushagala IDP site": a person word naming a place is no other person)
      if (isPerson(w.norm) && !PLACE_NOUN.test(tokens[v + 1]?.norm ?? '')) break;
      const key = verbAt(tokens, v);
      if (!key) continue;
      if (!HARM.has(key) || w.norm.endsWith('ing') || OBJECT.test(tokens[v + 1]?.norm ?? '')) break;
      if (victims[key] === null) victims[key] = 1;
      return;
    }
  }
}
