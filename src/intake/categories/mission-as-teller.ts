import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The mission named as the one told or the one telling (reports23): "les commerçants ont saisi la MONUSCO: les militaires
 * … exigent 2000 FC" (the complaint is brought to the mission, no barrier blocks it: C6's looting), "UNPOL reports 2 women
 * raped by PNC agents" (the mission's police tell of a rape, they did not commit it: no conduct matter). A peacekeeper
 * or UN-personnel hit with a telling verb right after it, or a referral verb just before it, tells of no harm to or by
 * the mission ("a peacekeeper said to have…", "reported to have…" is hearsay of the act, not the mission telling).
 * Looked up in Sets on the words beside the hit only.
 */
const TELLS: ReadonlySet<string> = new Set(['reports', 'says', 'signale', 'signalent', 'rapporte', 'rapportent', 'indique', 'indiquent', 'confirms', 'confirme', 'notes', 'informs', 'alerts', 'denonce', 'documente', 'documents']);
const TOLD: ReadonlySet<string> = new Set(['saisi', 'saisie', 'saisir', 'saisissent', 'alerte', 'alertent', 'alerted', 'informe', 'informent', 'informed', 'contacted', 'contacte', 'notified', 'notifie', 'told', 'plainte', 'plaint', 'plaints', 'plaintes', 'complained', 'appealed', 'appel', 'petitioned', 'wrote', 'ecrit']);
const SMALL: ReadonlySet<string> = new Set(['la', 'le', 'l', 'les', 'the', 'a', 'to', 'au', 'aupres', 'de', 'du', 'des', 'ont', 'a', 'have', 'has', 'had']);

/** True when the mission named at [start, end) is only the one told or the one telling. */
// (reports41: "MONUSCO EOD alerted", "MONUSCO alertée", "la MONUSCO a été informée": the mission told, in the passive after
// it, its unit's name between)
const UNIT: ReadonlySet<string> = new Set(['eod', 'unmas', 'team', 'equipe', 'base', 'tob', 'cob', 'a', 'ete', 'has', 'been', 'was', 'were', 'immediately', 'aussitot']);
const TOLD_AFTER: ReadonlySet<string> = new Set(['alerted', 'alertee', 'alerte', 'informed', 'informee', 'informe', 'notified', 'notifiee', 'notifie', 'saisie', 'contacted', 'contactee', 'contacte', 'called', 'appelee']);
export function missionTold(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  if (after && !after.breakBefore && TELLS.has(after.norm)) return true;
  for (let k = end; k < tokens.length && k <= end + 3 && !tokens[k]!.breakBefore; k++) {
    if (TOLD_AFTER.has(tokens[k]!.norm)) return true;
    if (!UNIT.has(tokens[k]!.norm)) break;
  }
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (TOLD.has(tokens[k]!.norm)) return true;
    if (!SMALL.has(tokens[k]!.norm)) return false;
  }
  return false;
}

/** A peacekeeper or UN-personnel hit of the mission only told or telling. */
export function missionToldHit(h: SignalHit, tokens: readonly Token[]): boolean {
  return (h.value.signal === 'peacekeeper' || h.value.signal === 'unPersonnel') && missionTold(tokens, h.start, h.end);
}

// "UXO found near the old MONUSCO base", "obus trouvé près de la base de la MONUSCO": the mission's base as a landmark, where
// nothing attacked anyone (an attack or a harm told keeps the base as a possible target).
const NEAR: ReadonlySet<string> = new Set(['near', 'nearby', 'outside', 'behind', 'beside', 'close', 'pres', 'proximite', 'abords', 'derriere', 'cote', 'autour', 'around', 'loin']);
const LANDMARK_GAP: ReadonlySet<string> = new Set(['the', 'old', 'former', 'ancienne', 'ancien', 'de', 'la', 'le', 'l', 'du', 'to', 'from', 'a', 'base', 'camp', 'position', 'of']);
const HARM_SAID: ReadonlySet<string> = new Set(['attack', 'kill', 'injure', 'abduct', 'sexual', 'loot', 'threat', 'detention', 'torture']);
/** A peacekeeper hit named only as where a found thing lay, in a report telling no harm. */
export function missionAsLandmark(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (h.value.signal !== 'peacekeeper' || hits.some((x) => HARM_SAID.has(x.value.signal))) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (NEAR.has(tokens[k]!.norm)) return true;
    if (!LANDMARK_GAP.has(tokens[k]!.norm)) return false;
  }
  return false;
}
