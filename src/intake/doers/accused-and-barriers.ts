import { lingalaSwahiliHarm } from '../vocabulary/lingala-swahili-harm.js';
import type { Token } from '../normalize.js';
import { stealingVerb } from './stealing-forces.js';

/**
 * Ways of saying that police or soldiers did the harm that doers/host-forces.ts reads only in its plain form
 * (C1, C2): Swahili and SMS verbs ("militaires wamepiga bijana", "police inakamata", "wameshikwa na
 * police"), a place after the force ("deux policiers de Mambasa ont passé à tabac", "l'OPJ de Nyankunde
 * détient"), an accusation ("un OPJ accusé d'avoir torturé", "accusent la police de confisquer",
 * "policiers mis en cause pour le viol") and a barrier they hold ("barrière tenue par des militaires").
 */

// Swahili verbs of harm with their subject and tense prefixes: wa-me-piga, i-na-kamata, wa-me-shikwa, a-li-uawa.
const SWAHILI_HARM = /^(wa|a|i|u|li|ya|zi|ki)?(li|me|na|ta)?(kamat(a|wa|iwa)|shik(a|wa)|pig(a|wa)|bak(a|wa)|chom(a|wa|ea)|ib(a|iwa|wa)|fung(a|wa)|tes(a|wa)|ua|uawa|uliwa|tish(ia|iwa))$/;
// French and English verb forms host-forces' HARM list leaves out ("détient", "confisquer", "took away").
// (reports23: "des policiers ont ravi les marchandises")
// (SMS-typed harm: "2 wmn rpd by soldiers", "fille vlée par des militaires", "bt by police", "arrstd" is in HARM)
const MORE_HARM = /^(detient|detiennent|confisqu\w*|confiscat\w*|seiz\w*|saisi\w*|ranconn\w*|pointed|pointing|braqu\w*|ravi|ravie|ravis|ravissent|ravissaient|ravir|rpd|rapd|rped|vlee|vlees|tabase\w*|beatn|bten|whipd|kild|kld|shotd)$/;
// (a building taken over, C13: "les militaires ont transformé l'école en cantonnement", "soldiers converted the health post into a base": reports41)
const TURNED_INTO = /^(transform(e|ee|es|ees|ent|aient|ait|ed|ing)|converti[es]?|convert(ed|ing))$/;

export const moreHarm = (n: string): boolean => SWAHILI_HARM.test(n) || MORE_HARM.test(n) || stealingVerb(n) || lingalaSwahiliHarm(n) || TURNED_INTO.test(n); // ("ont volé", "robbed": stealing-forces.ts)

/** "passé à tabac", "passent à tabac": the verb "passer" is harm only with "à tabac". */
export const beatenUp = (tokens: readonly Token[], k: number): boolean =>
  /^(passe|passes|passee|passees|passent|passaient|passer)$/.test(tokens[k]?.norm ?? '') && tokens[k + 2]?.norm === 'tabac';

const ACCUSED = /^(accuse|accuses|accusee|accusees|accused|soupconnes?|suspected|soupconne|blamed|implicated|impliques?)$/;
const OF = /^(d|de|of|pour|for|in|dans|avoir|having|du|des|le|la|les|l|the|a|an)$/;

/**
 * The force at i is accused of a harm: "OPJ accusé d'avoir torturé", "soldiers accused of raping", "policiers
 * mis en cause pour le viol" (after it), or "accusent la police de confisquer" (around it).
 * `isHarm` is the caller's test of a harm word (verb or noun).
 */
export function accusedOfHarm(tokens: readonly Token[], i: number, isHarm: (n: string) => boolean): boolean {
  // after: skip a place ("de Gety") and auxiliaries, then "accusé"/"mis en cause"
  let k = i + 1;
  if (/^(de|d|of|in|at|from)$/.test(tokens[k]?.norm ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) k += 2;
  while (k < tokens.length && k <= i + 6 && /^(sont|est|ont|ete|are|is|were|was|been|have|has|qui|who|a|being|etant|allegedly|reportedly)$/.test(tokens[k]!.norm) && !tokens[k]!.breakBefore && !ACCUSED.test(tokens[k]!.norm) && tokens[k]!.norm !== 'mis') k++;
  let from = -1;
  if (ACCUSED.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) from = k + 1;
  else if (tokens[k]?.norm === 'mis' && tokens[k + 1]?.norm === 'en' && tokens[k + 2]?.norm === 'cause') from = k + 3;
  // before: "accusent la police de …", "accuse soldiers of …"
  if (from < 0) {
    let b = i - 1;
    while (b >= 0 && b >= i - 3 && /^(la|le|les|l|des|the|some|des|un|une|a)$/.test(tokens[b]!.norm)) b--;
    if (b >= 0 && /^accus\w*$/.test(tokens[b]!.norm) && !tokens[i]!.breakBefore) from = i + 1;
  }
  if (from < 0) return false;
  for (let j = from; j < tokens.length && j <= from + 4; j++) {
    if (j > from && tokens[j]!.breakBefore) return false;
    if (isHarm(tokens[j]!.norm)) return true;
    if (!OF.test(tokens[j]!.norm)) return false;
  }
  return false;
}

/** "barrière illégale tenue par des militaires", "checkpoint manned by soldiers": the barrier is theirs. */
export function barrierHeldBy(tokens: readonly Token[], i: number, barrier: RegExp): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && /^(des|de|du|d|la|les|l|the|some|quelques|un|une|a)$/.test(tokens[k]!.norm)) k--;
  if (!/^(par|by)$/.test(tokens[k]?.norm ?? '')) return false;
  if (!/^(tenue|tenues|tenu|tenus|manned|held|run|erected|erigee|erigees|installee|installees|dressee|dressees|mounted|montee|montees)$/.test(tokens[k - 1]?.norm ?? '')) return false;
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) if (barrier.test(tokens[j]!.norm)) return true;
  return false;
}
