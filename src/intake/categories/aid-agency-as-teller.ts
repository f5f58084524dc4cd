import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An aid agency or NGO named as who tells, not as who was harmed (pending reports26): "NGO partner in Minembwe reports:
 * 'Twirwaneho burnt two villages'", "selon une ONG locale, 3 civils tués", "according to MSF, 200 families fled",
 * "l'ONG partenaire signale …". The humanitarian word is the source: no attack on humanitarians unless their own people
 * or goods are said harmed ("two of their staff", "leur véhicule", "NGO driver", "ONG pillée").
 * Look-alikes kept out: "MSF relays that two of their staff were beaten", "NGO convoy looted", "agent d'une ONG enlevé".
 */
const TELLS = /^(reports?|reported|reporting|relays?|relayed|says?|said|signale\w*|rapporte\w*|indique\w*|informe\w*|alerte|confirms?|confirme\w*|shares?|partage\w*)$/;
const SOURCE_BEFORE = /^(according|selon|per|source|sources|via|par)$/;
const OWN = /^(staff|staffs|worker|workers|agent|agents|employee|employees|employes?|personnel|driver|drivers|chauffeur|chauffeurs|their|its|leur|leurs|ses|sa|son|vehicle|vehicles|vehicule|vehicules|convoy|convoys|convoi|convois|office|offices|bureau|bureaux|warehouse|entrepot|compound|base|team|equipe|nurse|infirmier|volunteers?|volontaires?)$/;

export function aidAgencyTelling(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'humanitarian') return false;
  // the agency's own people or goods named anywhere: they may be the harmed
  if (tokens.some((t) => OWN.test(t.norm))) return false;
  let k = h.end;
  // "NGO partner in Minembwe reports", "l'ONG partenaire locale signale"
  while (k < tokens.length && k < h.end + 4 && !TELLS.test(tokens[k]!.norm) && !tokens[k]!.stopBefore) k++;
  // ("NGO reports it suspended activities after threats": the agency tells of itself)
  if (TELLS.test(tokens[k]?.norm ?? '')) return !/^(it|they|we|our|elle|ils|nous|avoir|etre)$/.test(tokens[k + 1]?.norm ?? '');
  let b = h.start - 1;
  while (b >= 0 && /^(to|the|a|an|une|un|l|la|le|d|de|des|local|locale)$/.test(tokens[b]!.norm)) b--;
  return b >= 0 && SOURCE_BEFORE.test(tokens[b]!.norm);
}
