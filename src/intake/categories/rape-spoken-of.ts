import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { SignalHit, Signals } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A survivor's family pressed to drop the case (reports36, C17): "the family of the rape survivor is under pressure from
 * Wazalendo to withdraw the complaint", "la famille de la fillette violée subit des pressions de militaires pour un
 * 'arrangement à l'amiable'". The pressure is the report (threat_intimidation, medium); the rape, already reported, is
 * not counted again; but a known survivor is named through her family, so the case stays restricted (C17, fail closed):
 * the sexual hit is kept with the subType `spoken_of`. (Rapes a threatened person only denounced or reported are what
 * they spoke of and are dropped, C26: categories/reread-long-tail.ts.) Look-alikes kept: a rape and a threat told as two
 * harms ("raped her and threatened to kill her if she speaks": the rape is the report), a rape threatened (rape-as-threat.ts).
 */
const SPOKEN_OF = 'spoken_of';

// Pressure to drop a case: "under pressure … to withdraw the complaint", "subit des pressions … pour un arrangement".
const PRESSURE: ReadonlySet<string> = new Set(['pressure', 'pressured', 'pressures', 'pressurised', 'pressurized', 'pression', 'pressions']);
const CASE = /^(complaint|complaints|plainte|plaintes|case|dossier|withdraw|retirer|retire|drop|arrangement|amiable|settle|settlement|silence|taire|proces|trial|prosecution|poursuites)$/;
// The survivor's people: "the family of the rape survivor", "la famille de la fillette violée", "the victim's parents".
const KIN = /^(family|families|famille|familles|parents|relatives|proches|mother|mere|father|pere|husband|mari|kin)$/;

function caseWordNear(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 12); k < tokens.length && k <= at + 12; k++) if (CASE.test(tokens[k]!.norm)) return true;
  return false;
}

/** Threat hits for pressure put on people to drop a case ("pressions … pour un arrangement à l'amiable"). */
export function casePressureHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) if (PRESSURE.has(tokens[i]!.norm) && caseWordNear(tokens, i)) out.push({ value: { signal: 'threat', subType: null }, start: i, end: i + 1 });
  return out;
}

// "the family of the rape survivor", "la famille de la fillette violée": kin, "of", then the survivor within four words.
function survivorsKin(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (/^(of|de|du|des|d)$/.test(tokens[k]!.norm) && KIN.test(tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/** The hits with the rapes a threat is about marked `spoken_of`; untouched when no threat or pressure is told. */
export function rapesSpokenOf(hits: SignalHit[], tokens: readonly Token[]): SignalHit[] {
  if (!hits.some((h) => h.value.signal === 'threat') || !hits.some((h) => h.value.signal === 'sexual')) return hits;
  const pressure = hits.some((h) => h.value.signal === 'threat' && caseWordNear(tokens, h.start));
  return hits.map((h) => (h.value.signal === 'sexual' && pressure && survivorsKin(tokens, h.start) ? { ...h, value: { signal: 'sexual' as const, subType: SPOKEN_OF } } : h));
}

const onlySpokenOf = (s: Signals): boolean => s.has('threat') && s.all('sexual').length > 0 && s.all('sexual').every((h) => h.value.subType === SPOKEN_OF);

/** The threat first when every rape told is what the threat is about. */
export function rapeSpokenOfFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (!onlySpokenOf(s)) return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation');
  return threat ? [threat, ...ranked.filter((r) => r !== threat)] : ranked;
}

/** The survivor of the rape spoken of is not counted again (nor as a child affected by the threat). */
export function rapeSpokenOfCounts(category: CategoryId, s: Signals, victims: Victims): void {
  if (category !== 'threat_intimidation' || !onlySpokenOf(s)) return;
  victims.crsvSurvivors = null;
  victims.childrenAffected = null;
}
