import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { CategoryReading, Signals } from './categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, verbAt } from '../victims/victim-words.js';

/**
 * Everyday traffic (reports16): readings the precedence gets wrong, set right after `rerankTune15`. Each rule moves
 * one reading first only in the construction it names.
 */
export function rerankTune16(ranked: CategoryReading[], s: Signals, victims: Victims): CategoryReading[] {
  const top = ranked[0]?.category;
  if ((top === 'attack_on_civilians' || top === 'torture_ill_treatment' || top === 'looting_destruction') && quarrelTurnedRough(s, victims)) return first(ranked, 'intercommunal_tension');
  if ((top === 'attack_on_civilians' || top === 'torture_ill_treatment') && fightBetweenTwoSides(s, victims)) return first(ranked, 'intercommunal_tension');
  return ranked;
}

function first(ranked: CategoryReading[], category: CategoryId): CategoryReading[] {
  const had = ranked.find((r) => r.category === category);
  return [had ?? { category, subType: null }, ...ranked.filter((r) => r.category !== category)];
}

// "land dispute btw 2 clans turned into stone throwing, 3 injured", "quarrel over fields, machetes out", "Wahema
// wanalalamika … mashamba yao, tension iko juu": a quarrel between people over land, cattle or water that came to
// blows or to taking crops, with no armed group and nobody killed, is the tension.
// "fight btw moto-taxi drivers and IDPs at the water point, 1 man beaten", "bagarre entre creuseurs et militaires démobilisés":
// a fight between two different sides of civilians, nobody killed and no armed group, is the tension ("a fight between IDPs"
// is one side: a brawl among themselves).
const FIGHT = /^(fight|fights|fighting|brawl|brawls|scuffle|scuffles|bagarre|bagarres|rixe|rixes|altercation|clash|clashes|affrontement|affrontements|heurts)$/;
const BETWEEN = /^(btw|btwn|betwn|between|entre)$/;
const AND = /^(and|et|n|&)$/;
function fightBetweenTwoSides(s: Signals, victims: Victims): boolean {
  if ((victims.killed ?? 0) > 0 || (['armed', 'kill', 'sexual', 'abduct', 'explosive'] as const).some((x) => s.has(x))) return false;
  const t = s.tokens;
  for (let i = 0; i < t.length - 4; i++) {
    if (!FIGHT.test(t[i]!.norm) || !BETWEEN.test(t[i + 1]!.norm)) continue;
    // the two sides: the words up to "and", then the word after it, in the same clause
    for (let k = i + 3; k < t.length - 1 && k <= i + 6; k++) {
      if (t[k]!.breakBefore) return false;
      if (!AND.test(t[k]!.norm)) continue;
      const a = t[k - 1]!.norm;
      const b = t[k + 1]!.norm === 'the' || t[k + 1]!.norm === 'les' ? t[k + 2]?.norm : t[k + 1]!.norm;
      return b !== undefined && a !== b && !t[k + 1]!.breakBefore && (isPerson(a) || s.has('community')) && (isPerson(b) || s.has('community'));
    }
    return false;
  }
  return false;
}

function quarrelTurnedRough(s: Signals, victims: Victims): boolean {
  if (!s.all('tension').some((h) => h.value.subType === 'quarrel')) return false;
  if ((victims.killed ?? 0) > 0 || (['armed', 'kill', 'sexual', 'abduct', 'explosive'] as const).some((x) => s.has(x))) return false;
  return true;
}

// "wazalendo shot 2 civilians …, one died", "ont blessé 3 personnes par balle, une est morte": the verb before the people
// shot, then how many of them died; the others are the injured.
const SHOT_ACTIVE = /^(shot|wounded|injured|blesse|blesses|touche)$/;
const DIED_AFTER = /^(died|dead|succumbed|succombe|succombee|decede|decedee|decedes|mort|morte|morts|mortes)$/;
const LINK_DIED = /^(has|have|later|then|is|est|a|sont|ont|of|them|d|entre|eux|elles|dont|later|subsequently|ensuite|plus|tard)$/;
/** The shot counted after the verb, and those of them who died said after: killed and injured (when no death was read). */
export function shotThenSomeDied(tokens: readonly Token[], deathTold: boolean, victims: Victims): void {
  // (only when a death word is in the text at all: most reports skip the pass)
  if (victims.killed !== null || !deathTold) return;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!SHOT_ACTIVE.test(tokens[i]!.norm)) continue;
    const n = readNumber(tokens, i + 1);
    if (!n || n.article || n.zero || n.value < 2 || !isPerson(tokens[n.next]?.norm ?? '')) continue;
    // (the shot may have been read as all injured: "shot 3 …, one died on the way to hospital")
    if (victims.injured !== null && victims.injured !== n.value) return;
    for (let k = n.next + 1; k < tokens.length && k <= n.next + 10; k++) {
      if (tokens[k]!.stopBefore) return;
      const dead = readNumber(tokens, k);
      if (!dead || dead.zero || dead.value >= n.value) continue;
      let d = dead.next;
      while (d < tokens.length && d <= dead.next + 3 && LINK_DIED.test(tokens[d]!.norm)) d++;
      if (DIED_AFTER.test(tokens[d]?.norm ?? '')) {
        victims.killed = dead.value;
        victims.injured = n.value - dead.value;
        return;
      }
    }
    return;
  }
}

// "8 personnes déplacées ont été arrêtées par la PNC", "3 displaced women were raped": displaced says who they are; what
// was done to them is the harm, so they are not counted as people displaced by it.
const DISPLACED_WORD = /^(deplacee?s?|displaced|dplcee?s?)$/;
const PASSIVE = /^(ont|ete|sont|were|have|been|was|had|are|is|a|est)$/;
const ARRESTED = /^(arrete\w*|arrested|detenue?s?|detained|interpelle\w*|apprehended|rafle\w*)$/;
/** The displaced count said of people who suffered another harm, cleared. */
export function displacedWhoSufferedMore(tokens: readonly Token[], victims: Victims): void {
  const n = victims.displaced;
  if (n === null) return;
  for (let i = 2; i < tokens.length - 2; i++) {
    if (!DISPLACED_WORD.test(tokens[i]!.norm) || !isPerson(tokens[i - 1]!.norm)) continue;
    const count = readNumber(tokens, i - 2);
    if (!count || count.value !== n || count.next !== i - 1) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + 3 && PASSIVE.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
    if (k === i + 1 || tokens[k]?.breakBefore) continue;
    const harm = verbAt(tokens, k);
    if ((harm !== undefined && harm !== 'displaced') || ARRESTED.test(tokens[k]?.norm ?? '')) victims.displaced = null;
    return;
  }
}
