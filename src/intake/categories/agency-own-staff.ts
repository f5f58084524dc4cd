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
  return teamStaffHits(agency, tokens);
}

/**
 * The agency's team or convoy named first, then some of its people counted further on: "ICRC team stopped by militia at
 * Pimbo, 1 staff beaten with sticks", "équipe de MSF interceptée à Kiwanja, un agent tabassé", "WFP convoy ambushed, 2
 * drivers wounded". The people counted are the team's. Look-alikes: "MSF team treated 3 wounded civilians" (no staff
 * word), an agency named with no team ("Red Cross says 2 drivers were beaten", left to the general reading).
 */
const TEAM = /^(team|teams|convoy|convoi|equipe|equipes|mission|vehicle|vehicule|truck|camion)$/;
const COUNTED_STAFF = /^(staff|staffs|staffer|staffers|workers?|agents?|employees?|employes?|drivers?|chauffeurs?|volunteers?|volontaires?|members?|membres?|personnel)$/;
const ONE = /^(\d{1,2}|one|two|three|a|an|un|une|deux|trois|1x|2x|3x)$/;
function teamStaffHits(agency: SignalHit, tokens: readonly Token[]): SignalHit[] {
  // "ICRC team", "MSF convoy" or "équipe de MSF", "convoi du PAM"
  const team = TEAM.test(tokens[agency.end]?.norm ?? '') || TEAM.test(tokens[agency.start - 1]?.norm ?? '') || (OF.test(tokens[agency.start - 1]?.norm ?? '') && TEAM.test(tokens[agency.start - 2]?.norm ?? ''));
  if (!team) return [];
  for (let k = agency.end + 1; k + 1 < tokens.length && k < agency.end + 16; k++) {
    if (tokens[k]!.stopBefore) return [];
    if (ONE.test(tokens[k]!.norm) && COUNTED_STAFF.test(tokens[k + 1]!.norm) && !tokens[k + 1]!.breakBefore) {
      return [{ value: { signal: 'humanitarian', subType: agency.value.subType }, start: k + 1, end: k + 2 }];
    }
  }
  return [];
}
