import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Word families behind the misses of pending reports33, second pass (t33b). Added to the keyword table by
 * `withReports33b` (a word already there for the signal is not added twice).
 */

const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

// Access refused to a team with the team named between the verb and "l'accès" ("les FARDC refusent à l'équipe du
// BCNUDH l'accès au cachot", "refusent aux enquêteurs l'accès"); the table held "refuse à l'équipe" and "refusent l'accès".
const REFUSED_TO_TEAM: readonly Keyword[] = combine(
  ['refusent', 'refusaient', 'ont refuse', 'a refuse', 'refuse', 'refusant'],
  ['a l equipe', 'a la mission', 'a la delegation', 'aux equipes', 'aux enqueteurs', 'aux agents', 'aux ong', 'aux humanitaires', 'a la monusco', 'au bcnudh', 'a l onu'],
);

// A permit or authorisation demanded of aid agencies before they may work, and missions called off for it ("exige que
// les ONG obtiennent une 'autorisation' de son administration; deux missions annulées", "NGOs must obtain a permit
// from the M23 administration, 3 missions cancelled"): the agencies are kept out (access denial).
const PERMIT_DEMANDED: readonly Keyword[] = [
  ...combine(['obtiennent', 'obtenir', 'obtienne', 'demander', 'demandent'], ['une autorisation', 'un permis', 'une autorisation prealable', 'un laissez passer']),
  ...combine(['obtain', 'get', 'request', 'seek'], ['an authorisation', 'an authorization', 'authorisation', 'authorization', 'a permit', 'permits', 'prior authorisation', 'prior authorization']),
  ...combine(['missions', 'mission', 'distributions', 'distribution', 'visites', 'missions humanitaires'], ['annulees', 'annulee', 'annule', 'annules', 'suspendues', 'suspendue']),
  ...combine(['missions', 'mission', 'distributions', 'distribution', 'visits', 'humanitarian missions'], ['cancelled', 'canceled', 'called off', 'suspended']),
];

// Electric shocks said with "décharges" ("disent avoir reçu des décharges électriques pendant leur interrogatoire",
// "given an electric shock"): ill-treatment (C22: no wound said, injured stays unknown). Not "électrocuté", which is
// also a power line's accident.
const SHOCKS: readonly Keyword[] = ['decharges electriques', 'decharge electrique', 'electric shock'];

// "arrested" typed with one r dropped, or its e ("burundi soldiers arested 4 fishermen", "arrestd"): the keyword-typo
// guesser only reads words of seven letters from a whole keyword, and "arrest*" is a stem.
const ARREST_TYPED: readonly Keyword[] = ['arested', 'arrestd', 'arestd', 'arrsted', 'aressted'];

// The army taking a place back is the response, not a harm ("about 1,200 people returned after FARDC regained control of
// the area", "retour après la reprise du contrôle par les FARDC"): the force so named is no doer (read-doers.ts).
const TOOK_BACK: readonly Keyword[] = [
  'regained control', 'regain control', 'regaining control', 'regains control', 'retook', 'retaken', 'recaptured', 'recapture', 'took back control',
  'repris le controle', 'reprise du controle', 'reprend le controle', 'reprennent le controle', 'ont repris la localite', 'ont repris le village',
];

const REPORTS33B: Partial<Record<Signal, readonly Keyword[]>> = {
  response: TOOK_BACK,
  access: [...REFUSED_TO_TEAM, ...PERMIT_DEMANDED],
  torture: SHOCKS,
  detention: ARREST_TYPED,
};

/** Adds the families above to the keyword table. */
export function withReports33b(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(REPORTS33B) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}
