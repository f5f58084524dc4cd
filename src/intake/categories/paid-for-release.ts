import type { SignalHit } from './categories.js';
import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { isSingularPerson } from '../victims/victim-words.js';

/**
 * Someone let go after the family paid, with no ransom word (pending reports26): "the chief of quarter was released last
 * night after his family paid", "relâché après que sa famille a payé 500$", "freed once relatives paid USD 300",
 * "ameachiliwa baada ya familia kulipa". Held for a price by whoever is not the state is an abduction (C12, C23), the
 * person freed counted as abducted. Look-alikes kept out: the police or the army letting someone go after a payment
 * ("released by police after his family paid a fine" is a detention, C6), a payment with no release.
 */
const RELEASED = /^(released|freed|liberee?s?|relachee?s?|ameachiliwa|wameachiliwa|let)$/;
const AFTER = /^(after|once|when|apres|baada|contre|against)$/;
const KIN = /^(family|families|relatives|famille|familles|proches|parents|familia|ndugu|wife|husband|epouse|mari)$/;
const PAID = /^(paid|pay|paying|payed|paye|payee|payes|payer|versee?|verse|kulipa|walilipa|amelipa|raised|collected)$/;
const RELEASED_SAID = trigger(['released', 'freed', 'libere', 'liberee', 'liberes', 'liberees', 'relache', 'relachee', 'relaches', 'relachees', 'ameachiliwa', 'wameachiliwa', 'let']);
const PAID_SAID = trigger(['paid', 'pay', 'paying', 'payed', 'paye', 'payee', 'payes', 'payer', 'verse', 'versee', 'kulipa', 'walilipa', 'amelipa', 'raised', 'collected']);
const STATE = /^(police|pnc|fardc|army|armee|militaires?|soldiers?|soldats?|policiers?|anr|demiap|cachot|cell|jail|prison|amigo|fine|amende)$/;

function paidAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!RELEASED.test(tokens[i]!.norm)) continue;
    let kin = false;
    for (let k = i + 1; k < i + 10 && k < tokens.length; k++) {
      if (k > i + 1 && tokens[k]!.stopBefore) break;
      if (KIN.test(tokens[k]!.norm)) kin = true;
      if (kin && PAID.test(tokens[k]!.norm) && tokens.slice(i + 1, k).some((t) => AFTER.test(t.norm))) return i;
    }
  }
  return -1;
}

export function paidForReleaseHits(tokens: readonly Token[], stateNamed: boolean): SignalHit[] {
  if (stateNamed || !said(tokens, RELEASED_SAID) || !said(tokens, PAID_SAID) || tokens.some((t) => STATE.test(t.norm))) return [];
  const at = paidAt(tokens);
  return at < 0 ? [] : [{ value: { signal: 'abduct', subType: null }, start: at, end: at + 1 }];
}

/** The one freed: "the chief … was released after his family paid" is one abducted. */
export function paidForReleaseCount(tokens: readonly Token[], victims: Victims, stateNamed: boolean): void {
  if (victims.abducted !== null || paidForReleaseHits(tokens, stateNamed).length === 0) return;
  const at = paidAt(tokens);
  for (let j = at - 1; j >= 1 && j >= at - 8; j--) {
    if (isSingularPerson(tokens[j]!.norm)) {
      victims.abducted = 1;
      return;
    }
  }
}
