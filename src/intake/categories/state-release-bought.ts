import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * People the host state's forces held and let go once they paid (C6, C23: held until they pay, by the police, the army,
 * the ANR: a detention, nobody abducted): "5 pêcheurs détenus par les FARDC, libérés contre 30 000 FC chacun", "une
 * trentaine d'hommes emmenés au camp FARDC, relâchés contre 10000fc", "PNC and FARDC arrested 20 people, most released
 * after paying", "freed by the police against 50$". The release verb, then within a few words a sum or a payment; a
 * force of the state or its place of custody named; no armed group that is not the state named (that is the abduction,
 * release-bought.ts). Look-alikes kept out: "released after 3 hours" (a time, no sum), "M23 detained 6 … released
 * against 100$" (a group: abduction), "the moto released after payment" (a thing: no one held, release-bought.ts).
 */

const FREED = new Set(['released', 'freed', 'libere', 'liberes', 'liberee', 'liberees', 'relache', 'relaches', 'relachee', 'relachees', 'relaxe', 'relaxes', 'relaxee', 'relaxees', 'let']);
const FREED_SAID = trigger([...FREED]);
const FOR_MONEY = new Set(['after', 'apres', 'contre', 'moyennant', 'against', 'on', 'upon', 'once', 'for']);
const PAID = /^(pay|pays|paid|paying|payment|paiement|payer|paye|payee|payes|avoir|usd|\$|dollars?|fc|francs|amende|fine|caution|bail)$/;
const SUM = /^\d[\d.,]*(fc|usd|\$)?$/;
// The state's forces or their places of custody (the ANR, DEMIAP and T2 are the state too, C5, C15).
const STATE = /^(police|policiers?|policemen|pnc|fardc|militaires?|soldiers?|soldats?|army|armee|anr|demiap|opj|t2|p2|cachot|cachots|cell|cells|amigo|auditorat|auditorate|parquet|commissariat|custody|prison|jail)$/;

const KIDNAP = /^(kidnapped|kidnappee?s?|kidnapping|abducted|abduction|enlevee?s?|enlevement|ravisseurs?|captors?|kidnappers?|ransom|rancon|otages?|hostages?)$/;

/** Where the bought release is ("libérés contre 30 000 FC"), or -1. `groupNamed`: an armed group that is not the state is named. */
export function stateReleaseBoughtAt(tokens: readonly Token[], groupNamed: boolean, stateNamed: boolean): number {
  // ("kidnapped …, released for 10,000 USD", a ransom: a kidnapping, whoever reports it, "PNC Goma: …")
  if (groupNamed || !said(tokens, FREED_SAID)) return -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!FREED.has(tokens[i]!.norm)) continue;
    if (tokens.some((t) => KIDNAP.test(t.norm))) return -1;
    let j = i + 1;
    if (tokens[i]!.norm === 'let' && !/^(out|go)$/.test(tokens[j++]?.norm ?? '')) continue;
    if (paymentFollows(tokens, j) && (stateNamed || tokens.some((t) => STATE.test(t.norm)))) return i;
  }
  return -1;
}

// "contre 30 000 FC", "against 100$", "after paying", "après paiement d'une amende", "moyennant 10000fc": within five words.
function paymentFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 4; k++) {
    if (k > from && tokens[k]!.breakBefore) return false;
    if (!FOR_MONEY.has(tokens[k]!.norm)) continue;
    // ("contre 50$", "against 100$": the sign is dropped, a number after "against" is a sum)
    if (/^(contre|against|moyennant)$/.test(tokens[k]!.norm) && SUM.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) return true;
    for (let m = k + 1; m < tokens.length && m <= k + 4 && !tokens[m]!.breakBefore; m++) {
      const w = tokens[m]!.norm;
      if (/^(no|not|sans|aucune?|without)$/.test(w)) return false;
      if (PAID.test(w) && w !== 'avoir') return true;
      if (w === 'avoir' && /^(paye|payes|verse)$/.test(tokens[m + 1]?.norm ?? '')) return true;
      if (SUM.test(w) && (/(fc|usd|\$)$/.test(w) || /^(usd|\$|dollars?|fc|francs|000)$/.test(tokens[m + 1]?.norm ?? ''))) return true;
    }
    return false;
  }
  return false;
}
