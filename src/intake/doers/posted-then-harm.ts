import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A force or service named with where it is posted, then what it did: "soldiers manning the barrier at Rwindi demand 500
 * FC", "des agents de la DGM au poste frontalier de Kasindi exigent 10$", "policiers en poste au pont de Kasindi
 * rackettent", "soldiers guarding the bridge beat a moto driver". The post words are skipped (articles, the post, a place
 * name) and the verb after them is read as the subject's (`doerAt`, host-forces.ts's reading of a subject). Only those
 * words: a clause that names another actor or turns ("soldiers at the barrier fled when ADF attacked") is not skipped.
 * Also a leader and his men: "the Kasenyi police commander and 3 of his agents held 8 fishermen", "le commandant et
 * deux de ses éléments ont tabassé". (reports45)
 */
const POSTED_WORDS = ['manning', 'guarding', 'posted', 'stationed', 'deployed', 'based', 'tenant', 'gardant', 'postes', 'poste', 'deployes', 'bases', 'au', 'aux', 'at'];
const POSTED: ReadonlySet<string> = new Set(POSTED_WORDS);
// the words of the post, skipped up to the verb
const POST_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'le', 'la', 'les', 'l', 'de', 'd', 'du', 'des', 'at', 'a', 'au', 'aux', 'of', 'on', 'in', 'en', 'sur',
  'barrier', 'barriers', 'barriere', 'barrieres', 'roadblock', 'roadblocks', 'checkpoint', 'checkpoints', 'post', 'poste', 'postes',
  'border', 'frontier', 'frontalier', 'frontiere', 'bridge', 'pont', 'entrance', 'entree', 'exit', 'sortie', 'market', 'marche',
  'port', 'beach', 'plage', 'crossing', 'passage', 'gate', 'road', 'route', 'axe', 'junction', 'carrefour', 'rond', 'point',
]);
const POST_SAID = trigger(POSTED_WORDS);
const TURN = /^(when|as|while|quand|lorsque|pendant|and|et|but|mais|who|qui|after|apres|before|avant)$/;

export function postedThenHarm(tokens: readonly Token[], i: number, doerAt: (k: number) => boolean): boolean {
  if (!said(tokens, POST_SAID)) return false;
  // (the force word, then its own words: "agents de la DGM", "police officers")
  const first = tokens[i + 1];
  if (!first || first.breakBefore || !POSTED.has(first.norm)) return false;
  for (let m = i + 2; m < tokens.length && m <= i + 9; m++) {
    const t = tokens[m]!;
    if (t.breakBefore || TURN.test(t.norm)) return false;
    const named = /^\p{Lu}/u.test(t.text);
    if (!POST_WORDS.has(t.norm) && !named) return false;
    // the verb right after this word is the subject's
    if (doerAt(m) && !POST_WORDS.has(tokens[m + 1]?.norm ?? 'x')) return true;
  }
  return false;
}

const AND = /^(and|et|&)$/;
const HIS = /^(his|her|their|ses|leurs|son|sa)$/;
const MEN = /^(agents|men|elements|elts|hommes|soldiers|soldats|militaires|policiers|policemen|officers|escort|escorte|bodyguards|gardes|guards|subordinates|subalternes)$/;
const SOME = /^(\d+|some|several|plusieurs|deux|trois|quatre|cinq|two|three|four|five|certains|quelques)$/;

/** "commander and 3 of his agents held…": the index of the men's word whose verb follows, or -1. */
export function leaderAndMen(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    if (tokens[j]!.breakBefore) return -1;
    if (!AND.test(tokens[j]!.norm)) continue;
    let k = j + 1;
    if (SOME.test(tokens[k]?.norm ?? '')) k++;
    if (/^(of|de|d)$/.test(tokens[k]?.norm ?? '')) k++;
    if (!HIS.test(tokens[k]?.norm ?? '')) return -1;
    k++;
    return MEN.test(tokens[k]?.norm ?? '') && !tokens.slice(j, k + 1).some((t) => t.breakBefore) ? k : -1;
  }
  return -1;
}
