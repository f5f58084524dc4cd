import type { Token } from '../normalize.js';
import { said as saidIn, trigger } from '../triggers.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * The group the people harmed are "said to be" is what they are taken for, not who harmed them (reports35: "M23
 * 'arrested' 8 young men said to be wazalendo", "2 youths believed to be M23 collaborators beaten by soldiers", "3
 * jeunes pris pour des wazalendo", "des civils considérés comme des M23"). doers/charged-as-group.ts reads "accused of
 * being"; this reads the softer words, only when the people before them are victims, not armed men: "armed men said
 * to be ADF killed 3", "assaillants présentés comme des CODECO" keep the group as the doer.
 */
const SAID_WORDS = ['said', 'believed', 'thought', 'reported', 'reputed', 'claimed', 'rumoured', 'rumored', 'presumed', 'considered', 'taken', 'mistaken'];
const SAID: ReadonlySet<string> = new Set(SAID_WORDS);
const TO_BE = new Set(['to', 'be', 'as', 'for']);
const FR_SAID_WORDS = ['pris', 'prises', 'considere', 'consideres', 'consideree', 'considerees', 'presente', 'presentes', 'presentee', 'presentees', 'soupconnes', 'dits', 'dites', 'qualifies', 'traites', 'confondus'];
const FR_SAID: ReadonlySet<string> = new Set(FR_SAID_WORDS);
// (said, taken or considered to be, in English or French; "dits" is among the French)
const SAID_TO_BE_SAID = trigger([...SAID_WORDS, ...FR_SAID_WORDS]);
const FR_AS = new Set(['pour', 'comme', 'de']);
const LINK = /^(the|a|an|des|les|de|d|du|members?|membres?|elements?|elts|fighters|combattants|collaborators?|collaborateurs?|complices?|of|par|being)$/;
const ARMED = /^(armed|armes|gunmen|assailants|assaillants|attackers|attaquants|fighters|combattants|militiamen|miliciens|bandits|rebels|rebelles|elements|elts|hommes|men|agresseurs|ravisseurs|kidnappers)$/;
const BETWEEN = /^(who|qui|are|were|is|was|sont|etaient|est|all|tous|allegedly|wrongly|a|tort)$/;

export function saidToBeCharge(tokens: readonly Token[], start: number): boolean {
  if (!saidIn(tokens, SAID_TO_BE_SAID)) return false;
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore) return false;
  // "said to be", "taken for", "considered as" / "pris pour", "considérés comme"
  let said = -1;
  if (TO_BE.has(tokens[k]!.norm)) {
    let j = k;
    while (j > k - 2 && TO_BE.has(tokens[j - 1]?.norm ?? '')) j--;
    // ("taken for", "mistaken for" only with "for": "taken to the FARDC position" is where they were taken)
    const verb = tokens[j - 1]?.norm ?? '';
    if (SAID.has(verb) && (/^(taken|mistaken)$/.test(verb) ? tokens[j]!.norm === 'for' : tokens[j]!.norm !== 'for')) said = j - 1;
  } else if (FR_AS.has(tokens[k]!.norm) && FR_SAID.has(tokens[k - 1]?.norm ?? '')) said = k - 1;
  else if (/^(dits|dites)$/.test(tokens[k]!.norm)) said = k;
  if (said < 1) return false;
  // the people it is said of, just before: "8 young men said to be", "des jeunes qui sont pris pour"
  let p = said - 1;
  while (p > 0 && p >= said - 3 && BETWEEN.test(tokens[p]!.norm) && !tokens[p + 1]!.breakBefore) p--;
  const who = tokens[p]!.norm;
  if (tokens[p + 1]!.breakBefore || !isPerson(who)) return false;
  // "armed men said to be ADF": the armed men are who did it
  return !ARMED.test(who) || (/^(men|hommes)$/.test(who) && /^(young|jeunes)$/.test(tokens[p - 1]?.norm ?? ''));
}
