import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An aid agency that tells of its own people: "MSF relays that two of their staff were stopped by armed men …, beaten and
 * robbed", "selon MSF, deux de ses agents ont été tabassés", "the NGO says one of its drivers was robbed". The staff are
 * the agency's, so they are humanitarians wherever the harm is said in the sentence (the agency's name may stand more
 * than a few words before the harm; reports26). Read only after a humanitarian hit (no scan otherwise).
 * Look-alikes: "MSF relays that armed men robbed traders" (no staff of theirs), "two of their cows" (no people).
 */
const OF = /^(of|de|d|among|parmi)$/;
const THEIRS = /^(their|its|leurs|leur|ses|son|sa)$/;
const STAFF = /^(staff|staffs|workers?|agents?|employees?|employes?|drivers?|chauffeurs?|personnel|colleagues?|collegues?|nurses?|infirmiers?|infirmieres?|volunteers?|volontaires?|team|equipe|members?|membres?)$/;

export function agencyOwnStaffHits(signalHits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  const agency = signalHits.find((h) => h.value.signal === 'humanitarian');
  if (!agency) return [];
  for (let k = agency.end; k + 2 < tokens.length && k < agency.end + 10; k++) {
    if (tokens[k]!.stopBefore) return [];
    if (OF.test(tokens[k]!.norm) && THEIRS.test(tokens[k + 1]!.norm) && STAFF.test(tokens[k + 2]!.norm)) {
      return [{ value: { signal: 'humanitarian', subType: agency.value.subType }, start: k + 2, end: k + 3 }];
    }
  }
  return [];
}
