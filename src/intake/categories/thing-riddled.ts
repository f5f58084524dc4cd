import type { Token } from '../normalize.js';
import type { SignalHit } from './categories.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * "Riddled with bullets" / "criblé de balles" is a killing word said of a body, but field reports say it of vehicles and
 * houses too (reports29): "le véhicule de MSF a été attaqué …, criblé de balles, le chauffeur blessé", "the NGO car was
 * riddled with bullets, no one hurt", "maison criblée de balles". When the nearest noun before it in the sentence is a
 * thing, not a person, the hit tells of no death. Only the kill hits that open on the word pay for the look back.
 */
const RIDDLED = new Set(['crible', 'cribles', 'criblee', 'criblees', 'riddled']);
const THING = /^(vehicules?|voitures?|vehicles?|cars?|jeeps?|camions?|trucks?|lorr(y|ies)|bus|minibus|maisons?|houses?|murs?|walls?|portes?|doors?|toits?|roofs?|pare|windscreen|windshield|fenetres?|windows?|bateaux?|boats?|pirogues?|canots?|convoi|convoy|bureaux?|offices?|ambulances?|helicopteres?|helicopters?|pick|pickup|hilux|land|cruiser|bâtiments?|batiments?|buildings?|facades?|carrosserie|body|tank|citerne)$/;

const FUNCTION_WORD = /^(des|de|d|du|la|le|les|l|un|une|a|an|the)$/;

export function thingRiddled(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'kill' || !RIDDLED.has(tokens[h.start]?.norm ?? '')) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 14; k--) {
    const w = tokens[k]!.norm;
    if (THING.test(w)) return true;
    if (isPerson(w) && !FUNCTION_WORD.test(w)) return false;
    if (tokens[k]!.stopBefore) return false;
  }
  return false;
}
