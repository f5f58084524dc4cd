import type { CategoryId } from '../../domain/taxonomy.js';
import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import type { Signals } from './categories.js';

/**
 * C6/C23: people kept by police, soldiers or a state service (DGM, ANR) until they pay, or locked up and asked for
 * "fees", are held: a detention, nobody abducted ("DGM agents … held 7 women overnight and asked $20 each to let them
 * go", "the police officer demanded $30 to release her son", "gardées la nuit par des militaires à la barrière pour refus
 * de payer le jeton", "PNC Goma: 15 jeunes raflés …, on exige 20 000 FC pour les libérer"). The release price, the
 * barrier or the "police" words had read it as a taking, a toll or a barrier. Not when a non-state group is named (C23:
 * a taking), nor when aid workers or a convoy are the ones stopped (C6: access), nor a killing or rape (graver).
 *
 * The force must be the holder (t47c): a kidnapping told ("2 businessmen kidnapped …, released for 10,000 USD",
 * "otages", "l'enlèvement d'un commerçant"), bandits or gunmen holding people ("des bandits ont pris 3 commerçants,
 * exigent 100$ … sans alerter la police") stay a taking (C23); a force that freed, rescued or was told ("otages libérés
 * na FARDC", "freed by the police", "sans alerter la police") is not the one who held them.
 */
const STATE_WORDS = ['police', 'policier', 'policiers', 'policeman', 'policemen', 'pnc', 'soldier', 'soldiers', 'militaire', 'militaires', 'fardc', 'dgm', 'anr', 'demiap', 'commissariat', 'sous-commissariat'];
const STATE = new Set(STATE_WORDS);
const STATE_SAID = trigger(STATE_WORDS);
const HELD = /^(held|kept|keeping|detained|locked|rounded|raflee?s?|retenue?s?|retient|gardee?s?|detenue?s?|arrested|arretee?s?|enfermee?s?)$/;
const FREED = /^(release|released|liberer|relacher|relachee?s?|liberee?s?|go|fine|amende|fees|frais|exige|exigee?s?|exigent|exigeaient|demanded|asked)$/;
const AID = /^(ngo|ong|ongs|ngos|humanitarian|humanitaires?|convoy|convoi|ocha|unicef|msf|wfp|pam|monusco|patrol|patrouille|truck|trucks|camion|camions)$/;
// (a taking told by its own words, or takers outside the state named by what they are: the people are abducted, C23)
const TAKING = /^(kidnap\w*|enlev\w*|enlèv\w*|otages?|hostages?|abduct\w*|ravisseurs?|captors?|rancon|ransom|kidnappeurs?|bandits?|gunmen|assaillants?|assailants?|miliciens?|militia\w*|rebels?|rebelles?|combattants?|fighters?|inconnus?|unknown)$/;
// (the force after "freed by", "libérés par/na", "alerted", "sans alerter": it freed them or was told, it held nobody)
const NOT_HOLDER = /^(freed|rescued|liberes?|liberees?|libere|delivres?|secourus?|sauves?|alerter|alerte|alerted|informed|inform|informer|prevenir|previent|saisi|saisie|reported|signale|by|par|na|the|la|le|les|l'|sans|without|to|a)$/;
const LINK = /^(by|par|na|the|la|le|les|l'|to|a)$/;
const MISREAD: ReadonlySet<CategoryId> = new Set(['abduction', 'access_denial', 'looting_destruction', 'intercommunal_tension']);

// (the force word at i is the holder unless a freeing or telling word stands just before it, through "by the", "par la")
function holderAt(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]!.norm;
    if (!NOT_HOLDER.test(w)) return true;
    if (!LINK.test(w)) return false;
    if (tokens[k + 1]!.breakBefore) return true;
  }
  return true;
}

export function heldByStateForMoney(tokens: readonly Token[], s: Signals, nonStateNamed: boolean): boolean {
  if (!said(tokens, STATE_SAID) || nonStateNamed || s.has('kill') || s.has('sexual') || s.has('humanitarian')) return false;
  if (!(s.has('loot') || s.has('abduct') || s.has('detention') || s.has('access'))) return false;
  let state = false, held = false, freed = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (AID.test(w) || TAKING.test(w)) return false;
    state ||= STATE.has(w) && holderAt(tokens, i);
    held ||= HELD.test(w);
    freed ||= FREED.test(w);
  }
  // (a sum asked or a release bargained is what "held" needs: a plain arrest is read elsewhere)
  return state && (held || s.has('abduct')) && freed;
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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!STATE.has(t.norm) || !holderAt(tokens, i)) continue;
    if (SERVICE.test(t.norm)) add({ actorId: null, name: t.norm.toUpperCase() });
    const held = ARMY.test(t.norm) ? force('fardc') : POLICE.test(t.norm) ? force('pnc') : null;
    if (held) add(held);
  }
  return out;
}
