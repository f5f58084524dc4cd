import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The death blamed on someone accused of witchcraft is the accusation's cause, not a harm of the report (reports36):
 * "two men accused of witchcraft beaten by a crowd after a child's death", "homme accusé de sorcellerie tué par des
 * jeunes après le décès de 2 enfants", "la maison d'une famille accusée de sorcellerie incendiée après la mort d'un
 * élève". The dead of the cause were no victims of this incident (and a child among them makes no child violation):
 * the clause from "after/après/suite à" to the clause's end is set aside for signals and muted for counts. Only when a
 * word of witchcraft is in the report; a death after which armed men attacked keeps its reading.
 */
const WITCHCRAFT_WORDS = [
  'witchcraft', 'witch', 'witches', 'sorcery', 'sorcerer', 'sorcerers', 'sorcellerie', 'sorcier', 'sorciers', 'sorciere', 'sorcieres',
  'ndoki', 'bandoki', 'uchawi', 'mchawi', 'wachawi', 'envoutement', 'envouteur', 'envoutee', 'envoute',
];
const WITCHCRAFT: ReadonlySet<string> = new Set(WITCHCRAFT_WORDS);
const WITCHCRAFT_SAID = trigger(WITCHCRAFT_WORDS);
const CAUSE: ReadonlySet<string> = new Set(['after', 'following', 'apres', 'suite', 'over']);
const DEATH: ReadonlySet<string> = new Set(['death', 'deaths', 'died', 'mort', 'morts', 'deces', 'illness', 'maladie', 'sickness', 'disparition', 'disappearance']);
const BETWEEN: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 's', 'la', 'le', 'l', 'les', 'du', 'de', 'des', 'd', 'a', 'recent', 'sudden', 'subite', 'brutale', 'soudaine']);

// Who died, and where: "of 2 children in the village", "d'un élève au quartier".
const WHOSE = /^(\d+|one|two|three|four|un|une|deux|trois|quatre|child|children|kid|kids|enfants?|eleves?|pupils?|son|sons|fils|fille|filles|daughters?|girl|boy|babys?|bebes?|nephew|neveu|niece|chief|chef|man|woman|men|women|femmes?|hommes?|villagers?|villageois|relatives?|parents?|his|her|their|sa|son|ses|leur|leurs|own)$/;
const PLACE_WORD: ReadonlySet<string> = new Set(['in', 'au', 'aux', 'dans', 'en', 'village', 'quartier', 'neighbourhood', 'neighborhood', 'family', 'famille', 'locality', 'localite', 'area', 'ce', 'this', 'week', 'month', 'semaine', 'mois', 'last', 'dernier', 'derniere']);

/** The cause clause's tokens [start, end), or null when the report has none. Set lookups until a witchcraft word is seen. */
// (asked by the signal, mute and count readers of the same text: read once per text)
let last: { tokens: readonly Token[] | null; cause: { start: number; end: number } | null } = { tokens: null, cause: null };
export function accusationCause(tokens: readonly Token[]): { start: number; end: number } | null {
  if (last.tokens !== tokens) last = { tokens, cause: readCause(tokens) };
  return last.cause;
}

// A death of nature blamed on the accused (t36c): "after lightning killed 2 children", "après que la foudre a tué un
// enfant". Lightning or an illness killing is no violation: the clause is the accusation's cause like "after the death of".
const NATURE: ReadonlySet<string> = new Set(['lightning', 'thunder', 'foudre', 'tonnerre', 'illness', 'disease', 'maladie', 'sickness', 'epidemic', 'epidemie']);
const NATURE_KILLS = /^(killed|kills|struck|tue|tuee|tues|tuees|frappe|frappee|foudroye\w*|emporte\w*|took)$/;
const NATURE_LINK: ReadonlySet<string> = new Set(['que', 'qu', 'the', 'la', 'le', 'l', 'a', 'had', 'has', 'avait', 'and', 'et']);
// "accused of the death of a child", "les accusait de la mort d'un enfant", "accusés d'avoir causé la mort de": the
// death they are accused of is the accusation's cause.
const ACCUSED = /^(accus\w*|blamed?|blaming|suspect\w*|soupconn\w*)$/;
const CAUSING: ReadonlySet<string> = new Set(['them', 'him', 'her', 'les', 'le', 'la', 'l', 'of', 'for', 'de', 'd', 'causing', 'caused', 'cause', 'avoir', 'provoque', 'provoquee', 'having', 'the', 'a']);

function readCause(tokens: readonly Token[]): { start: number; end: number } | null {
  if (!said(tokens, WITCHCRAFT_SAID) || !tokens.some((t) => WITCHCRAFT.has(t.norm))) return null;
  for (let c = 0; c < tokens.length; c++) {
    const nature = natureKilled(tokens, c);
    if (nature) return nature;
    const blamed = deathBlamed(tokens, c);
    if (blamed) return blamed;
    if (!CAUSE.has(tokens[c]!.norm)) continue;
    let k = c + 1;
    // ("after a child's death": the death may follow its noun; "après le décès de 2 enfants": or come first)
    while (k < tokens.length && k <= c + 5 && !tokens[k]!.breakBefore && !DEATH.has(tokens[k]!.norm)) k++;
    if (k >= tokens.length || k > c + 5 || tokens[k]!.breakBefore || !DEATH.has(tokens[k]!.norm)) continue;
    if (!tokens.slice(c + 1, k).every((t) => BETWEEN.has(t.norm) || WHOSE.test(t.norm))) continue;
    // (only the cause's noun phrase: "after the death of a child the crowd beat him to death" keeps its killing)
    let end = k + 1;
    while (end < tokens.length && end <= k + 6 && !tokens[end]!.breakBefore && (BETWEEN.has(tokens[end]!.norm) || WHOSE.test(tokens[end]!.norm) || PLACE_WORD.has(tokens[end]!.norm))) end++;
    return { start: c, end };
  }
  return null;
}

function causeEnd(tokens: readonly Token[], k: number): number {
  let end = k + 1;
  while (end < tokens.length && end <= k + 6 && !tokens[end]!.breakBefore && (BETWEEN.has(tokens[end]!.norm) || WHOSE.test(tokens[end]!.norm) || PLACE_WORD.has(tokens[end]!.norm))) end++;
  return end;
}

// "after lightning killed 2 children": from the cause word to the dead named after the killing verb.
function natureKilled(tokens: readonly Token[], c: number): { start: number; end: number } | null {
  if (!CAUSE.has(tokens[c]!.norm)) return null;
  let k = c + 1;
  while (k <= c + 3 && k < tokens.length && NATURE_LINK.has(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
  if (!NATURE.has(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return null;
  let v = k + 1;
  while (v <= k + 3 && v < tokens.length && NATURE_LINK.has(tokens[v]!.norm) && !tokens[v]!.breakBefore) v++;
  if (!NATURE_KILLS.test(tokens[v]?.norm ?? '') || tokens[v]!.breakBefore) return null;
  return { start: c, end: causeEnd(tokens, v) };
}

// "les accusait de la mort d'un enfant": from the accusation word to the dead named after the death.
function deathBlamed(tokens: readonly Token[], c: number): { start: number; end: number } | null {
  if (!ACCUSED.test(tokens[c]!.norm)) return null;
  let k = c + 1;
  // ("accusent 2 sorciers de la mort de": the accused named between)
  while (k <= c + 6 && k < tokens.length && (CAUSING.has(tokens[k]!.norm) || WITCHCRAFT.has(tokens[k]!.norm) || /^(\d+|two|three|deux|trois)$/.test(tokens[k]!.norm)) && !tokens[k]!.breakBefore) k++;
  if (k === c + 1 || !DEATH.has(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return null;
  return { start: c + 1, end: causeEnd(tokens, k) };
}

export function inAccusationCause(h: SignalHit, cause: { start: number; end: number } | null): boolean {
  return cause !== null && h.start >= cause.start && h.end <= cause.end;
}
