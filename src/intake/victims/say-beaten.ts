import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * People freed or questioned who say they were beaten are counted injured (C3, C12; reports34): "les 5 cultivateurs
 * libérés après paiement, deux disent avoir été battus", "3 of them say they were beaten", "two said they had been
 * whipped", "deux affirment avoir été tabassés". The number before the verb of saying is the injured count when no other
 * reader counted them. Look-alikes: "deux disent avoir vu les ravisseurs" (no beating), "they say 2 were killed" (the
 * number after the saying, read by the victim words).
 */
const SAY_WORDS = ['say', 'says', 'said', 'disent', 'dit', 'affirment', 'affirme', 'declarent', 'declare', 'racontent', 'raconte', 'report', 'reported', 'reportent', 'claim', 'claimed'];
const SAY = oneOf(SAY_WORDS);
const SAY_SAID = trigger(SAY_WORDS);
const BETWEEN = /^(avoir|ete|they|he|she|were|was|had|have|been|of|them|d|entre|eux|elles|among|qu|ils|il|elle)$/;
const BEATEN = /^(battus?|battues?|beaten|beat|tabasse\w*|fouette\w*|whipped|flogged|frappe\w*|tortured|tortures?|torturee?s?|maltraite\w*|mistreated|bastonne\w*|roues?)$/;
const BEATEN_SAID = trigger(['battu', 'battus', 'battue', 'battues', 'beaten', 'beat', 'tabasse*', 'fouette*', 'whipped', 'flogged', 'frappe*', 'tortured', 'torture', 'tortures', 'torturee', 'torturees', 'maltraite*', 'mistreated', 'bastonne*', 'roue', 'roues']);

export function sayBeaten(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || !said(tokens, SAY_SAID) || !said(tokens, BEATEN_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.article) continue;
    let k = n.next;
    // ("3 of them say", "deux d'entre eux disent")
    while (k < n.next + 3 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.stopBefore) k++;
    if (!SAY.test(tokens[k]?.norm ?? '') || tokens[k]!.stopBefore) continue;
    k++;
    while (k < n.next + 9 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.stopBefore) k++;
    if (BEATEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.stopBefore) {
      victims.injured = n.value;
      return;
    }
  }
}
