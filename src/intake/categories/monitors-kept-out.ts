import type { CategoryId } from '../../domain/taxonomy.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Human-rights monitors or UN police refused entry to a cell, its detainees or its custody registers ("JHRO team blocked at
 * the ANR office, no access to detainees", "l'ANR a refusé aux UNPOL l'accès aux registres de garde à vue", "équipe JHRO
 * refusée accès au cachot PNC"): the mission kept out is an access denial (C6), the cell only where it happened; the
 * holder who refused is the doer. The detention words would otherwise name a detention (reports39).
 * Look-alikes kept: kin or lawyers refused visits (visits-refused.ts: the detention), monitors who visited a cell.
 * Read only when a refusal word is present (a Set lookup per token).
 */
const REFUSED_WORDS = ['refused', 'refuse', 'refusee', 'refusees', 'refuses', 'refusent', 'refusait', 'refuser', 'refus', 'denied', 'denies', 'deny', 'blocked', 'bloque', 'bloquee', 'bloquees', 'bloques', 'barred', 'interdit', 'interdite', 'empeche', 'empechee'];
const REFUSED: ReadonlySet<string> = new Set(REFUSED_WORDS);
const NO = new Set(['no', 'pas', 'sans', 'aucun', 'aucune']);
const ACCESS_WORDS = ['access', 'acces', 'entry', 'entree'];
const ACCESS: ReadonlySet<string> = new Set(ACCESS_WORDS);
// ("no access": the refusal said by the access word)
const REFUSED_SAID = trigger([...REFUSED_WORDS, ...ACCESS_WORDS]);
const MONITOR = /^(jhro|unjhro|bcnudh|hro|hros|unpol|monusco|team|equipe|mission|monitors?|moniteurs?|observateurs?|observers?|patrol|patrouille|staff|cicr|icrc|delegates?|delegues?|prosecutor|auditeur|magistrat)$/;
const CELL = /^(cachots?|cells?|detainees?|detenus?|prisons?|prisoners?|registres?|registers?|registry|custody|jail|amigo|gav|detention)$/;
const CELL_SAID = trigger([
  'cachot', 'cachots', 'cell', 'cells', 'detainee', 'detainees', 'detenu', 'detenus', 'prison', 'prisons', 'prisoner', 'prisoners', 'registre', 'registres',
  'register', 'registers', 'registry', 'custody', 'jail', 'amigo', 'gav', 'detention',
]);
// kin or lawyers kept from the held: the detention itself (visits-refused.ts)
const KIN = /^(family|families|famille|familles|relatives|proches|lawyers?|avocats?|wife|epouse)$/;

export function monitorsKeptOutHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, REFUSED_SAID) || !said(tokens, CELL_SAID)) return [];
  let at = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (REFUSED.has(w) || (NO.has(w) && ACCESS.has(tokens[i + 1]?.norm ?? ''))) {
      at = i;
      break;
    }
  }
  if (at < 0) return [];
  let monitor = false;
  let cell = false;
  for (const t of tokens) {
    if (KIN.test(t.norm)) return [];
    if (MONITOR.test(t.norm)) monitor = true;
    else if (CELL.test(t.norm)) cell = true;
  }
  if (!monitor || !cell) return [];
  return [{ value: { signal: 'access', subType: null }, start: at, end: at + 1 }];
}

/** The access denial named first when monitors were kept out of a cell (the detention words beside it are its place). */
export function monitorsKeptOutFirst<R extends { category: CategoryId }>(ranked: R[], keptOut: boolean): R[] {
  if (!keptOut || ranked[0]?.category !== 'arbitrary_detention') return ranked;
  const access = ranked.find((r) => r.category === 'access_denial');
  return access ? [access, ...ranked.filter((r) => r !== access)] : ranked;
}
