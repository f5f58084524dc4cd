import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { aIsPlace } from './a-as-place.js';

/**
 * The host army or police named in a report without doing the harm (pending reports24), so no perpetrator and no HRDDP flag:
 * - counted among the victims: "3 FARDC soldiers and 2 civilians killed", "un FARDC blessé", "2 policiers tués dans l'embuscade";
 * - the source of a figure or a finding: "5 selon l'armée", "selon la PNC", "according to FARDC";
 * - restoring order, nothing else said of them: "FARDC reopened the road", "la PNC a rouvert la route", "FARDC secured the market"
 *   (not "FARDC secured the area then looted shops").
 * Look-alikes kept out: soldiers with a victim after the harm verb ("2 soldiers killed a civilian", "3 militaires ont tué un
 * motard"), the force named by "by"/"par" ("killed by FARDC"), a count of what the force did ("FARDC arrested 3").
 */
const FORCE_NOUN = /^(soldiers?|soldats?|militaires?|elements?|elts|agents?|policiers?|policemen|officers?|troops?|hommes)$/;
const SINGULAR_MEMBER = /^(soldier|soldat|militaire|policier|policeman|officer|element|agent)$/;
const HARMED = /^(killed|dead|died|wounded|injured|hurt|tue|tues|tuee|morts?|blesses?|blessee|decedes?|abattus?|shot)$/;
const OBJECT_AFTER = /^(\d+|a|an|one|two|three|un|une|deux|trois|le|la|les|the|des|civilians?|civils?)$/;
const SOURCE_BEFORE = /^(selon|according|per|d)$/;
const RESTORED = /^(reopened|re-opened|rouvert|rouvre|rouvrent|secured|securise|securisent|restored|retabli|retablit|restore|escorted|escortent|escorte|cleared|degage|degagent)$/;

/**
 * (reports43) Two more ways the host force is named without doing the harm, read from the words right after it:
 * - harmed, said in the passive with the doer after "by"/"par": "PNC officer shot dead by unknown gunmen", "FARDC soldier
 *   killed by Mai-Mai", "escorte FARDC du convoi attaquée par les FPIC", "un policier abattu par des inconnus" (C4: the target);
 * - what the force was doing, then its repelling: "FARDC escorting the market convoy repelled an attack by ADF", "les FARDC
 *   qui escortaient le convoi ont repoussé une attaque des ADF" (the reading of "FARDC repelled", doers/actors.ts, with words between).
 * Look-alikes kept: "FARDC soldiers shot a civilian" (no "by"), "FARDC escorting the convoy beat a driver" (no repelling),
 * "a civilian shot by FARDC" (the force after "by").
 */
const PASSIVE_HARM = /^(killed|shot|wounded|injured|attacked|ambushed|abducted|kidnapped|hacked|stabbed|lynched|beaten|tue|tues|tuee|tuees|abattu|abattus|blesse|blesses|attaque|attaquee|attaques|attaquees|enleve|enleves|lynche|lynches|poignarde|tabasse|tabasses|embusque|embusques)$/;
const BETWEEN_WORDS = /^(soldiers?|soldats?|militaires?|elements?|elts|agents?|policiers?|policemen|officers?|troops?|commander|commandant|escort|escorte|patrol|patrouille|position|post|poste|unit|unite|du|de|d|des|la|le|l|the|of|convoi|convoy|humanitaire|humanitarian|market|marche|was|were|has|have|been|a|ont|ete|est|sont|dead|mortellement|grievement|seriously|badly)$/;
const REPELLING = /^(repel\w*|repuls\w*|repouss\w*|ripost\w*)$/;
const DOING_BEFORE = /^(escorting|escortant|escortaient|escortait|guarding|gardant|qui|who|accompanying|accompagnant|on|en|patrolling|patrouillant|deployed|deployes|posted|postes|bases|based|stationed|the|le|la|les|du|de|des|l|market|marche|convoy|convoi|route|road|axe|patrol|patrouille|escort|escorte|humanitarian|humanitaire|their|leur|ont|have|has)$/;

function forceHarmedOrRepelling(tokens: readonly Token[], start: number, end: number): boolean {
  if (/^(by|par)$/.test(tokens[start - 1]?.norm ?? '') || /^(by|par)$/.test(tokens[start - 2]?.norm ?? '')) return false;
  for (let k = end; k < tokens.length && k < end + 7; k++) {
    const t = tokens[k]!;
    if (k > end && t.breakBefore) return false;
    if (PASSIVE_HARM.test(t.norm)) {
      for (let j = k + 1; j < tokens.length && j < k + 4; j++) {
        if (tokens[j]!.breakBefore) return false;
        if (/^(by|par)$/.test(tokens[j]!.norm)) return true;
        if (!/^(dead|mort|death|a|au|cours|during|lors|d|une|un|an|night|nuit|la|the|le|hier|yesterday)$/.test(tokens[j]!.norm)) return false;
      }
      return false;
    }
    if (REPELLING.test(t.norm)) return true;
    if (!BETWEEN_WORDS.test(t.norm) && !DOING_BEFORE.test(t.norm)) return false;
  }
  return false;
}

export function forceNotDoing(tokens: readonly Token[], start: number, end: number): boolean {
  if (forceHarmedOrRepelling(tokens, start, end)) return true;
  // "selon l'armée", "according to FARDC", "d'après la PNC"
  let b = start - 1;
  while (b >= 0 && /^(l|la|le|les|the|to|apres)$/.test(tokens[b]!.norm)) b--;
  if (b >= 0 && SOURCE_BEFORE.test(tokens[b]!.norm) && (tokens[b]!.norm !== 'd' || tokens[b + 1]?.norm === 'apres')) return true;
  let k = end;
  while (k < tokens.length && k < end + 2 && FORCE_NOUN.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
  // "FARDC reopened the road"
  // ("FARDC secured the area then looted shops": what they did next is the harm)
  if (RESTORED.test(tokens[k]?.norm ?? '') || (/^(a|ont|have|has)$/.test(tokens[k]?.norm ?? '') && RESTORED.test(tokens[k + 1]?.norm ?? ''))) return !tokens.slice(k + 1).some((t) => /^(then|puis|ensuite|before|avant|afterwards|apres|and|et)$/.test(t.norm));
  // counted: a number or one before the force, maybe before its men ("3 FARDC soldiers", "3 militaires FARDC", "2 éléments de la PNC")
  let first = start;
  while (first > 0 && first > start - 4 && !tokens[first]!.breakBefore && (FORCE_NOUN.test(tokens[first - 1]!.norm) || /^(de|du|des|la|l)$/.test(tokens[first - 1]!.norm))) first--;
  if (first < start && !FORCE_NOUN.test(tokens[first]!.norm)) first = start;
  const n = readNumber(tokens, first - 1);
  // ("FARDC soldier and two civilians killed…": a line opening on one of the force's men, the article dropped as SMS do, reports51)
  const bareOne = k > end && SINGULAR_MEMBER.test(tokens[end]!.norm) && (first === 0 || tokens[first]!.breakBefore);
  const counted = (n !== null && !n.zero && n.next === first) || /^(un|une|a|one)$/.test(tokens[first - 1]?.norm ?? '') || bareOne;
  if (!counted) return false;
  // then the harm said of them, maybe after "and 2 civilians": "… killed" with no victim after it
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    if (j > k && tokens[j]!.breakBefore) return false;
    if (/^(by|par)$/.test(tokens[j]!.norm)) return false;
    if (HARMED.test(tokens[j]!.norm)) return !objectAfter(tokens, j + 1) || Boolean(tokens[j + 1]?.breakBefore);
  }
  return false;
}

// A victim after the harm verb ("killed a civilian", "ont tué 2 civils"), not "à Beni" typed "a Beni" (a-as-place.ts).
function objectAfter(tokens: readonly Token[], k: number): boolean {
  return OBJECT_AFTER.test(tokens[k]?.norm ?? '') && !aIsPlace(tokens, k);
}
