import type { Token } from '../normalize.js';

/**
 * The free-text location around a place: "Kamango market", "école de Mambasa", "Beni-Kasindi
 * road". Only when the words add something to the gazetteer place; otherwise null.
 */
const LANDMARKS = new Set([
  'market', 'marche', 'school', 'ecole', 'church', 'eglise', 'mosque', 'mosquee', 'hospital', 'hopital', 'clinic', 'clinique',
  'camp', 'site', 'road', 'route', 'axe', 'axis', 'bridge', 'pont', 'mine', 'mines', 'port', 'airport', 'aeroport', 'airstrip', 'base',
  'quarter', 'quartier', 'neighbourhood', 'neighborhood', 'parish', 'paroisse', 'field', 'fields', 'champ', 'champs', 'river',
  'riviere', 'lake', 'lac', 'hill', 'hills', 'colline', 'collines', 'forest', 'foret', 'park', 'parc', 'junction', 'carrefour',
  'crossroads', 'prison', 'office', 'bureau', 'stadium', 'stade', 'parking', 'checkpoint', 'barrier', 'barriere', 'centre', 'center', 'health', 'bush', 'brousse', 'outskirts', 'periphery', 'peripherie', 'highway', 'border', 'frontiere',
]);
// Words that may sit between a landmark and the place: "école de Mambasa", "site de déplacés de Rhoe".
const CONNECTORS = new Set(['de', 'du', 'des', 'd', 'of', 'the', 'la', 'le', 'l', 'in', 'at', 'a', 'deplaces', 'idp', 'idps', 'sante', 'primaire', 'main', 'central']);
const FOLLOWERS = new Set(['health', 'idp', 'primary', 'secondary', 'main', 'central']);

export function locationAround(text: string, tokens: readonly Token[], start: number, end: number): string | null {
  let from = start;
  let to = end;
  // After the place: "Kamango market", "Kamango health centre", "Beni-Kasindi road".
  for (let j = end, seen = 0; j < tokens.length && j < end + 3; j++) {
    const token = tokens[j]!;
    if (token.breakBefore) break;
    if (LANDMARKS.has(token.norm)) to = j + 1;
    else if (!FOLLOWERS.has(token.norm) && !(tokens[j]!.hyphenBefore && seen === 0)) break;
    seen++;
  }
  // Before it: "marché de Kamango", "l'école de Mambasa".
  if (to === end) {
    for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
      const token = tokens[j]!;
      if (tokens[j + 1]!.breakBefore) break;
      if (LANDMARKS.has(token.norm)) from = j;
      else if (!CONNECTORS.has(token.norm)) break;
    }
  }
  if (from === start && to === end) return null;
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

// "at Kinshasa-X", "à Kalima": a capitalised name after a locative word, when no place matched.
const GUESS = /(?:^|[\s,(])(?:[Ii]n|[Aa]t|[Nn]ear|[Àà]|[Dd]ans|[Pp]rès de|[Pp]res de|[Vv]ers|[Aa]round)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;

export function guessLocation(text: string): string | null {
  return GUESS.exec(text)?.[1] ?? null;
}
