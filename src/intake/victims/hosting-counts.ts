import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * A place hosting a count of displaced people, the verb before the count (reports33): "Walese Vonkutu chiefdom hosting
 * around 3,500 IDPs from Boga", "Komanda hosts 1200 IDPs", "la paroisse héberge environ 300 déplacés", "l'école abrite
 * 450 personnes déplacées". The hosted are the displaced count (households are not people, C8: left out). Only a count
 * the readers left unknown is set. Cheap trigger: a hosting verb (Set lookup per word).
 */
const HOSTING_WORDS = [
  'hosting', 'hosts', 'host', 'hosted', 'sheltering', 'shelters', 'sheltered', 'accommodating', 'accommodates',
  'accueille', 'accueillent', 'accueillant', 'heberge', 'hebergent', 'hebergeant', 'abrite', 'abritent', 'abritant',
];
const HOSTING: ReadonlySet<string> = new Set(HOSTING_WORDS);
const HOSTING_SAID = trigger(HOSTING_WORDS);
const ABOUT: ReadonlySet<string> = new Set(['about', 'around', 'some', 'approx', 'approximately', 'over', 'nearly', 'almost', 'an', 'estimated', 'at', 'least', 'more', 'than', 'environ', 'pres', 'de', 'd', 'plus', 'au', 'moins', 'quelque', 'abt', 'env', '+']);
const DISPLACED: ReadonlySet<string> = new Set(['idps', 'idp', 'displaced', 'deplaces', 'deplacees', 'pdi', 'pdis', 'people', 'persons', 'personnes', 'individuals', 'individus']);

export function hostingCount(tokens: readonly Token[], victims: Victims): void {
  if (victims.displaced !== null || !said(tokens, HOSTING_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!HOSTING.has(tokens[i]!.norm)) continue;
    let j = i + 1;
    while (j < i + 4 && ABOUT.has(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
    if (tokens[j]?.breakBefore) continue;
    const n = readNumber(tokens, j);
    if (!n || n.article || n.zero || n.value <= 0) continue;
    const noun = tokens[n.next];
    if (noun && !noun.breakBefore && DISPLACED.has(noun.norm)) {
      victims.displaced = n.value;
      return;
    }
  }
}
