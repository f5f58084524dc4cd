import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An armed group that takes a place back or takes it over: "NDC-R fighters reoccupied Ntoto after FARDC left", "les M23
 * ont réoccupé Kitshanga", "les NDC-R ont repris Ntoto", "APCLS took over Nyabiondo", "CODECO retook the village" (reports44).
 * "Reoccupied" is no keyword and "occupied" alone reads as a building put to military use, so with "no incident with
 * civilians so far" the report fell to a quiet day (other, nobody named). A group taking a locality is a movement
 * (armed_group_movement, C4), and "no incident" only says it harmed nobody yet. A movement hit (subType 'retaken') is added
 * on the verb when a non-state group opens the clause and a place, or "the village"/"la localité", follows. Look-alikes
 * kept: the host forces retaking a place ("FARDC retook Ntoto": an operation, read as before), a building occupied ("M23
 * occupied the school": military use), "repris ses activités", "took over the market stalls".
 */
const RETAKE = /^(reoccup\w*|retook|retaken|retake|retakes|repris|reprise|reprennent|reprend|reconquis\w*|recaptured?)$/;
// (two-word forms: "took over", "taken over", "took control (of)", "pris le contrôle (de)"; "occupied" only with a place after it)
const OVER = /^(took|taken|take|takes|taking)$/;
const OCCUPY = /^(occupied|occupent|occupe|occupes|occupee|occupy|occupies|occupying)$/;
const PLACE_WORDS = /^(village|villages|localite|localites|town|ville|cite|area|zone|hills|collines|colline|hill|groupement|chefferie|centre|center|agglomeration|quartier)$/;
const ARTICLES = /^(the|le|la|l|les|des|du|de|d)$/;
const AUX = /^(have|has|had|were|are|ont|sont|avaient|auraient|a|reportedly|allegedly|also|aussi|deja|already|again|de|nouveau)$/;
const FIGHTERS = /^(fighters|elements|elts|elmts|miliciens|militiamen|militia|combattants|combatants|rebels|rebelles|men|hommes)$/;
const RETAKEN_SAID = trigger(['reoccup*', 'retook', 'retaken', 'retake', 'retakes', 'repris', 'reprise', 'reprennent', 'reprend', 'reconquis*', 'recapture', 'recaptured', 'over', 'control', 'controle', 'occupied', 'occupent', 'occupe', 'occupes', 'occupee', 'occupy', 'occupies', 'occupying']);
const ACRONYM = /^[A-Z][A-Z-]{1,7}$/;

/**
 * `groupEndsAt(k)`: a non-state actor's name ends at k; `known(name)`: the actor list knows it (the host forces are then
 * read by `groupEndsAt`); `placeAt(k)`: a gazetteer place starts at k.
 */
export function placeRetakenHits(tokens: readonly Token[], groupEndsAt: (k: number) => boolean, known: (name: string) => boolean, placeAt: (k: number) => boolean): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, RETAKEN_SAID)) return out;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    let end = 0;
    if (RETAKE.test(w)) end = i + 1;
    else if (OCCUPY.test(w)) end = i + 1;
    else if (OVER.test(w) && tokens[i + 1]?.norm === 'over' && !tokens[i + 1]!.breakBefore) end = i + 2;
    else if ((OVER.test(w) || w === 'pris') && /^(control|controle)$/.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) end = i + 2;
    else if (w === 'pris' && tokens[i + 1]?.norm === 'le' && tokens[i + 2]?.norm === 'controle') end = i + 3;
    if (end === 0) continue;
    if (/^(of|de|du|d)$/.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore) end++;
    // the object: a place, or a word for a locality, after at most two articles
    let k = end;
    while (k < end + 2 && ARTICLES.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (!tokens[k] || tokens[k]!.breakBefore || !(placeAt(k) || PLACE_WORDS.test(tokens[k]!.norm))) continue;
    if (!groupBefore(tokens, i, groupEndsAt, known)) continue;
    out.push({ value: { signal: 'movement', subType: 'retaken' }, start: i, end: k });
  }
  return out;
}

// The clause opens on a non-state group: "NDC-R fighters", "les M23 ont", "APCLS", "CODECO elements have".
function groupBefore(tokens: readonly Token[], i: number, groupEndsAt: (k: number) => boolean, known: (name: string) => boolean): boolean {
  let k = i;
  for (let n = 0; n < 3 && k > 0 && AUX.test(tokens[k - 1]!.norm) && !tokens[k]!.breakBefore; n++) k--;
  if (k > 0 && FIGHTERS.test(tokens[k - 1]!.norm) && !tokens[k]!.breakBefore) k--;
  if (k === 0 || tokens[k]!.breakBefore) return false;
  if (groupEndsAt(k)) return true;
  const last = tokens[k - 1]!;
  const name = last.hyphenBefore && k > 1 ? `${tokens[k - 2]!.text}-${last.text}` : last.text;
  return ACRONYM.test(name) && !known(name);
}

export const RETAKEN = 'retaken';
