import type { Signals } from './categories.js';
import { missionTold } from './mission-as-teller.js';

/**
 * A peacekeeping unit that opens the report as its heading, or that reports, is the teller, not the target (pending
 * reports40): "INDBATT: shots heard around Rwindi right now, M23 advancing on Wazalendo positions, civilians trapped in
 * the market", "BANBATT reports fighting between M23 and Wazalendo near Kiwanja". Only when nothing of the mission's own
 * is said to be hit (a patrol, a base, a convoy, peacekeepers, "our", "us"): "INDBATT: patrol ambushed near Rwindi", "INDBATT:
 * M23 fired on the TOB, 2 peacekeepers wounded" stay attacks on peacekeepers.
 */
const OWN = new Set(['patrol', 'patrols', 'patrouille', 'patrouilles', 'convoy', 'convoi', 'base', 'tob', 'cob', 'camp', 'vehicle', 'vehicles', 'vehicule', 'vehicules', 'apc', 'our', 'us', 'we', 'notre', 'nos', 'nous', 'escort', 'escorte', 'peacekeeper', 'peacekeepers', 'casques', 'casque', 'pk', 'pks', 'troops', 'soldier', 'soldiers', 'helicopter', 'helico',
  // the unit itself hit, with no object said: "INDBATT: came under fire at Rwindi", "ambushed near Kiwanja"
  'under', 'came', 'ambushed', 'ambush', 'embuscade', 'targeted', 'cible', 'ciblee', 'vise', 'visee', 'attacked', 'attaque', 'attaquee', 'hit']);

export function unitOnlyTelling(s: Signals): boolean {
  const hits = s.all('peacekeeper');
  if (hits.length === 0) return false;
  const tokens = s.tokens;
  // (the heading's colon is no clause break: "INDBATT: …" reads as a gap of more than a space after the name)
  const heading = (start: number, end: number): boolean => start === 0 && tokens[end] !== undefined && (tokens[end]!.breakBefore || tokens[end]!.start - tokens[end - 1]!.end > 1);
  if (!hits.every((h) => heading(h.start, h.end) || missionTold(tokens, h.start, h.end))) return false;
  return !tokens.some((t, i) => i >= hits[0]!.end && OWN.has(t.norm));
}
