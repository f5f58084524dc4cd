import type { Token } from '../normalize.js';

/**
 * Forces named only as the ones who answered the harm (pending reports41): "ADF kidnapped 10 near Marabo, FARDC and UPDF
 * pursuing", "FARDC et UPDF à leur poursuite", "ADF attack repelled jointly by FARDC and UPDF", "IED exploded in Beni, 2
 * injured. FARDC and MONUSCO EOD team cordoned off the area", "les FARDC ont bouclé le quartier". The force (host or
 * foreign, C2, C14) is the subject of a verb of response with only other forces, "and"/"et" and auxiliaries between, or
 * the agent of a response said in the passive ("repoussée par les FARDC"). Look-alikes that keep the force a doer:
 * a harm verb of its own ("FARDC pursuing the ADF shot a moto driver": the harm is read), a clash (C4: "FARDC and M23
 * exchanging fire"), fire returned (the clash reading decides).
 */
const RESPONSE = /^(pursu(e|es|ed|ing|it)|poursui\w*|repel(s|led|ling)?|repouss\w*|cordon(ed|ing|ne|nee|nent|ner)|boucl(e|ee|es|ees|ent|er|ait|aient)|secured|securing|securis\w*|chas(ed|ing)|traqu\w*|tracking|trailing|intervened|intervenu\w*|deployed|deploye\w*|dispatched|arrived|arrives|arrivee?s?|sont|on|en|a)$/;
// (the response words that are only a response with what follows them: "à leur poursuite", "on their trail", "en intervention")
const NEEDS_NEXT: Record<string, RegExp> = {
  sont: /^(intervenu\w*|arrive\w*|deploye\w*)$/,
  on: /^(their)$/,
  en: /^(poursuite|intervention)$/,
  a: /^(leur|leurs|la)$/,
};
// ("à leur poursuite", "à la poursuite", "à leurs trousses": not "à la barrière", "à la frontière")
const PURSUIT = /^(poursuite|trousses|recherche)$/;
// Between the force and the verb: other forces, their units, "and", auxiliaries, "jointly".
const BETWEEN = /^(and|et|&|jointly|conjointement|ensemble|together|with|avec|team|teams|equipe|equipes|eod|monusco|fib|updf|rdf|fdnb|fardc|pnc|police|troops|troupes|soldiers|militaires|elements?|elts|forces|units?|unites?|have|has|had|are|were|is|ont|sont|avaient|immediately|aussitot|quickly|rapidement|then|ensuite|already|deja|later|plus|tard)$/;
const BY = /^(by|par)$/;
// A harm of their own after the response keeps them doers: "UPDF soldiers pursuing ADF shot dead a farmer".
const OWN_HARM = /^(shot|shoot\w*|killed|kill\w*|tue|tuent|tuant|abatt\w*|arrest\w*|arret\w*|beat|beaten|beating|battu\w*|tabass\w*|fired|firing|tir|tire|tirent|tirant|rap(ed|ing)|viol\w*|loot\w*|pill\w*|burn\w*|brul\w*|incend\w*|wound\w*|bless\w*)$/;
function ownHarmAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    if (tokens[j]!.breakBefore) return false;
    if (OWN_HARM.test(tokens[j]!.norm)) return true;
  }
  return false;
}
const PASSIVE_RESPONSE = /^(repel(led)?|repouss(e|ee|es|ees)|pursued|poursuivi(e|s|es)?|cordoned|boucle(e|s|es)?|secured|securise(e|s|es)?|chased|chasse(e|s|es)?|traque(e|s|es)?|foiled|dejoue(e|s|es)?|contained|contenue?s?|beaten back|routed|mise?s? en deroute)$/;
const PASSIVE_GAP = /^(jointly|conjointement|quickly|rapidement|by|par|les|the|des|elements|forces|troops|troupes|fardc|updf|rdf|fdnb|and|et|&)$/;

export function forceInResponse(tokens: readonly Token[], start: number, end: number): boolean {
  // subject of a response: "FARDC and UPDF pursuing", "FARDC et UPDF à leur poursuite"
  for (let k = end, n = 0; k < tokens.length && n < 6; k++, n++) {
    const t = tokens[k]!;
    if (t.breakBefore) break;
    if (RESPONSE.test(t.norm)) {
      const next = NEEDS_NEXT[t.norm];
      if ((!next || (next.test(tokens[k + 1]?.norm ?? '') && (t.norm !== 'a' || PURSUIT.test(tokens[k + 2]?.norm ?? '')) && (t.norm !== 'on' || /^trail$/.test(tokens[k + 2]?.norm ?? '')))) && !ownHarmAfter(tokens, k)) return true;
    }
    if (!BETWEEN.test(t.norm)) break;
  }
  // agent of a passive response: "attack repelled jointly by FARDC and UPDF", "attaque repoussée par les FARDC"
  let sawBy = false;
  for (let k = start - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k]!;
    if (tokens[k + 1]!.breakBefore) break;
    if (BY.test(t.norm)) sawBy = true;
    else if (sawBy && PASSIVE_RESPONSE.test(t.norm)) return true;
    if (!PASSIVE_GAP.test(t.norm)) break;
  }
  return false;
}
