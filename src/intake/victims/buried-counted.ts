import type { SignalHit } from '../categories/categories.js';
import type { Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The dead told by their burial: "burial of 5 victims of the ADF attack", "inhumation des 7 victimes du massacre",
 * "les victimes de l'attaque enterrées ce matin", "funerals of the 3 killed". The victims buried were killed: a killing
 * said (high when uncounted), and the number before them is the dead (critical from five). "IED buried in the road",
 * "burial ground" name no victim.
 */
const BURIAL_WORDS = ['burial', 'burials', 'buried', 'bury', 'burying', 'funeral', 'funerals', 'inhumation', 'inhumations', 'inhume', 'inhumes', 'inhumee', 'inhumees', 'enterre', 'enterres', 'enterree', 'enterrees', 'enterrement', 'enterrements', 'obseques', 'funerailles', 'mazishi', 'wamezikwa'];
const BURIAL: ReadonlySet<string> = new Set(BURIAL_WORDS);
// (bodies buried by Red Cross volunteers are a response to an earlier killing: "threatened while burying bodies" tells no new one)
const VICTIMS_WORDS = ['victims', 'victim', 'victimes', 'victime', 'dead', 'morts', 'deceased', 'defunts', 'killed', 'tues'];
const VICTIMS: ReadonlySet<string> = new Set(VICTIMS_WORDS);
const BURIAL_SAID = trigger(BURIAL_WORDS);
const VICTIMS_SAID = trigger(VICTIMS_WORDS);
const OF = new Set(['of', 'des', 'de', 'du', 'the', 'les', 'la', 'le', 'l', 'd', 'their', 'leurs']);

// "pendant l'enterrement des victimes", "during the burial of the victims", "lors des obsèques": the burial is when another
// harm happened (people beaten at it); the victims buried died in an earlier incident, neither counted nor a killing said here.
const DURING = new Set(['pendant', 'durant', 'during', 'lors', 'amid', 'apres', 'after', 'cours']);
function timeFrame(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    if (DURING.has(tokens[k]!.norm)) return true;
    if (!OF.has(tokens[k]!.norm) && tokens[k]!.norm !== 'a' && tokens[k]!.norm !== 'au') return false;
  }
  return false;
}

/** Where a burial of victims is told: [burial word, victim word], or null. */
function burialOfVictims(tokens: readonly Token[]): { burial: number; victims: number } | null {
  if (!said(tokens, BURIAL_SAID) || !said(tokens, VICTIMS_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!BURIAL.has(tokens[i]!.norm) || timeFrame(tokens, i)) continue;
    // "burial of (the) 5 victims", "inhumation des 7 victimes"; "the victims … buried", "les victimes … enterrées"
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (tokens[k]!.breakBefore) break;
      if (VICTIMS.has(tokens[k]!.norm)) return { burial: i, victims: k };
      if (!OF.has(tokens[k]!.norm) && !readNumber(tokens, k)) break;
    }
    for (let k = i - 1; k >= i - 8 && k >= 0; k--) {
      if (VICTIMS.has(tokens[k]!.norm)) return { burial: i, victims: k };
      if (tokens[k + 1]!.breakBefore) break;
    }
  }
  return null;
}

export function burialHits(tokens: readonly Token[]): SignalHit[] {
  const at = burialOfVictims(tokens);
  return at ? [{ value: { signal: 'kill', subType: null }, start: at.burial, end: at.burial + 1 }] : [];
}

/** The number before the victims buried is the dead, when nothing else counted them. */
export function buriedCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null) return;
  const at = burialOfVictims(tokens);
  if (!at) return;
  for (let k = at.victims - 1; k >= at.victims - 3 && k >= 0; k--) {
    const n = readNumber(tokens, k);
    if (n && !n.article && !n.zero && n.next === at.victims) {
      victims.killed = n.value;
      return;
    }
  }
}
