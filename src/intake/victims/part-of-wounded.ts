import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { readNumber } from '../numbers.js';

/**
 * A part of the people already counted, told with a detail of its own, is not more people (pending reports40):
 *  - the wounded counted, then how some of them were hit: "2 students shot and wounded, one hit in the chest", "two
 *    children wounded by a grenade, one lost a hand", "4 blessés par balle, deux touchés à la tête" (2, 2, 4 — not 3, 3, 6);
 *  - people back from captivity, then some who say they were beaten: "the 6 people abducted have come home, 2 say they
 *    were whipped every day" (2 injured, not the 6).
 * Look-alikes kept out: a second harm with its own people ("2 wounded, one man killed"), a part larger than the group,
 * a number with a person noun after it ("2 wounded, 3 women hit by stones": a new group, the readers sum them).
 * Run after the victim words; looked at only when the injured count is already read.
 */
const WOUNDED_WORDS = ['wounded', 'injured', 'hurt', 'bless', 'blesse', 'blesses', 'blessee', 'blessees'];
const WOUNDED = oneOf(WOUNDED_WORDS);
// The detail of a wound, right after the bare number of the part.
const DETAIL_WORDS = ['hit', 'touche', 'touches', 'touchee', 'touchees', 'atteint', 'atteinte', 'atteints', 'lost', 'perdu', 'shot', 'struck', 'seriously', 'serieusement', 'grievement', 'badly', 'critically'];
const DETAIL = oneOf(DETAIL_WORDS);
const SAY_WORDS = ['say', 'says', 'said', 'disent', 'affirment', 'racontent', 'declarent', 'report'];
const SAY = oneOf(SAY_WORDS);
const BEATEN_WORDS = ['battu', 'battus', 'battue', 'battues', 'beaten', 'tabasse', 'tabasses', 'tabassee', 'tabassees', 'fouette', 'fouettes', 'fouettee', 'fouettees', 'whipped', 'flogged', 'frappe', 'frappes', 'tortured', 'tortures', 'maltraite', 'maltraites', 'bastonne', 'bastonnes'];
const BEATEN = oneOf(BEATEN_WORDS);
const BETWEEN = /^(avoir|ete|they|he|she|were|was|had|have|been|of|them|d|entre|eux|elles|among|qu|ils|il|elle)$/;

const WOUNDED_SAID = trigger(WOUNDED_WORDS);
const DETAIL_SAID = trigger(DETAIL_WORDS);
const SAY_SAID = trigger(SAY_WORDS);
const BEATEN_SAID = trigger(BEATEN_WORDS);

export function partOfWounded(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured === null || victims.injured === undefined || victims.injured < 2) return;
  if (!said(tokens, WOUNDED_SAID) || !said(tokens, DETAIL_SAID)) return;
  let group = 0;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.article) continue;
    // "2 students shot and wounded": the group's count, a wound word within its clause
    if (group === 0) {
      for (let k = n.next; k < n.next + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
        if (WOUNDED.test(tokens[k]!.norm)) {
          group = n.value;
          break;
        }
      }
      if (group > 0) continue;
    }
    // ", one hit in the chest": a bare number opening a later clause, the detail right after it
    if (group > 0 && tokens[i]!.breakBefore && DETAIL.test(tokens[n.next]?.norm ?? '') && !tokens[n.next]!.breakBefore && n.value < group && victims.injured === group + n.value) {
      victims.injured = group;
      return;
    }
  }
}

export function saidBeatenPart(tokens: readonly Token[], victims: Victims): void {
  const held = victims.abducted;
  if (victims.injured === null || victims.injured === undefined || held === null || held === undefined || victims.injured !== held) return;
  if (!said(tokens, SAY_SAID) || !said(tokens, BEATEN_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!SAY.test(tokens[i]!.norm)) continue;
    // "2 say", "deux d'entre eux disent": the number just before the saying
    let b = i - 1;
    while (b > i - 4 && b >= 0 && BETWEEN.test(tokens[b]!.norm)) b--;
    const n = b >= 0 ? readNumber(tokens, b) : null;
    if (!n || n.zero || n.article || n.next > i || n.value >= held) continue;
    let k = i + 1;
    while (k < i + 8 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (BEATEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
      victims.injured = n.value;
      return;
    }
  }
}
