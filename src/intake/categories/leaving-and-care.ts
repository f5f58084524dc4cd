import type { SignalHit } from './categories.js';
import type { PlaceTokenMatch } from '../places/gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { deadOrHurtAfter } from '../victims/victim-words.js';

/**
 * One-line quick reports (reports14): signals the keyword index cannot see, read from a construction.
 */

// "Population of Kipese moved to Lubero", "hundreds of hh leaving Bule for Bunia", "les habitants de Mutwanga quittent":
// people (a population, households, residents) leaving or moving are displaced, not armed men on the move.
const PEOPLE = /^(population|pop|populations|ppl|people|families|familles|residents|habitants|villagers|villageois|inhabitants|hh|households|menages|civilians|civils)$/;
const LEAVING_WORDS = ['leaving', 'left', 'leave', 'leaves', 'moved', 'moving', 'relocated', 'relocating', 'quittent', 'quittant', 'partent', 'evacuated', 'evacues', 'evacuees', 'abandonnent', 'abandonne', 'abandonnant'];
const LEAVING: ReadonlySet<string> = new Set(LEAVING_WORDS);
const LEAVING_SAID = trigger(LEAVING_WORDS);
const BETWEEN = /^(of|de|d|du|des|from|the|la|le|les|l|all|tous|toutes|have|has|ont|are|were|sont|en|masse|massively|massivement|already|deja)$/;
export function peopleLeavingHits(tokens: readonly Token[], places: readonly PlaceTokenMatch[]): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, LEAVING_SAID)) return out;
  const inPlace = (k: number): boolean => places.some((p) => k >= p.start && k < p.end);
  for (let i = 0; i < tokens.length; i++) {
    if (!PEOPLE.test(tokens[i]!.norm)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 5 && !tokens[k]!.breakBefore; k++) {
      if (LEAVING.has(tokens[k]!.norm)) {
        // "left 3 dead": a count after the verb is what was left behind
        if (!/^\d/.test(tokens[k + 1]?.norm ?? '')) out.push({ value: { signal: 'displace', subType: null }, start: k, end: k + 1 });
        break;
      }
      if (!BETWEEN.test(tokens[k]!.norm) && !inPlace(k)) break;
    }
  }
  return out;
}

// "grenades lancées contre le site Lopa", "attack on the Rhoe site": a site named by its place right after the word.
const SITE = /^(site|sites)$/;
const MILITARY = /^(military|militaire|militaires|fardc|army|armee|mining|minier|miniere|construction|web)$/;
export function namedSiteHits(tokens: readonly Token[], places: readonly PlaceTokenMatch[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const p of places) {
    const word = tokens[p.start - 1];
    if (!word || !SITE.test(word.norm) || tokens[p.start]!.breakBefore || MILITARY.test(tokens[p.start - 2]?.norm ?? '')) continue;
    out.push({ value: { signal: 'idpSite', subType: null }, start: p.start - 1, end: p.end });
  }
  return out;
}

// "arrestation arbitraire de 4 motards … libérés contre 50$": the price of an arbitrary arrest is extortion, not a ransom
// (an armed group's "arrest" for a ransom, with nothing arbitrary said of it, stays an abduction).
const TAKEN = /^(abduct|kidnap|enlev|otage|hostage|rapt|ravisseur|captur|sequestr)/;
const ARBITRARY = /^(arbitra\w*|illegal\w*|illegaux|unlawful\w*|abusive\w*)$/;
export function arrestPaidOff(hit: SignalHit, hits: readonly SignalHit[], tokens: readonly Token[]): boolean {
  if (hit.value.signal !== 'abduct' || TAKEN.test(tokens[hit.start]!.norm)) return false;
  if (hits.some((h) => h.value.signal === 'abduct' && TAKEN.test(tokens[h.start]!.norm))) return false;
  return tokens.some((t) => ARBITRARY.test(t.norm)) && hits.some((h) => h.value.signal === 'detention' && h.start < hit.start);
}

// "Butembo ville morte", "journée ville morte": a shutdown day; the place's name may have taken the word "ville".
export function deadCity(hit: SignalHit, tokens: readonly Token[]): boolean {
  return hit.value.signal === 'kill' && /^(morte|mortes)$/.test(tokens[hit.start]!.norm) && /^(ville|villes)$/.test(tokens[hit.start - 1]?.norm ?? '');
}

// "all 3 taken to Rutshuru hospital", "deux blessés emmenés à l'hôpital": taken for care, not abducted
// ("two nurses taken from Oicha hospital" were).
const CARE = /^(hospital|hospitals|hosp|hopital|clinic|clinique|cs|hgr|csr|dispensaire|maternite|centre|center|health|sante|morgue)$/;
export const TAKEN_TO = /^(taken|took|carried|rushed|brought|emmene\w*|amene\w*|conduit\w*|transporte\w*|achemine\w*)$/;
export function takenToCare(tokens: readonly Token[], i: number): boolean {
  if (!/^(to|au|aux|a|vers|into|at|jusqu)$/.test(tokens[i + 1]?.norm ?? '') || tokens[i + 1]!.breakBefore) return false;
  for (let k = i + 2; k <= i + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (CARE.test(tokens[k]!.norm)) return true;
  return false;
}
export function takenForCareHit(hit: SignalHit, tokens: readonly Token[]): boolean {
  if (hit.value.signal === 'abduct') return hit.end - hit.start === 1 && TAKEN_TO.test(tokens[hit.start]!.norm) && takenToCare(tokens, hit.start);
  // "the wounded were taken by the police to Beni hospital": the force carried the dead or the wounded, nobody held
  return hit.value.signal === 'detention' && CARRIED_BY.test(tokens[hit.start]!.norm) && carriedForCare(tokens, hit.start, hit.end - 1);
}
const CARRIED_BY = /^(taken|picked|embarque\w*)$/;

/** "the wounded were taken by the police to Beni hospital": the taking at `verb`, by the force ending at `force`, carried the dead or the wounded, or someone to care. */
export function carriedForCare(tokens: readonly Token[], verb: number, force: number): boolean {
  return takenToCare(tokens, force) || deadOrHurtAfter(tokens, Math.max(0, verb - 3));
}
