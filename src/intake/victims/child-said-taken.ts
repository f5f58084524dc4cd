import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * C18 (reports37): one child recruited, then "he was taken" in a later clause ("Boy of 15 recruited by Mai-Mai in
 * Lubero, parents say he was taken from school yesterday", "garçon de 14 ans enrôlé par les Nyatura, il a été enlevé
 * au marché"): the taking said counts him abducted too (C18: a taking said counts them abducted). Only when one child is
 * counted and no other reader counted anyone taken. Look-alikes kept out: "he was taken to hospital/the health centre"
 * (carried to care), "he was taken back by his parents" (returned), no child counted.
 */
const ONE = /^(he|she|il|elle)$/;
const WAS = /^(was|had|has|been|a|avait|ete|fut)$/;
const TAKEN_WORDS = ['taken', 'abducted', 'kidnapped', 'snatched', 'enleve', 'enlevee', 'kidnappe', 'kidnappee', 'emmene', 'emmenee', 'pris', 'prise'];
const TAKEN = oneOf(TAKEN_WORDS);
const TAKEN_SAID = trigger(TAKEN_WORDS);
const CARE_OR_BACK = /^(hospital|hopital|health|centre|center|clinic|clinique|care|soins|back|home|maison|chez|parents|famille|family)$/;

export function childSaidTaken(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected !== 1 || victims.abducted !== null || !said(tokens, TAKEN_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!ONE.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < i + 4 && WAS.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (k === i + 1 || !TAKEN.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    if ([1, 2, 3].some((d) => CARE_OR_BACK.test(tokens[k + d]?.norm ?? '') && !tokens.slice(k + 1, k + d + 1).some((t) => t.breakBefore))) continue;
    victims.abducted = 1;
    return;
  }
}
