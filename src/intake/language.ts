import type { Language } from '../domain/taxonomy.js';
import type { Token } from './normalize.js';

// Function words only one of the two languages uses; "a", "on" and "en"-like words are left out.
const FRENCH = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'd', 'l', 'une', 'et', 'au', 'aux', 'dans', 'pres', 'par', 'pour', 'sur', 'avec', 'est', 'sont',
  'ont', 'ete', 'qui', 'que', 'ce', 'cette', 'ces', 'pas', 'ne', 'vers', 'selon', 'hier', 'matin', 'soir', 'nuit', 'leur', 'leurs',
  'nous', 'ils', 'elles', 'il', 'elle', 'sans', 'entre', 'contre', 'apres', 'avant', 'depuis', 'lors', 'plusieurs', 'aussi', 'deux',
  'trois', 'quatre', 'cinq', 'tues', 'blesses', 'enleves', 'hommes', 'armes', 'femmes', 'enfants', 'cours', 'attaque', 'village',
  'aujourd', 'hui', 'y', 'se', 'sa', 'son', 'ses', 'mais', 'ou', 'donc', 'quartier', 'personnes', 'civils', 'suspectes',
]);
const ENGLISH = new Set([
  'the', 'an', 'and', 'of', 'in', 'at', 'near', 'by', 'for', 'with', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'this', 'that',
  'from', 'to', 'after', 'before', 'since', 'armed', 'men', 'women', 'children', 'killed', 'injured', 'abducted', 'attacked',
  'reported', 'suspected', 'morning', 'night', 'yesterday', 'today', 'their', 'they', 'there', 'who', 'which', 'some', 'several',
  'into', 'two', 'three', 'four', 'five', 'people', 'civilians', 'houses', 'found', 'road', 'but', 'or',
]);

/** A stopword vote over the words that are not names; English on a tie (the mission default). */
export function detectLanguage(tokens: readonly Token[], names?: Uint8Array): Language {
  let fr = 0;
  let en = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (names?.[i]) continue;
    const word = tokens[i]!.norm;
    if (FRENCH.has(word)) fr++;
    else if (ENGLISH.has(word)) en++;
    // Accented letters are French here (names are left out above): "enlevés", "près".
    if (tokens[i]!.text !== word && /[éèêàùçôîû]/i.test(tokens[i]!.text)) fr += 0.5;
  }
  return fr > en ? 'fr' : 'en';
}
