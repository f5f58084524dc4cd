import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Calls to drive out or take revenge on a people, as leaflets and voice messages word them (pending reports26):
 * "'chase them out'", "drive them all out", "messages audio appelant à la vengeance contre les Lendu", "calls for revenge
 * against the Hema", "wafukuzeni" (chase them out). Incitement (`hate_speech_incitement`), not a tension between
 * communities nor a threat to one person. ("revenge" alone stays a tension: "fear of revenge attacks".)
 */
const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

const CALLS: readonly Keyword[] = [
  'chase them out', 'chase them all out', 'drive them out', 'drive them all out', 'kick them out', 'throw them out', 'chassez les tous', 'chassons les', 'chasser ces gens', 'wafukuzeni', 'wafukuze',
  // (Lingala and Swahili in the plural imperative, "'bobengana ba Nyarwanda'" = "chase out the Rwandans", "tuwafukuze"
  // = "let us chase them out": reports38; "kobengana" alone, the verb's name, is left to its context)
  'bobengana', 'tobengana', 'bengana bango', 'tuwafukuze', 'wafukuzwe',
  // (the call with no people after it, in messages that name them: "Facebook messages accusing the Hema … and calling
  // for revenge since the Pimbo attack", "messages … appelant à la vengeance depuis l'attaque", reports36)
  'appelant a la vengeance', 'appellent a la vengeance', 'appelle a la vengeance', 'incitant a la vengeance', 'calling for revenge', 'calls for revenge', 'calling for vengeance',
  ...combine(['appel a la vengeance', 'appels a la vengeance', 'appelant a la vengeance', 'appellent a la vengeance', 'appelle a la vengeance', 'incitant a la vengeance', 'call for revenge', 'calls for revenge', 'calling for revenge', 'calling for vengeance', 'calls for vengeance', 'urging revenge'], ['contre', 'contre les', 'against', 'against the', 'on the']),
];

/** The keyword table with the calls added to incitement. */
export function withIncitementCalls(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  return { ...table, hate: [...table.hate, ...CALLS] };
}
