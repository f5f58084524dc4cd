import type { Token } from '../normalize.js';
import type { Signals } from './categories.js';

/**
 * A group the actor list does not know, named by its acronym as the one that moved, with fighters or an auxiliary
 * between it and the verb: "about 20 NDC-R fighters passed through Mpofi, no incident", "NDC-R elements crossed Mpofi",
 * "les APCLS sont passés à Nyabiondo, pas d'incident". Fighters passing who harmed nobody are the report (a movement), not
 * a quiet day, as with a listed group (main corpus: r35en-071, r30fr-069). Not a service or an agency ("MSF team passed
 * through", "la DGM est passée": no fighters word), nor a listed actor (FARDC, MONUSCO: lookup finds them).
 */
const ACRONYM = /^[A-Z][A-Z-]{2,7}$/;
const FIGHTERS: ReadonlySet<string> = new Set(['elements', 'element', 'elts', 'miliciens', 'militia', 'militiamen', 'fighters', 'combattants', 'rebels', 'rebelles']);
const AUX: ReadonlySet<string> = new Set(['sont', 'ont', 'etaient', 'avaient', 'have', 'had', 'were', 'are', 'reportedly', 'allegedly']);

export function unlistedFightersMoved(tokens: readonly Token[], signals: Signals, known: (text: string) => boolean): boolean {
  for (const h of signals.all('movement')) {
    if (signals.all('response').some((x) => x.start === h.start)) continue;
    let k = h.start - 1;
    let fighters = false;
    // (at most one auxiliary and one fighters word, in the same clause: "NDC-R fighters have passed", "NDC-R elts ont traversé")
    if (AUX.has(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
    if (FIGHTERS.has(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) {
      fighters = true;
      k--;
    }
    const last = tokens[k];
    if (!fighters || !last || tokens[k + 1]!.breakBefore) continue;
    // ("NDC-R" is two words to the tokenizer: "NDC", then "R" after a hyphen)
    const name = last.hyphenBefore && k > 0 ? `${tokens[k - 1]!.text}-${last.text}` : last.text;
    if (!ACRONYM.test(name) || known(name)) continue;
    return true;
  }
  return false;
}
