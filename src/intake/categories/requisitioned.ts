import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * C23 (reports47): the state's forces requisitioning what people own, their drivers with it, for an operation: "soldiers
 * requisitioned 6 motorbikes with their drivers for an operation, drivers not back after 3 days", "les militaires ont
 * réquisitionné 5 motos et leurs conducteurs". The people kept with their vehicles are held by the state (a detention,
 * nobody abducted); the vehicles alone are property taken (looting). Only when the doers named are the state's alone: a
 * group's "réquisitionnés pour porter des colis" is forced labour or a taking, read elsewhere (main corpus fr3-042).
 */
const REQUISITION_WORDS = ['requisitioned', 'requisition', 'requisitions', 'requisitioning', 'commandeered', 'requisitionne', 'requisitionnes', 'requisitionnee', 'requisitionnees', 'requisitionnent', 'requisitionner'];
const REQUISITION = new Set(REQUISITION_WORDS);
const REQUISITION_SAID = trigger(REQUISITION_WORDS);
const DRIVERS = /^(drivers?|riders?|owners?|conducteurs?|chauffeurs?|motards?|proprietaires?|taximen|people|personnes|civilians|civils|jeunes|youths?)$/;
// (the state's forces, named or by their role)
const STATE = /^(fardc|soldiers?|militaires?|army|armee|pnc|police|policiers?|policemen|policeman)$/;
const OVERRIDDEN: ReadonlySet<CategoryId> = new Set(['abduction', 'other', 'armed_group_movement', 'looting_destruction']);

/** What the requisition is (a detention when people went with the things, looting when only things), or null. */
export function requisitionedAs(tokens: readonly Token[], groupNamed: boolean): CategoryId | null {
  if (groupNamed || !said(tokens, REQUISITION_SAID)) return null;
  const at = tokens.findIndex((t) => REQUISITION.has(t.norm));
  if (at < 0 || !tokens.some((t) => STATE.test(t.norm))) return null;
  // (people taken with the things: in the words after the requisition, within the clause)
  for (let k = at + 1; k < tokens.length && k <= at + 8 && !tokens[k]!.breakBefore; k++) if (DRIVERS.test(tokens[k]!.norm)) return 'arbitrary_detention';
  return 'looting_destruction';
}

export function requisitionedFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], as: CategoryId | null): R[] {
  if (as === null || !OVERRIDDEN.has(ranked[0]?.category ?? 'other')) return ranked;
  const found = ranked.find((r) => r.category === as);
  return [found ?? ({ ...ranked[0]!, category: as, subType: null } as R), ...ranked.filter((r) => r !== found)];
}
