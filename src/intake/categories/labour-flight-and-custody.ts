import type { CategoryId } from '../../domain/taxonomy.js';
import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import type { Signals } from './categories.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * Forced labour read with what the report is about (reports47):
 * - people who leave to escape it are the displacement (main corpus r46en-005, r13-fr-059): "families leaving Kalengera to
 *   escape M23 forced labour", "des familles quittent Kibirizi pour fuir le travail forcé", "300 people left … since
 *   Wazalendo began taking young men for porterage"; the flight told before the labour, with a cause word between;
 * - people held at a post of the army or police and made to work there are detained (C23 by the state): "5 farmers held
 *   at the FARDC position … and forced to dig latrines", "retenus 2 jours à la position FARDC et forcés à creuser".
 * Not when someone was hurt or killed (the harm is the report), nor a group holding people (an abduction, C23).
 */
const ESCAPE = /^(escape|escaping|flee|fleeing|fled|fuir|fuyant|fuient|fui|since|depuis|because|cause)$/;
const LABOUR_WORDS = ['porterage', 'portage', 'porter', 'porters', 'porteur', 'porteurs'];
const LABOUR = new Set(LABOUR_WORDS);
const HELD = /^(held|kept|detained|retenue?s?|detenue?s?|gardee?s?|enfermee?s?)$/;
const STATE_WORDS = ['fardc', 'militaire', 'militaires', 'soldier', 'soldiers', 'army', 'armee', 'pnc', 'police', 'policier', 'policiers'];
const STATE = new Set(STATE_WORDS);
// (cheap gates: a forced-labour signal or a porterage word; a force's word for the custody)
const LABOUR_SAID = trigger(LABOUR_WORDS);
const STATE_SAID = trigger(STATE_WORDS);
const forcedLabour = (s: Signals): boolean => s.all('torture').some((h) => h.value.subType === 'forced_labour');

function labourAt(s: Signals, tokens: readonly Token[]): number[] {
  const at = s.all('torture').filter((h) => h.value.subType === 'forced_labour').map((h) => h.start);
  if (said(tokens, LABOUR_SAID)) for (let i = 0; i < tokens.length; i++) if (LABOUR.has(tokens[i]!.norm)) at.push(i);
  return at;
}

export function fledForcedLabour(s: Signals, tokens: readonly Token[], victims: Victims): boolean {
  if ((victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0 || !s.has('displace') || !(forcedLabour(s) || said(tokens, LABOUR_SAID))) return false;
  const labour = labourAt(s, tokens);
  if (labour.length === 0) return false;
  const fled = s.all('displace').map((h) => h.end);
  return fled.some((f) => labour.some((l) => l > f && tokens.slice(f, l).some((t) => ESCAPE.test(t.norm))));
}

function heldForLabourByState(s: Signals, tokens: readonly Token[], nonStateNamed: boolean): boolean {
  if (nonStateNamed || !said(tokens, STATE_SAID) || s.has('kill') || s.has('sexual') || s.has('injure') || !forcedLabour(s)) return false;
  return tokens.some((t) => HELD.test(t.norm)) && tokens.some((t) => STATE.has(t.norm));
}

function first<R extends { category: CategoryId; subType: string | null }>(ranked: R[], category: CategoryId): R[] {
  const found = ranked.find((r) => r.category === category);
  return [found ?? ({ ...ranked[0]!, category, subType: null } as R), ...ranked.filter((r) => r !== found)];
}

const FLIGHT_OVER: ReadonlySet<CategoryId> = new Set(['torture_ill_treatment', 'abduction', 'threat_intimidation', 'looting_destruction']);

export function labourFlightOrCustodyFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals, tokens: readonly Token[], victims: Victims, nonStateNamed: boolean): R[] {
  const top = ranked[0]?.category;
  if (top === undefined) return ranked;
  if (FLIGHT_OVER.has(top) && fledForcedLabour(s, tokens, victims)) return first(ranked, 'displacement');
  if (top === 'torture_ill_treatment' && heldForLabourByState(s, tokens, nonStateNamed)) return first(ranked, 'arbitrary_detention');
  return ranked;
}

// "Over 300 people left Nyabibwe …": the number of people told right before the flight (the counts reader leaves it when
// the labour, not the flight, looked like the report).
const PEOPLE = /^(people|persons|personnes|pers|ppl|habitants|residents|civils|civilians)$/;
export function fledCount(s: Signals, tokens: readonly Token[]): number | null {
  for (const h of s.all('displace')) {
    for (let i = Math.max(0, h.start - 3); i < h.start + 1; i++) {
      const n = readNumber(tokens, i);
      if (n === null || n.article || !PEOPLE.test(tokens[n.next]?.norm ?? '')) continue;
      if (n.value > 1) return n.value;
    }
  }
  return null;
}
