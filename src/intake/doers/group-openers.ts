import type { Token } from '../normalize.js';

/**
 * More ways a group outside the actor list opens the clause that tells what it did (reports23, C5):
 * - after "that"/"que" in a relayed report ("informed the police that FRPI took 30 goats"),
 * - after its leader's possessive ("Guidon's NDC-R collecting taxes", "Lubanga's CRP have occupied"),
 * - with its leader after it ("Les APCLS de Janvier ont enlevé", "NDC-R of Guidon abducted"),
 * - named in full after a plural article at the head of a clause ("Les Biloze Bishambuke ont érigé une
 *   barrière", "The Twa Ngumino have looted"): two capitalised words or more, then what they did.
 * A capitalised name alone stays no group (a person's name is no perpetrator).
 */

const REPORTED = /^(that|que|qu)$/;

/** The acronym at i opens a clause after "that/que" or a leader's "'s". */
export function opensAfterReportOrLeader(tokens: readonly Token[], text: string, i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || tokens[i]!.breakBefore) return false;
  if (REPORTED.test(prev.norm)) return true;
  // "Guidon's NDC-R": the apostrophe sits right before the "s"
  const before = tokens[i - 2];
  return prev.norm === 's' && before !== undefined && /['\u2019]/.test(text[prev.start - 1] ?? '') && /^\p{Lu}/u.test(before.text);
}

/** After the acronym ending at `end`, its leader's name ("de Janvier", "of Guidon"): where the verb may start. */
export function afterLeader(tokens: readonly Token[], end: number, taken: Uint8Array): number {
  const link = tokens[end];
  if (!link || link.breakBefore || !/^(de|du|of)$/.test(link.norm)) return end;
  let k = end + 1;
  while (k < end + 3 && tokens[k] && !tokens[k]!.breakBefore && !taken[k] && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text)) k++;
  return k > end + 1 ? k : end;
}

// Capitalised words at a clause's head that are no armed group's name.
const NOT_GROUP = /^(casques?|bleus?|blue|helmets?|forces?|autorites?|authorities|chefs?|chiefs?|notables?|jeunes|youths?|femmes|women|eglises?|churches?|ong|ngos?|nations|unies|united|croix|cross|rouge|red|agents?|services?|habitants?|residents?|deplaces|displaced|idps?|pdi|elements?|militaires|soldats|soldiers|policiers|police|hommes|men|gens|people|populations?)$/;

/**
 * "Les Biloze Bishambuke ont érigé…": [start, end) of a name of two or three capitalised words after a plural article
 * that opens the text or a clause, when a verb (or an auxiliary then a verb) that `doing` accepts follows.
 */
export function articleNamedGroups(tokens: readonly Token[], taken: Uint8Array, doing: (w: string) => boolean, aux: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let a = 0; a + 3 < tokens.length; a++) {
    const art = tokens[a]!;
    if (!/^(les|the)$/.test(art.norm) || !(a === 0 || art.breakBefore || (a === 1 && /^\p{Lu}/u.test(tokens[0]!.text)))) continue;
    let end = a + 1;
    while (end < a + 4 && tokens[end] && !tokens[end]!.breakBefore && !taken[end] && /^\p{Lu}\p{Ll}+$/u.test(tokens[end]!.text) && !NOT_GROUP.test(tokens[end]!.norm)) end++;
    if (end - (a + 1) < 2) continue;
    let k = end;
    while (k < end + 2 && aux.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    const verb = tokens[k];
    if (verb && !verb.breakBefore && doing(verb.norm)) out.push([a + 1, end]);
  }
  return out;
}

/**
 * After the acronym, an aside in brackets ("NDC-R (Guidon wing) taking one goat per household", "les APCLS (faction
 * Janvier) ont enlevé"): the token right after the closing bracket, where the verb may start; `at` when no aside opens
 * there. (reports45)
 */
export function afterAside(tokens: readonly Token[], text: string, at: number): number {
  const open = tokens[at];
  if (!open || text[open.start - 1] !== '(') return at;
  for (let m = at + 1; m < tokens.length && m <= at + 4; m++) if (text.slice(tokens[m - 1]!.end, tokens[m]!.start).includes(')')) return m;
  return at;
}
