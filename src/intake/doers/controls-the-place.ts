import type { Token } from '../normalize.js';

/**
 * An armed group named only as the one that holds the place where a mishap struck ("2 creuseurs tués par l'effondrement
 * d'un puits, le M23 contrôle toujours la mine", "3 diggers killed when a pit collapsed at Rubaya, M23 still controls the
 * site", "dans la zone sous contrôle des Wazalendo, un camion s'est renversé"): its control is the background, not the
 * harm; nobody attacked, nobody is the doer, and its name makes no armed men at the scene. Used only when the text tells of
 * a mishap (a collapse, a flood, an accident: the `natural` signal) and of no attack, fighting or explosive; a group that
 * controls a place where people were attacked stays read as it was.
 */
const CONTROLS = /^(controle|controlent|controlait|controlaient|controls|control|controlled|controlling|holds|hold|tient|tiennent|occupe|occupent|occupies|occupy)$/;
const BETWEEN = /^(toujours|still|encore|always|has|have|a|ont|is|are|which|qui|that|now|desormais)$/;
const UNDER = /^(sous|under)$/;
const CONTROL_NOUN = /^(controle|control|occupation)$/;
const BY = /^(par|by)$/;
const ARTICLE = /^(le|la|les|l|du|des|de|d|the)$/;

/** The mention from `start` to `end` is said only to control or hold the place. */
export function onlyControlling(tokens: readonly Token[], start: number, end: number): boolean {
  // "le M23 contrôle (toujours) la mine", "M23 still controls the site"
  let k = end;
  while (k < end + 2 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  if (CONTROLS.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) return true;
  // "M23-controlled", "under M23 control"
  if (/^controll?ed$/.test(tokens[end]?.norm ?? '') || CONTROL_NOUN.test(tokens[end]?.norm ?? '')) return true;
  // "sous (le) contrôle (du) M23", "contrôlée par le M23"
  let j = start - 1;
  while (j > start - 3 && j >= 0 && ARTICLE.test(tokens[j]!.norm)) j--;
  if (j >= 0 && BY.test(tokens[j]!.norm) && /^controle/.test(tokens[j - 1]?.norm ?? '')) return true;
  return j >= 0 && CONTROL_NOUN.test(tokens[j]!.norm) && UNDER.test(tokens[j - 1]?.norm ?? tokens[j - 2]?.norm ?? '');
}

/** The raw hits tell of a mishap and of no attack, fighting or explosive. */
export function mishapOnly(hits: readonly { value: { signal: string } }[]): boolean {
  return hits.some((h) => h.value.signal === 'natural') && !hits.some((h) => h.value.signal === 'attack' || h.value.signal === 'fighting' || h.value.signal === 'explosive');
}
