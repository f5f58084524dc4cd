import type { Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A rape said in Swahili, the verb then who: "walibaka msichana wa 15" (1 survivor, a child: C24), "wamebaka
 * wanawake watatu" (3), "Mai-Mai walibaka mwanamke mmoja" (1), "wamewabaka watoto 2" (2 survivors, 2 children). The
 * person word after the verb is the survivor, one in the singular, the number after it when counted; a girl or child
 * is a child too unless an age of 18 or more is said. Fills only counts still unknown.
 */
const RAPE = /^(wa|a|wali|ali|wame|ame|wana|ana)?(li|me|na)?(m|wa|mu)?baka$|^(walibaka|wamebaka|alibaka|amebaka|wanabaka|wamembaka|walimbaka|wamewabaka|waliwabaka|alimbaka|amembaka)$/;
const ONE: ReadonlyMap<string, boolean> = new Map([['msichana', true], ['mtoto', true], ['mwanamke', false], ['mama', false], ['binti', true]]);
const MANY: ReadonlyMap<string, boolean> = new Map([['wasichana', true], ['watoto', true], ['wanawake', false], ['akina', false], ['mabinti', true]]);
const WHO_SAID = trigger([...ONE.keys(), ...MANY.keys()]);

export function swahiliRapeCounts(tokens: readonly Token[], victims: Victims): void {
  if (victims.crsvSurvivors !== null || !said(tokens, WHO_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!RAPE.test(tokens[i]!.norm) || tokens[i + 1]!.breakBefore) continue;
    const who = tokens[i + 1]!.norm;
    const one = ONE.get(who);
    const many = MANY.get(who);
    if (one === undefined && many === undefined) continue;
    const n = readNumber(tokens, i + 2);
    const count = n && !n.zero && !n.article && !tokens[i + 2]!.breakBefore && tokens[i + 2]!.norm !== 'wa' ? n.value : one !== undefined ? 1 : null;
    if (count === null) return;
    victims.crsvSurvivors = count;
    const child = (one ?? many) && !adultAge(tokens, i + 2);
    if (child && victims.childrenAffected === null) victims.childrenAffected = count;
    return;
  }
}

// "msichana wa 19": an age of 18 or more said after the person
function adultAge(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'wa') return false;
  const age = Number(tokens[k + 1]?.norm);
  return Number.isFinite(age) && age >= 18;
}
