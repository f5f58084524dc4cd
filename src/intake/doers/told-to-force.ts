import type { Token } from '../normalize.js';

/**
 * The host police or army as whom the harm was told to (reports23): "traders complained to the PNC that Wazalendo
 * take 5,000 FC", "the chief informed the police that FRPI took 30 goats", "Cas signalé au commandant PNC de Nizi:
 * 3 creuseurs enlevés", "plainte déposée auprès de la police". The force received the
 * report; it did not do the harm (C1, C2 name them only as doers).
 */

// Verbs of telling that take the force as their object: "informed the police", "a saisi la PNC", "alerted FARDC".
const TOLD = /^(informed|inform|informe|informee|informes|informent|informer|alerted|alert|alerte|alertee|alertes|alertent|alerter|notified|notifie\w*|told|saisi|saisie|saisir|saisissent|warned|avise\w*|prevenu\w*)$/;
// Verbs or nouns of reporting that take the force after "to / au / auprès de": "complained to the PNC", "signalé au commandant PNC".
const REPORTED = /^(reported|report|reports|reporting|signale\w*|complain\w*|plaintes?|complaints?|rapporte\w*|denonce\w*|transmis\w*|referred|refere\w*|deposee?s?|lodged|filed|cases?|cas|brought|porte\w*)$/;
const TO = /^(to|au|aux|aupres|with)$/;
// Words between the verb and the force: articles, a title, a post.
const BETWEEN = /^(the|la|le|les|l|de|du|des|d|of|local|nearby|commandant|commander|commandants|commanders|chef|chief|chefs|chiefs|officer|officers|officier|officiers|commissaire|commissioner|responsable|responsables|authorities|autorites|poste|post|station|sous|sub)$/;

// ("la population a informé les FARDC, qui ont tabassé 2 jeunes": the force told, who then did the harm themselves)
const WHO = /^(qui|who|which)$/;
const AUX = /^(ont|a|have|has|had|then|ensuite|alors|sont|se|s)$/;
function thenDidHarm(tokens: readonly Token[], end: number, harm: (word: string) => boolean): boolean {
  if (!WHO.test(tokens[end]?.norm ?? '')) return false;
  let k = end + 1;
  while (k < end + 4 && AUX.test(tokens[k]?.norm ?? '')) k++;
  return harm(tokens[k]?.norm ?? '');
}

/** `end`: where the force's name ends; `harm`: whether a word is a harm done (host-forces.ts's list). */
export function toldToForceOnly(tokens: readonly Token[], start: number, end: number, harm: (word: string) => boolean): boolean {
  return toldToForce(tokens, start) && !thenDidHarm(tokens, end, harm);
}

export function toldToForce(tokens: readonly Token[], start: number): boolean {
  let sawTo = false;
  for (let j = start - 1; j >= 0 && j >= start - 6; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    const n = tokens[j]!.norm;
    if (TOLD.test(n)) return true;
    if (REPORTED.test(n)) return sawTo;
    // (French "à la police"; English "a" is an article: "reported a PNC officer beating…")
    if (TO.test(n) || (n === 'a' && /^(la|l)$/.test(tokens[j + 1]?.norm ?? ''))) sawTo = true;
    else if (!BETWEEN.test(n)) return false;
  }
  return false;
}
