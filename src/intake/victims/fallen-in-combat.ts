import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A soldier, policeman or fighter said to have fallen is dead: "un militaire est tombé", "deux soldats sont tombés au
 * front", "a FARDC soldier fell in the attack", "one peacekeeper has fallen". Counted as killed when no other reading counted
 * the dead. Look-alikes kept out: falling ill, from or into something ("tombé malade", "tombé d'un camion", "fell into a
 * ditch"), and a position or a place that fell ("Rubaya est tombée", "the post fell to M23") — only a person falls dead.
 */
// (a Set: the reader looks at every word of a report)
const ARMED_PERSON_WORDS = ['militaire', 'militaires', 'soldat', 'soldats', 'soldier', 'soldiers', 'element', 'elements', 'policier', 'policiers', 'policeman', 'policemen', 'agent', 'agents', 'combattant', 'combattants', 'fighter', 'fighters', 'peacekeeper', 'peacekeepers', 'casque', 'casques', 'fardc', 'wazalendo'];
const ARMED_PERSON: ReadonlySet<string> = new Set(ARMED_PERSON_WORDS);
const FELL_WORDS = ['tombe', 'tombes', 'tombee', 'fell', 'fallen'];
const FELL = oneOf(FELL_WORDS);
const ARMED_PERSON_SAID = trigger(ARMED_PERSON_WORDS);
const FELL_SAID = trigger(FELL_WORDS);
const AUX = /^(est|sont|a|ont|has|have|had|ete|was|were|bleu|bleus|fardc|pnc|du|de|la|l)$/;
const NOT_DEAD = /^(malade|malades|ill|sick|from|into|in|off|dans|d|de|du|des|sur|on|down|asleep|endormi|amoureux|enceinte|pregnant|en|to|a|aux|au|victim|victime)$/;
const COUNT: Record<string, number> = { un: 1, une: 1, a: 1, an: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5 };

export function fallenCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null || !said(tokens, FELL_SAID) || !said(tokens, ARMED_PERSON_SAID)) return;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!ARMED_PERSON.has(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < i + 4 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    const verb = tokens[k];
    if (!verb || verb.breakBefore || !FELL.test(verb.norm)) continue;
    // ("tombé au front", "fell in battle", "tombé au combat" are deaths; "tombé dans un fossé", "fell into a ditch" are not)
    const after = tokens[k + 1];
    const inBattle = after && /^(au|in|en)$/.test(after.norm) && /^(front|combat|combats|battle|action|duty|service)$/.test(tokens[k + 2]?.norm ?? '');
    if (after && !after.breakBefore && NOT_DEAD.test(after.norm) && !inBattle) continue;
    let c = i - 1;
    if (/^(de|des|du|of)$/.test(tokens[c]?.norm ?? '') || ARMED_PERSON.has(tokens[c]?.norm ?? '')) c--;
    const word = tokens[c]?.norm ?? '';
    const n = /^\d{1,3}$/.test(word) ? Number(word) : COUNT[word];
    if (!n) continue;
    victims.killed = n;
    return;
  }
}
