import type { Token } from '../normalize.js';
import type { SignalHit } from './categories.js';

/**
 * A written warning left by a group that says it is coming (reports28): "ADF note left on the road at Halungupa: 'we come
 * tonight'", "tract trouvé à Eringeti: 'nous venons ce soir'", "barua ya ADF: tunakuja usiku". The note is the threat
 * of an attack (with "tonight" it is imminent: the priority rule's critical, through the time word read elsewhere).
 * Only a first-person coming inside the sentence that names the note: "a letter from the chief, we come to the meeting"
 * does not name a group's coming unless an armed group is named (checked by the caller's signals).
 */
const WRITTEN = new Set(['note', 'notes', 'letter', 'letters', 'lettre', 'lettres', 'tract', 'tracts', 'billet', 'billets', 'message', 'messages', 'barua', 'leaflet', 'leaflets', 'pamphlet', 'mot', 'ecrit', 'graffiti', 'inscription']);
const WE = /^(we|nous|on|tu|tunakuja|tutakuja|tutarudi|tutawashambulia|tunarudi)$/;
const COME = /^(come|coming|arrive|arriving|return|returning|attack|venons|viendrons|arrivons|revenons|reviendrons|attaquerons|allons|will|are|arrive|kuja)$/;

export function writtenWarningHits(tokens: readonly Token[], groupNamed: boolean): SignalHit[] {
  if (!groupNamed) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!WRITTEN.has(tokens[i]!.norm)) continue; // (a Set lookup: this runs on every word)
    for (let k = i + 1; k < tokens.length && k <= i + 12 && !tokens[k]!.stopBefore; k++) {
      const w = tokens[k]!.norm;
      // ("lettre des ADF trouvée, ils annoncent venir 'ce soir'", "note: they say they will come tonight": the coming told of them, reports32)
      if (/^(tunakuja|tutakuja|tutarudi|tutawashambulia|tunarudi)$/.test(w) || (WE.test(w) && COME.test(tokens[k + 1]?.norm ?? '')) || comingAnnounced(tokens, k)) {
        return [{ value: { signal: 'threat', subType: 'threat_of_attack' }, start: k, end: k + 2 }];
      }
    }
  }
  return [];
}

const THEY = /^(ils|they)$/;
const ANNOUNCE = /^(annoncent|announce|announced|annoncaient|promettent|promise|promised|disent|say|said|threaten|threatened|menacent)$/;
const TO_COME = /^(venir|revenir|attaquer|arriver|come|coming|return|returning|attack|attacking)$/;
function comingAnnounced(tokens: readonly Token[], k: number): boolean {
  if (!THEY.test(tokens[k]!.norm) || !ANNOUNCE.test(tokens[k + 1]?.norm ?? '')) return false;
  // "ils annoncent venir", "they announce they will come", "they say they are coming", "they threaten to attack"
  for (let j = k + 2; j <= k + 5 && j < tokens.length && !tokens[j]!.stopBefore; j++) if (TO_COME.test(tokens[j]!.norm)) return true;
  return false;
}
