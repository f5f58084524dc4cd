import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A force's convoy, vehicle, column or patrol ambushed or attacked names that force as the target, not a doer (C4): "les
 * Twirwaneho ont tendu une embuscade à un convoi FARDC, 2 civils à bord tués" is Twirwaneho only, so are "ambush on an
 * FARDC truck", "attaque contre une jeep de la PNC" and "a FARDC convoy ambushed by ADF near Mbau". The same unit doing
 * harm stays the doer: "a FARDC patrol fired on a crowd", "un convoi FARDC a pillé le marché". (reports45)
 */
const UNIT_WORDS = ['convoi', 'convois', 'convoy', 'convoys', 'vehicule', 'vehicules', 'vehicle', 'vehicles', 'colonne', 'column', 'camion', 'camions', 'truck', 'trucks', 'jeep', 'jeeps', 'escorte', 'escort'];
const UNIT: ReadonlySet<string> = new Set(UNIT_WORDS);
const AMBUSH_WORDS = ['embuscade', 'embuscades', 'ambush', 'ambushed', 'ambushes', 'ambushing', 'attaque', 'attaques', 'attaquent', 'attaquee', 'attack', 'attacks', 'attacked', 'attacking', 'tendu', 'tendue'];
const AMBUSH: ReadonlySet<string> = new Set(AMBUSH_WORDS);
const UNIT_SAID = trigger(UNIT_WORDS);
const SKIP: ReadonlySet<string> = new Set(['un', 'une', 'a', 'an', 'the', 'le', 'la', 'les', 'l', 'des', 'de', 'd', 'du', 'of', 'au', 'aux', 'their', 'leur', 'leurs']);
const AGAINST: ReadonlySet<string> = new Set(['on', 'sur', 'contre', 'against']);
// after the unit: "convoi FARDC attaqué", "a FARDC convoy ambushed by ADF", "convoi FARDC pris/tombé dans une embuscade"
const PASSIVE = /^(attaque|attaquee|attaques|ambushed|attacked|embuscade|pris|prise|tombe|tombee|fell|caught|targeted|cible|ciblee|hit|touche)$/;

export function unitAmbushed(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, UNIT_SAID)) return false;
  // "un convoi FARDC", "une jeep de la PNC": the unit word before the name (articles between)
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && SKIP.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  let unitAt = -1;
  if (k >= 0 && UNIT.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) unitAt = k;
  // "an FARDC convoy": the unit word right after the name
  else if (UNIT.has(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore) unitAt = end;
  if (unitAt < 0) return false;
  const from = Math.min(unitAt, start);
  // the ambush or attack just before the unit ("embuscade à un convoi", "ambush on an FARDC truck", "ambushed a FARDC convoy")
  for (let j = from - 1; j >= 0 && j >= from - 4; j--) {
    if (AMBUSH.has(tokens[j]!.norm)) return true;
    if (tokens[j + 1]!.breakBefore) break;
    // ("embuscade CODECO contre un camion des FARDC": the ambush and its doer, then "contre")
    if (AGAINST.has(tokens[j]!.norm)) {
      for (let m = j - 1; m >= 0 && m >= j - 4 && !tokens[m + 1]!.breakBefore; m--) if (AMBUSH.has(tokens[m]!.norm)) return true;
      break;
    }
    if (!SKIP.has(tokens[j]!.norm)) break;
  }
  // or the passive right after it ("convoi FARDC attaqué par les ADF", "a FARDC convoy was ambushed")
  const to = Math.max(unitAt, end - 1) + 1;
  for (let j = to; j < tokens.length && j <= to + 2; j++) {
    if (tokens[j]!.breakBefore) break;
    if (PASSIVE.test(tokens[j]!.norm)) return true;
    if (!/^(a|ete|was|were|has|been|est|sont)$/.test(tokens[j]!.norm)) break;
  }
  return false;
}
