import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Children seen in an armed group's ranks: "several children among the fighters", "des enfants armés aperçus
 * parmi les éléments Nyatura", "boys about 15 with AK-47 seen among ADF", "mineurs en tenue militaire avec les
 * Maï-Maï", "APCLS elements including minors". The use of children, a grave violation against children (DESIGN;
 * C18: nobody is counted taken unless a taking is said), even with no word of recruitment. Only when the text names
 * an armed group or armed men (the caller's `armed`): "children armed with sticks chased the thief" is no group's.
 */
const CHILDREN = new Set(['children', 'child', 'kids', 'minors', 'minor', 'boys', 'girls', 'teenagers', 'adolescents', 'enfants', 'mineurs', 'garcons', 'gamins', 'watoto', 'mineures', 'fillettes']);
const CHILDREN_SAID = trigger([...CHILDREN]);
// what the children are said to be or have: armed, in uniform, with rifles
const ARMED = new Set(['armed', 'armes', 'arme', 'armees', 'armee']);
const WEAPONS = new Set(['guns', 'gun', 'rifles', 'rifle', 'weapons', 'arms', 'ak', 'ak47', 'ak-47', 'kalashnikov', 'kalachnikov', 'fusils', 'fusil', 'machetes', 'armes', 'arme']);
const UNIFORM = new Set(['uniform', 'uniforms', 'uniforme', 'uniformes', 'treillis', 'fatigues']);
// where they are: among the fighters, in the ranks
const AMONG = new Set(['among', 'parmi', 'amongst']);
const RANKS = new Set(['ranks', 'rangs', 'fighters', 'combattants', 'elements', 'elts', 'militiamen', 'miliciens', 'rebels', 'rebelles', 'troops']);
// "elements including minors", "combattants dont des enfants"
const FIGHTERS = new Set(['elements', 'elts', 'fighters', 'combattants', 'militiamen', 'miliciens', 'rebels', 'rebelles', 'column', 'colonne', 'troops']);
const INCLUDING = new Set(['including', 'incl', 'dont', 'with', 'avec', 'among', 'parmi', 'y', 'comprenant']);
// "armed men" names men, not the children before it ("children fled when armed men came")
const GROWN = new Set(['men', 'man', 'hommes', 'homme', 'individuals', 'individus', 'elements', 'groups', 'groupes', 'bandits', 'people', 'personnes']);
const DETERMINERS = new Set(['the', 'les', 'des', 'their', 'leurs', 'ses', 'his', 'its', 'de', 'du', 'd']);

export function childrenInRanksHits(tokens: readonly Token[], armed: boolean): SignalHit[] {
  if (!armed || !said(tokens, CHILDREN_SAID)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (CHILDREN.has(w)) {
      const end = usedAfter(tokens, i);
      if (end > 0) return [{ value: { signal: 'recruit', subType: 'recruitment' }, start: i, end }];
    } else if (FIGHTERS.has(w)) {
      // "APCLS elements including minors", "combattants dont des enfants"
      let k = i + 1;
      if (INCLUDING.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
        if (tokens[k]!.norm === 'y') k += 2; // "y compris"
        k += 1;
        if (DETERMINERS.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'some' || tokens[k]?.norm === 'quelques') k += 1;
        if (CHILDREN.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) return [{ value: { signal: 'recruit', subType: 'recruitment' }, start: i, end: k + 1 }];
      }
    }
  }
  return [];
}

/** The end of what says the children at i are armed or in a group's ranks (same clause, a few words on), or -1. */
function usedAfter(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 8 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.breakBefore) return -1;
    const next = tokens[k + 1]?.norm ?? '';
    if (ARMED.has(t.norm) && !GROWN.has(next)) return k + 1;
    // "en armes", "with AK-47", "avec des fusils", "in uniform", "en tenue militaire"
    if ((t.norm === 'en' || t.norm === 'with' || t.norm === 'avec' || t.norm === 'in') && (WEAPONS.has(next) || UNIFORM.has(next) || (next === 'tenue' && tokens[k + 2]?.norm === 'militaire'))) return k + 2;
    if ((t.norm === 'avec' || t.norm === 'with') && DETERMINERS.has(next) && WEAPONS.has(tokens[k + 2]?.norm ?? '')) return k + 3;
    if (AMONG.has(t.norm) || ((t.norm === 'in' || t.norm === 'dans') && DETERMINERS.has(next))) {
      const what = DETERMINERS.has(next) ? tokens[k + 2]?.norm ?? '' : next;
      if (RANKS.has(what) && (AMONG.has(t.norm) || what === 'ranks' || what === 'rangs')) return k + (DETERMINERS.has(next) ? 3 : 2);
    }
    // a verb of harm done TO the children ends it: "children killed by armed men"
    if (HARMED.has(t.norm)) return -1;
  }
  return -1;
}

const HARMED = new Set(['killed', 'tues', 'abducted', 'enleves', 'kidnapped', 'kidnappes', 'injured', 'blesses', 'raped', 'violees', 'fled', 'fui', 'fuient', 'displaced', 'deplaces', 'taken', 'pris', 'shot', 'hit', 'wounded', 'massacred', 'massacres', 'by', 'par']);
