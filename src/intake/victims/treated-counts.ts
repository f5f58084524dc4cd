import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * People counted as needing care after blows or an attack are the injured (C3): "beat them with sticks for hours, 11
 * needed treatment", "4 treated at the health centre", "11 ont dû être soignés", "6 soignés au centre de santé", "3 pris
 * en charge à l'HGR" (reports20). Read only when a harm is said (the caller checks); the count fills the injured when
 * none was read, or raises a smaller one the victim words read from a pronoun. Look-alikes kept out: "no one needed
 * treatment", "treatment of 3 patients" (no count before the care word), "30 IDPs treated for cholera" (no harm said).
 */
// The care words, one Set lookup a word.
// (not "hospitalisés": patients already in hospital, "deux enfants hospitalisés tués"; hospitalised is an injure keyword)
const CARE_WORDS = ['treatment', 'treated', 'treatments', 'soignes', 'soignees', 'soigne', 'soignee', 'soins', 'charge', 'care'];
const CARE: ReadonlySet<string> = new Set(CARE_WORDS);
const CARE_SAID = trigger(CARE_WORDS);
const BETWEEN = /^(needed|need|needing|required|require|requiring|received|receive|receiving|got|get|getting|were|was|are|is|being|been|have|had|has|ont|a|du|etre|ete|sont|en|pris|under|medical|urgent|urgently|emergency|currently|still|toujours|actuellement|recoivent|recu|recus|necessite|necessitent)$/;
// Care given for an illness is no harm: "treated for cholera", "soignés pour le paludisme"; survivors of sexual violence
// in care are counted as survivors, not injured ("6 women treated for sexual violence").
const ILLNESS = /^(cholera|malaria|paludisme|palu|rougeole|measles|ebola|mpox|variole|diarrhee|diarrhoea|diarrhea|malnutrition|fievre|fever|sexual|sexuelle|sexuelles|sexuel|rape|raped|viol|viols|violees|vbg|sgbv|gbv|svs)$/;

export function treatedCount(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, CARE_SAID)) return;
  for (let c = 1; c < tokens.length; c++) {
    if (!CARE.has(tokens[c]!.norm)) continue;
    if (tokens[c]!.norm === 'charge' && tokens[c - 1]?.norm !== 'en') continue; // (only "pris en charge")
    if (tokens.slice(c + 1, c + 4).some((t) => ILLNESS.test(t.norm))) continue;
    let k = c - 1;
    while (k > 0 && k > c - 5 && BETWEEN.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    if (k + 1 < c && tokens[k + 1]!.breakBefore) continue;
    // the count right before the words of care ("11 needed treatment"), or before a person word ("6 jeunes soignés")
    let n = readNumber(tokens, k);
    if (!n || n.next !== k + 1) n = isPerson(tokens[k]!.norm) ? readNumber(tokens, k - 1) : null;
    if (!n || n.zero || n.value < 1 || n.value > 500 || n.next > k + 1) continue;
    if (victims.injured === null || victims.injured < n.value) victims.injured = n.value;
    return;
  }
}
