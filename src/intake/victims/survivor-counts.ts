import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { verbAt } from './victim-words.js';
import { saidRapedCount } from '../constructions/everyday-traffic-2.js';

/**
 * Survivors of sexual violence counted without a victim verb beside the number, in a report that is about
 * sexual violence: "12 rape survivors", "Mariage forcé de 3 femmes", "mass rape, at least 20 women",
 * "she says she was raped" (one), "women held as sex slaves, 5 escaped". Children among them are counted too.
 */

// "12 rape survivors", "5 VBG cases", "3 victimes de VS": the harm names the survivors it counts.
// ("9 new sv cases": the clusters' shorthand, t36c)
const HARM_NOUN = /^(rape|rapes|viol|viols|sgbv|gbv|vbg|vs|sv|crsv|sexual|sexuelles?)$/;
const SURVIVORS = /^(survivors?|survivantes?|survivants?|victims?|victimes?|cases|cas)$/;
// Who is counted: women and girls named, or people in general.
const PEOPLE = /^(women|woman|femmes?|girls?|filles?|jeunes|teenage|teenagers?|adolescentes?|mineures?|minors?|wives|epouses?|widows?|veuves?|vieilles?|people|personnes|pers|ppl|men|hommes?|boys?|garcons?|survivors?|survivantes?|victims?|victimes?|enfants?|children|kids?)$/;
const ESCAPED = /^(escaped|fled|freed|released|rescued|returned|evadees?|echappees?|liberees?|relachees?|revenues?|rentrees?)$/;
const SHE = /^(she|elle)$/;
const MORE = /^(new|nouveaux|nouvelles|nouveau|additional|further|other|autres|more|recent|recents|confirmed|documented|documentes)$/;
const ESTIMATE = /^(at|least|au|moins|about|abt|approx|aprox|around|env|environ|some|quelque|over|plus|de|than|more|nearly|pres)$/;
const WAS = /^(was|had|has|been|a|ete|avait|got)$/;

export function survivorsCounted(tokens: readonly Token[], slavery: boolean): { survivors: number; children: number } | null {
  const said = saidRapedCount(tokens);
  if (said !== null) return { survivors: said, children: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero) continue;
    if (n.article) {
      i = n.next - 1;
      continue;
    }
    let k = n.next;
    // ("14 new rape cases", "5 autres cas de viol", "3 additional rape survivors": a word of more between, reports41)
    if (MORE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && (HARM_NOUN.test(tokens[k + 1]?.norm ?? '') || /^(cas|cases)$/.test(tokens[k + 1]?.norm ?? ''))) k++;
    // "12 rape survivors", "3 cas de VBG" read as a count of survivors
    if (HARM_NOUN.test(tokens[k]?.norm ?? '') && SURVIVORS.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) return { survivors: n.value, children: 0 };
    if (/^(cas|cases)$/.test(tokens[k]?.norm ?? '') && /^(de|of)$/.test(tokens[k + 1]?.norm ?? '') && HARM_NOUN.test(tokens[k + 2]?.norm ?? '')) return { survivors: n.value, children: 0 };
    // "women held as sex slaves; 5 escaped": those who got away from sexual slavery are its survivors
    if (slavery && ESCAPED.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) return { survivors: n.value, children: childrenNamed(tokens) ? n.value : 0 };
    // "de 3 femmes", "at least 20 women" with no verb of another harm after them
    const noun = tokens[k];
    if (!noun || noun.breakBefore || !PEOPLE.test(noun.norm)) continue;
    k++;
    if (/^(filles|girls)$/.test(tokens[k]?.norm ?? '')) k++;
    const after = tokens[k];
    if (after && !after.breakBefore && verbAt(tokens, k) !== undefined) continue;
    return { survivors: n.value, children: CHILD_NOUNS.has(noun.norm) ? n.value : 0 };
  }
  // "a jump in rape cases, 31 in October", "cas de viol: 12 ce mois": the number right after the cases
  for (let i = 0; i + 2 < tokens.length; i++) {
    const cases = HARM_NOUN.test(tokens[i]!.norm) && /^(cases|cas)$/.test(tokens[i + 1]!.norm) ? i + 2 : /^(cases|cas)$/.test(tokens[i]!.norm) && /^(de|of)$/.test(tokens[i + 1]!.norm) && HARM_NOUN.test(tokens[i + 2]!.norm) ? i + 3 : -1;
    if (cases < 0) continue;
    const n = readNumber(tokens, cases);
    if (n && !n.article && !n.zero && !tokens[n.next - 1]!.stopBefore && !/^(km|h|hrs|heures|hours|days|jours|ans|years|usd|fc|dollars)$/.test(tokens[n.next]?.norm ?? '')) return { survivors: n.value, children: 0 };
  }
  // "Girls forced into marriage with M23 fighters, at least 5": an estimate in its own clause
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!tokens[i]!.breakBefore || !ESTIMATE.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < i + 3 && ESTIMATE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    const n = readNumber(tokens, k);
    const after = n ? tokens[n.next] : undefined;
    // ("forcing women into 'marriage', at least 4 cases known": the cases of the harm the report names, reports32)
    if (n && !n.article && !n.zero && (!after || after.breakBefore || /^(cases|cas)$/.test(after.norm))) return { survivors: n.value, children: childrenNamed(tokens) ? n.value : 0 };
  }
  // "a displaced woman says she was raped", "elle a été violée": one survivor
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!SHE.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < i + 4 && WAS.test(tokens[k]?.norm ?? '')) k++;
    if (k > i + 1 && verbAt(tokens, k) === 'crsvSurvivors') return { survivors: 1, children: 0 };
  }
  return null;
}

function childrenNamed(tokens: readonly Token[]): boolean {
  return tokens.some((t) => CHILD_NOUNS.has(t.norm) || /^(teenage|teen|mineures?)$/.test(t.norm));
}
