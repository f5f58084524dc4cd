import type { CategoryId } from '../../domain/taxonomy.js';
import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import type { Signals } from './categories.js';

/**
 * C6/C23: people kept by police, soldiers or a state service (DGM, ANR) until they pay, or locked up and asked for
 * "fees", are held: a detention, nobody abducted ("DGM agents … held 7 women overnight and asked $20 each to let them
 * go", "the police officer demanded $30 to release her son", "gardées la nuit par des militaires à la barrière pour refus
 * de payer le jeton", "PNC Goma: 15 jeunes raflés …, on exige 20 000 FC pour les libérer"). The release price, the
 * barrier or the "police" words had read it as a taking, a toll or a barrier. Not when a non-state group is named (C23:
 * a taking), nor when aid workers or a convoy are the ones stopped (C6: access), nor a killing or rape (graver).
 */
const STATE = /^(police|policier|policiers|policeman|policemen|pnc|soldiers?|militaires?|fardc|dgm|anr|demiap|commissariat|sous-commissariat)$/;
const HELD = /^(held|kept|keeping|detained|locked|rounded|raflee?s?|retenue?s?|retient|gardee?s?|detenue?s?|arrested|arretee?s?|enfermee?s?)$/;
const FREED = /^(release|released|liberer|relacher|relachee?s?|liberee?s?|go|fine|amende|fees|frais|exige|exigee?s?|exigent|exigeaient|demanded|asked)$/;
const AID = /^(ngo|ong|ongs|ngos|humanitarian|humanitaires?|convoy|convoi|ocha|unicef|msf|wfp|pam|monusco|patrol|patrouille|truck|trucks|camion|camions)$/;
const MISREAD: ReadonlySet<CategoryId> = new Set(['abduction', 'access_denial', 'looting_destruction', 'intercommunal_tension']);

export function heldByStateForMoney(tokens: readonly Token[], s: Signals, nonStateNamed: boolean): boolean {
  if (nonStateNamed || s.has('kill') || s.has('sexual') || s.has('humanitarian')) return false;
  let state = false, held = false, freed = false;
  for (const t of tokens) {
    if (AID.test(t.norm)) return false;
    state ||= STATE.test(t.norm);
    held ||= HELD.test(t.norm);
    freed ||= FREED.test(t.norm);
  }
  // (a sum asked or a release bargained is what "held" needs: a plain arrest is read elsewhere)
  return state && (held || s.has('abduct')) && freed && (s.has('loot') || s.has('abduct') || s.has('detention') || s.has('access'));
}

export function stateHeldForMoneyFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], held: boolean): R[] {
  if (!held || !MISREAD.has(ranked[0]?.category as CategoryId)) return ranked;
  const detention = ranked.find((r) => r.category === 'arbitrary_detention');
  return [detention ?? ({ ...ranked[0]!, category: 'arbitrary_detention', subType: null } as R), ...ranked.filter((r) => r !== detention)];
}

/** The people the state held are not abducted (C23). */
export function stateHeldNotAbducted(category: CategoryId, held: boolean, victims: Victims): void {
  if (held && category === 'arbitrary_detention' && (victims.abducted ?? 0) > 0) victims.abducted = null;
}

// Who held them, when the doer readers named nobody ("kept overnight by soldiers at a barrier", "PNC Goma: 15 jeunes
// raflés", "DGM agents … held 7 women"): the force by its role (C1/C2), a service by its name (C5).
const SERVICE = /^(dgm|anr)$/;
const ARMY = /^(soldiers?|militaires?|fardc)$/;
const POLICE = /^(police|policier|policiers|policeman|policemen|pnc|commissariat|sous-commissariat)$/;
export function stateHolders(tokens: readonly Token[], force: (id: string) => { actorId: string | null; name: string } | null): { actorId: string | null; name: string }[] {
  const out: { actorId: string | null; name: string }[] = [];
  const add = (p: { actorId: string | null; name: string }): void => { if (!out.some((o) => o.name === p.name)) out.push(p); };
  for (const t of tokens) {
    if (SERVICE.test(t.norm)) add({ actorId: null, name: t.norm.toUpperCase() });
    const held = ARMY.test(t.norm) ? force('fardc') : POLICE.test(t.norm) ? force('pnc') : null;
    if (held) add(held);
  }
  return out;
}
