import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * The hurt told of people taken once they are back or found (pending reports40), one injured where no reader counted
 * the injured:
 * - one of those let go was beaten or wounded: "both motorcyclists released …; one was badly beaten and is at Bunia
 *   hospital", "les 2 motards libérés, l'un a été sérieusement tabassé", "one of them was beaten";
 * - someone taken, found later hurt: "un commerçant enlevé …, retrouvé le lendemain ligoté en brousse avec des blessures
 *   au visage", "un journaliste enlevé …, retrouvé deux jours après, torturé, avec des brûlures" (C22: torture with
 *   marks is a wound), "a trader kidnapped … was found two days later with wounds on his face", "found injured".
 * Look-alikes kept: found dead or lifeless (a killing, read elsewhere), found unharmed or "sain et sauf", "sans blessure",
 * one released with nothing said of harm, several found hurt with no count (left to the count readers).
 * Only when the text tells of a taking (the caller's `taking`).
 */
const ONE = new Set(['one', 'un', 'une']);
const THE_ONE = new Set(['lun', 'lune']);
const OF_THEM = /^(of|them|d|entre|eux|elles|among|those|the|freed|released|hostages|otages)$/;
const AUX = /^(was|has|had|been|is|a|ete|est|etait|also|aussi)$/;
const ADVERB = /^(badly|severely|seriously|brutally|savagely|gravement|grievement|serieusement|severement|sauvagement|brutalement|durement|violemment)$/;
const HURT = /^(beaten|wounded|injured|hurt|tortured|whipped|battue?s?|blessee?s?|tabassee?s?|torturee?s?|fouettee?s?|bastonnee?s?|hospitalized|hospitalised|hospitalisee?)$/;
const ALIVE_BUT = /^(alive|vivant|vivante|vivants|vivantes)$/;
const FOUND = new Set(['found', 'retrouve', 'retrouvee', 'retrouves', 'retrouvees', 'discovered', 'decouvert', 'decouverte', 'decouverts', 'decouvertes']);
const WOUNDS = /^(wounds?|injur(y|ies)|blessures?|brulures|burns|fractures?|cicatrices|scars|plaies?|ecchymoses|bruises)$/;
// a HURT word, or a WOUNDS word after "with"/"avec"
const HURT_SAID = trigger([
  ...['beaten', 'wounded', 'injured', 'hurt', 'tortured', 'whipped', 'battu', 'battus', 'battue', 'battues', 'blesse', 'blesses', 'blessee', 'blessees', 'tabasse', 'tabasses', 'tabassee', 'tabassees'],
  ...['torture', 'tortures', 'torturee', 'torturees', 'fouette', 'fouettes', 'fouettee', 'fouettees', 'bastonne', 'bastonnes', 'bastonnee', 'bastonnees', 'hospitalized', 'hospitalised', 'hospitalise', 'hospitalisee'],
  ...['wound', 'wounds', 'injury', 'injuries', 'blessure', 'blessures', 'brulures', 'burns', 'fracture', 'fractures', 'cicatrices', 'scars', 'plaie', 'plaies', 'ecchymoses', 'bruises'],
]);
const DEAD = /^(dead|mort|morte|lifeless|sans|body|corps|killed|tue|tuee|unharmed|indemne|sain|sauf|safe|alive|vivant|vivante|no|not|pas|aucune?)$/;

export function takenAndHurt(tokens: readonly Token[], taking: boolean, victims: Victims): void {
  if (!taking || victims.injured !== null || victims.killed !== null || !said(tokens, HURT_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if ((ONE.has(w) && tokens[i]!.breakBefore) || THE_ONE.has(w) || (w === 'un' && tokens[i - 1]!.norm === 'l')) {
      if (oneHurt(tokens, i + 1)) {
        victims.injured = 1;
        return;
      }
    }
    if (FOUND.has(w) && victims.abducted === 1 && foundHurt(tokens, i + 1)) {
      victims.injured = 1;
      return;
    }
    // (t47c: all of those taken found hurt, no one of them singled out: "3 ppl taken by armed men …, found this morning
    // tied up and beaten near the lake, all alive" is 3 hurt, and "all alive" none killed; "2 taken, one found beaten" is not)
    if (FOUND.has(w) && (victims.abducted ?? 0) > 1 && !singledOut(tokens, i) && foundHurt(tokens, i + 1)) {
      victims.injured = victims.abducted;
      if (allAlive(tokens, i + 1)) victims.killed = 0;
      return;
    }
  }
}

function oneHurt(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k < from + 6 && !tokens[k]!.breakBefore && (OF_THEM.test(tokens[k]!.norm) || AUX.test(tokens[k]!.norm) || ADVERB.test(tokens[k]!.norm))) k++;
  return k > from && k < tokens.length && !tokens[k]!.breakBefore && HURT.test(tokens[k]!.norm) && readNumber(tokens, k + 1) === null;
}

function foundHurt(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 10 && !tokens[k]!.stopBefore; k++) {
    const w = tokens[k]!.norm;
    // ("retrouvé vivant mais tabassé", "found alive but beaten": alive, and hurt, reports42)
    if (ALIVE_BUT.test(w) && /^(but|mais|yet)$/.test(tokens[k + 1]?.norm ?? '')) {
      k++;
      continue;
    }
    if (DEAD.test(w)) return false;
    if (HURT.test(w)) return true;
    if (/^(with|avec)$/.test(w) && [1, 2, 3].some((d) => WOUNDS.test(tokens[k + d]?.norm ?? ''))) return true;
  }
  return false;
}

// ("one found beaten", "l'un retrouvé", "2 of them found": a part of those taken, before the finding)
function singledOut(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = tokens[k]!.norm;
    if (ONE.has(w) || THE_ONE.has(w) || readNumber(tokens, k) !== null || /^(of|them|d|entre|eux)$/.test(w)) return true;
    if (tokens[k]!.breakBefore || tokens[k + 1]!.breakBefore) return false;
  }
  return false;
}

// "all alive", "tous vivants", "all 3 alive" after the finding
function allAlive(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k + 1 < tokens.length && !tokens[k]!.stopBefore; k++) {
    if (/^(all|tous|toutes)$/.test(tokens[k]!.norm) && (ALIVE_BUT.test(tokens[k + 1]!.norm) || ALIVE_BUT.test(tokens[k + 2]?.norm ?? ''))) return true;
  }
  return false;
}
