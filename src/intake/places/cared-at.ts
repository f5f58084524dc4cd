import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Where the hurt were taken for care is not where they were hurt (pending reports44): "6 civilians hospitalised at HGR
 * Rutshuru after a shell hit Kiwanja market", "hurt by a shell in Mubambiro, the 3 hospitalised in Goma", "3 blessés à
 * Kiwanja, hospitalisés à Goma". A place right after a care word (up to four words: "at HGR", "à l'hôpital de") goes after
 * the other places. Look-alikes kept: the care place alone (it stays the place), a place before the care word ("Goma: 3
 * hospitalised" is the heading), places that are all care places.
 */
const CARE_WORDS = ['hospitalised', 'hospitalized', 'hospitalises', 'hospitalisees', 'hospitalise', 'hospitalisee', 'admitted', 'admis', 'admises', 'treated', 'soignes', 'soignees', 'soigne', 'soignee', 'transferred', 'transferes', 'transferees', 'refere', 'referes', 'referred', 'evacuated', 'evacues', 'evacuees', 'evacue', 'evacuee'];
const CARE = oneOf(CARE_WORDS);
const CARE_SAID = trigger(CARE_WORDS);
const BETWEEN = /^(at|in|to|a|au|aux|vers|the|l|la|le|de|du|d|hgr|hopital|hospital|cs|csr|centre|center|sante|health|general|reference|referral|heal|africa|clinique|clinic|mrs|msf|ndosho|cbca|chez)$/;

function caredAt(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  for (let j = p.start - 1; j >= 0 && j >= p.start - 5; j--) {
    if (CARE.test(tokens[j]!.norm)) return true;
    if (tokens[j + 1]!.breakBefore || !BETWEEN.test(tokens[j]!.norm)) return false;
  }
  return false;
}

/** The places with the care places last, or null when there is nothing to move. */
export function caredPlacesLast(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] | null {
  if (!said(tokens, CARE_SAID)) return null;
  const cared = places.filter((p) => caredAt(tokens, p));
  if (cared.length === 0 || cared.length === places.length) return null;
  return [...places.filter((p) => !cared.includes(p)), ...cared];
}
