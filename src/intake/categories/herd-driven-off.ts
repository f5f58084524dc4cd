import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A herd driven off is livestock taken (looting): "Twirwaneho fighters drove off about 40 cows at Kalingi", "Mai-Mai drove
 * away 30 goats", "des Twirwaneho ont amené tout le bétail de Kalingi", "les assaillants ont emmené 25 vaches". The verb
 * of driving or leading off, then the herd within a few words (a count, "about", an article between). Look-alikes: "the
 * attackers drove off towards Minembwe" (no herd), "herders drove their cows to Bijombo" (no "off/away", no armed
 * taking), "ont amené les blessés à l'hôpital" (people). (reports45)
 */
const DRIVE_WORDS = ['drove', 'driving', 'drive', 'drives', 'driven', 'amene', 'amenent', 'emmene', 'emmenent', 'emmenant', 'amenant'];
const DRIVE: ReadonlySet<string> = new Set(DRIVE_WORDS);
const DRIVE_SAID = trigger(DRIVE_WORDS);
const OFF = /^(off|away)$/;
const HERD = /^(cows?|cattle|goats?|sheep|livestock|herds?|heads|pigs?|vaches?|chevres?|betail|moutons?|troupeaux?|porcs?|tetes|bovins?|caprins?|ng'ombe|ngombe|mbuzi)$/;
const BETWEEN = /^(\d+|about|some|around|nearly|over|more|than|all|the|their|his|a|an|entire|whole|herd|of|dozens|hundreds|environ|plus|de|d|des|le|la|les|leur|leurs|tout|toutes|tous|une|un|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|dizaines|centaines)$/;

export function herdDrivenOffHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, DRIVE_SAID)) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DRIVE.has(tokens[i]!.norm)) continue;
    const english = /^(drove|driving|drive|drives|driven)$/.test(tokens[i]!.norm);
    let k = i + 1;
    // English needs "off/away" ("drove off 40 cows", "drove the cows away" is read by the herd before it)
    if (english) {
      if (!OFF.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
      k++;
    }
    for (; k < tokens.length && k <= i + 7 && !tokens[k]!.breakBefore; k++) {
      if (HERD.test(tokens[k]!.norm)) return [{ value: { signal: 'loot', subType: null }, start: i, end: k + 1 }];
      if (!BETWEEN.test(tokens[k]!.norm)) break;
    }
  }
  return [];
}
