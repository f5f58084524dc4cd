import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Convention C3 said through the marks it leaves: "un détenu présente des traces de coups", "deux présentaient
 * des traces de sévices", "2 detainees bear marks of beating", "one showed signs of ill-treatment". Whoever
 * bears the marks of blows was beaten, so is injured. Marks of bullets or fire on walls are no person hurt,
 * and "no marks of violence" hurts nobody.
 */
const MARKS_WORDS = ['trace', 'traces', 'marque', 'marques', 'signe', 'signes', 'stigmate', 'stigmates', 'mark', 'marks', 'sign', 'signs', 'scar', 'scars', 'cicatrice', 'cicatrices'];
const MARKS = oneOf(MARKS_WORDS);
const OF = /^(de|d|des|of)$/;
// (ropes and bonds leave marks too: "revenu avec des traces de cordes aux bras", "rope marks on his wrists" — C22: marks, injured)
const BLOWS = /^(coups?|sevices?|torture|tortures|mauvais|maltraitance|violences?|brutalites?|beating|beatings|blows?|ill|torture|abuse|flogging|whipping|fouet|cordes?|ropes?|cords?|liens|ligotage|ligatures?|chains?|chaines?|menottes|handcuffs)$/;
const BEARS = /^(presente|presentent|presentait|presentaient|porte|portent|portait|portaient|avait|avaient|a|ont|avec|bears?|bore|bearing|shows?|showed|showing|had|has|have|with|w)$/;
// Wounds named as such are marks too: "2 seen w burns", "deux détenus avec des brûlures", "one had bruises all over".
// (reports27, C22: "torturé avec des câbles électriques, il porte des cicatrices": scars borne, said alone, are marks too)
const WOUNDS_WORDS = ['burns', 'brulures', 'bruises', 'ecchymoses', 'hematomes', 'contusions', 'plaies', 'welts', 'lacerations', 'cuts', 'entailles', 'cicatrices', 'scars'];
const WOUNDS = oneOf(WOUNDS_WORDS);
const MARKS_SAID = trigger([...MARKS_WORDS, ...WOUNDS_WORDS]);
// ("2 seen with burns", "3 trouvés avec des plaies": who was seen bears them)
const SEEN = /^(seen|found|vus|vues|trouves|trouvees|retrouves|retrouvees)$/;
const NONE = /^(no|not|pas|aucune?|sans|without|nie|denies)$/;

const RETURNED = /^(revenu|revenue|revenus|rentre|rentree|rentres|retourne|retournee|libere|liberee|liberes|relache|relachee|relaches|came|returned|released|freed|back|escaped|echappe|echappee)$/;
const DEAD = /^(morts?|mortes?|dead|died|killed|tues?|tuees?|corps|bodies|body|cadavres?|corpses?)$/;

function returnedInClause(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 8; k--) {
    if (RETURNED.test(tokens[k]!.norm)) return true;
    if (tokens[k]!.breakBefore) return false;
  }
  return false;
}

/** The one person or the number of people named in the clause before the marks ("un étudiant détenu…", "2 detainees held…"). */
function personBefore(tokens: readonly Token[], m: number): number | null {
  let breaks = 0;
  for (let k = m - 1; k >= 0 && k >= m - 10; k--) {
    const w = tokens[k]!.norm;
    if (NONE.test(w) || DEAD.test(w)) return null;
    const n = readNumber(tokens, k);
    if (n && !n.zero && isPerson(tokens[n.next]?.norm ?? '')) return n.value;
    if (isSingularPerson(w) && !readNumber(tokens, k - 1)) return 1;
    if (tokens[k]!.breakBefore && ++breaks > 1) return null;
  }
  return null;
}

/** How many people bear marks of blows, or null when none is said or they are not counted. */
export function marksOfBlowsCount(tokens: readonly Token[]): number | null {
  if (!said(tokens, MARKS_SAID)) return null;
  for (let m = 1; m < tokens.length; m++) {
    // ("rope marks", "whip marks": the cause before the marks)
    const compound = (tokens[m]!.norm === 'marks' || tokens[m]!.norm === 'scars') && /^(rope|whip|chain|torture|beating)$/.test(tokens[m - 1]!.norm) && !tokens[m]!.breakBefore;
    const wound = WOUNDS.test(tokens[m]!.norm) || compound;
    // ("the scars of the beatings he got": an article before the blows)
    const blows = BLOWS.test(tokens[m + 2]?.norm ?? '') || (/^(the|his|her|their|les|ses|leurs)$/.test(tokens[m + 2]?.norm ?? '') && BLOWS.test(tokens[m + 3]?.norm ?? ''));
    if (!wound && (!MARKS.test(tokens[m]!.norm) || !OF.test(tokens[m + 1]?.norm ?? '') || !blows)) continue;
    let v = compound ? m - 2 : m - 1;
    if (/^(des|les|the|de|d)$/.test(tokens[v]!.norm)) v--;
    // The marks said as a clause of their own after the person: "un étudiant détenu depuis 2 semaines, signes de torture".
    if (!wound && (tokens[m]!.breakBefore || (v >= 0 && tokens[v + 1]!.breakBefore && v + 1 < m))) return personBefore(tokens, m);
    if (v < 0 || !BEARS.test(tokens[v]!.norm)) continue;
    // who bears them: "un détenu présente", "deux présentaient", "2 detainees bear", "one showed"
    // ("Un homme ramassé par les Nyatura à Kilolirwe revenu avec…", "Man held 4 days in an M23 cachot came back with…": who came back,
    // named at the head of the clause)
    // ("2 men released from a FARDC cell in Sake with marks of beatings": where they came back from between them and the marks, reports42)
    const reach = RETURNED.test(tokens[v - 1]?.norm ?? '') || (tokens[v - 1]?.norm === 'back' && RETURNED.test(tokens[v - 2]?.norm ?? '')) || returnedInClause(tokens, v) ? 12 : 4;
    for (let k = v - 1; k >= 0 && k >= v - reach; k--) {
      const w = tokens[k]!.norm;
      if (NONE.test(w)) break;
      const n = readNumber(tokens, k);
      if (n && !n.zero && (n.next === v || isPerson(tokens[n.next]?.norm ?? '') || (n.next + 1 === v && SEEN.test(tokens[n.next]!.norm)))) return n.value;
      if (isSingularPerson(w) && !readNumber(tokens, k - 1)) return 1;
      if (/^(il|elle|he|she)$/.test(w)) return 1;
      if (tokens[k]!.breakBefore) break;
    }
    return null;
  }
  return null;
}
