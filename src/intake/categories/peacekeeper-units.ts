import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Peacekeepers named the way the mission's own staff name them: by their battalion ("INDBATT patrol ambushed",
 * "BANBATT position at Mavivi attacked", "un soldat du NEPBATT"), as a troop-contributing country's contingent
 * ("TCC convoy"), a formed police unit ("FPU"), or a soldier or officer "of MONUSCO" with his nationality between
 * ("un soldat indien de la MONUSCO"). They are UN personnel: an attack on them is an attack on peacekeepers, and
 * sexual exploitation or abuse by them is a conduct matter (text-facts.ts isConductMatter), never a protection alert.
 */
const BATTALION = /^[a-z]{3,7}batt?\d*$/;
const UNIT_ACRONYMS = new Set(['TCC', 'TCCs', 'FPU', 'FPUs']);
const STAFF = new Set(['soldat', 'soldats', 'militaire', 'militaires', 'policier', 'policiers', 'agent', 'agents', 'employe', 'employes', 'chauffeur', 'chauffeurs', 'officier', 'officiers',
  'soldier', 'soldiers', 'officer', 'officers', 'driver', 'drivers', 'staff', 'employee', 'employees', 'member', 'members', 'troops']);
// "battalion" words that are no unit: a "combat" is not a battalion (a 3-letter stem before "bat" must be a country's code)
const NOT_UNITS = new Set(['combat', 'combatt', 'debat', 'sabbat', 'acrobat', 'wombat']);

/** A battalion typed as staff type it, upper or lower case, one T or two ("INDBATT", "nepbat", "Urubatt"). */
export function isPeacekeeperUnit(norm: string): boolean {
  return BATTALION.test(norm) && !NOT_UNITS.has(norm);
}

export function peacekeeperUnitHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const unit = (isPeacekeeperUnit(t.norm) && (t.text === t.text.toUpperCase() || t.norm.endsWith('batt'))) || UNIT_ACRONYMS.has(t.text);
    // "soldat indien de la MONUSCO", "Pakistani officer of MONUSCO"
    const ofMission = STAFF.has(t.norm) ? ofMonusco(tokens, i + 1) : -1;
    if (!unit && ofMission < 0) continue;
    const end = unit ? i + 1 : ofMission;
    out.push({ value: { signal: 'peacekeeper', subType: null }, start: i, end }, { value: { signal: 'unPersonnel', subType: null }, start: i, end });
  }
  return out;
}

/** The end of "(one or two words) de la MONUSCO / of MONUSCO" starting at k, or -1. */
function ofMonusco(tokens: readonly Token[], k: number): number {
  for (let j = k; j <= k + 2 && j < tokens.length; j++) {
    if (tokens[j]!.breakBefore) return -1;
    const w = tokens[j]!.norm;
    if (w === 'of' && tokens[j + 1]?.norm === 'monusco') return j + 2;
    if (w === 'de' && tokens[j + 1]?.norm === 'la' && tokens[j + 2]?.norm === 'monusco') return j + 3;
  }
  return -1;
}
