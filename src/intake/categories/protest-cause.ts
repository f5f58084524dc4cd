import type { Perpetrator, Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The harm that set a protest off is its cause, not an incident of the report: "youth protest ongoing since 8am after
 * yesterday's killing by soldiers", "barricades après la mort du taximan, manif toujours en cours", "marche suite à
 * l'enlèvement du chef". The killing or taking named right after "after/following/après/suite à" in a report of a
 * protest tells of no harm here (it was reported before); harm done at the protest ("police shot 2 protesters") and a
 * harm with no protest said ("attack after the killing of a chief") keep their reading.
 */
const CAUSE = new Set(['after', 'following', 'apres', 'suite', 'over']);
const BETWEEN = /^(the|a|an|of|yesterday|yesterdays|s|last|night|nights|week|weeks|sunday|monday|tuesday|wednesday|thursday|friday|saturday|recent|la|le|l|les|du|de|des|d|a|hier|recente?s?|brutale?|his|her|their|sa|son|ses|leur)$/;
const PROTEST = /^(protests?|protesters?|protesting|demonstrations?|demonstrators?|demo|manifestations?|manifestants?|manif|manifs|greve)$/;
const HARM = new Set(['kill', 'abduct', 'detention', 'sexual']);

export function protestCause(h: SignalHit, tokens: readonly Token[]): boolean {
  if (!HARM.has(h.value.signal)) return false;
  // (the harm's own words may follow the cause's noun: "après la mort d'un jeune tué par des militaires")
  for (let c = h.start; c >= 0 && c >= h.start - 7; c--) {
    if (c < h.start && tokens[c + 1]!.breakBefore) return false;
    if (!(c === h.start || CAUSE_NOUN.test(tokens[c]!.norm))) continue;
    let k = c - 1;
    while (k >= 0 && k >= c - 4 && !tokens[k + 1]!.breakBefore && BETWEEN.test(tokens[k]!.norm) && !CAUSE.has(tokens[k]!.norm)) k--;
    if (k >= 0 && !tokens[k + 1]!.breakBefore && CAUSE.has(tokens[k]!.norm)) return tokens.some((t) => PROTEST.test(t.norm));
  }
  return false;
}
const CAUSE_NOUN = /^(mort|deces|death|killing|killings|murder|meurtre|assassinat|assassination|lynchage|lynching|enlevement|abduction|kidnapping|arrest|arrestation|rapt|viol|rape)$/;

/** The dead or taken of a protest's cause are not counted again: "barricades après la mort du taximan" (killed unknown). */
export function protestCauseUncounted(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims): void {
  const only = (signal: string): boolean => {
    const of = hits.filter((h) => h.value.signal === signal);
    return of.length > 0 && of.every((h) => protestCause(h, tokens));
  };
  if (victims.killed !== null && victims.killed > 0 && only('kill')) victims.killed = null;
  if (victims.abducted !== null && victims.abducted > 0 && only('abduct')) victims.abducted = null;
}

/**
 * Who did the harm that set the protest off did nothing at it: "protest ongoing after yesterday's killing by soldiers,
 * no violence so far" names no doer (the killing was its own report). Only for a report read as the protest alone
 * (`other`); an actor or force also named outside the cause stays.
 */
const ARMY = /^(soldiers?|soldats?|militaires?|troops|army|armee|fardc)$/;
const POLICE = /^(police|policiers?|policemen|policeman|pnc)$/;
export function protestCauseDoers(list: Perpetrator[], category: string, tokens: readonly Token[], hits: readonly SignalHit[], mentions: readonly { start: number; actor: { id: string } }[]): Perpetrator[] {
  if (category !== 'other' || list.length === 0) return list;
  const causes = hits.filter((h) => protestCause(h, tokens));
  if (causes.length === 0) return list;
  const inCause = (k: number): boolean => causes.some((h) => k >= h.start && k <= h.start + 6 && !tokens.slice(h.start + 1, k + 1).some((t) => t.breakBefore));
  const outside = (re: RegExp): boolean => tokens.some((t, k) => re.test(t.norm) && !inCause(k));
  return list.filter((p) => {
    if (p.actorId === 'fardc' && !outside(ARMY)) return false;
    if (p.actorId === 'pnc' && !outside(POLICE)) return false;
    const at = mentions.filter((m) => m.actor.id === p.actorId);
    return at.length === 0 || at.some((m) => !inCause(m.start));
  });
}
