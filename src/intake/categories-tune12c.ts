import type { SignalHit } from './categories.js';
import type { Signal } from './keywords.js';
import type { Token } from './normalize.js';

/**
 * Reports of everyday law and order that tell no harm to civilians (reports12), read `other` (low):
 *  - a jailbreak: "Évasion à la prison centrale, 23 détenus en fuite, un gardien blessé", "prison break in Beni,
 *    40 inmates escaped" (an armed group storming the prison keeps its reading: an attack);
 *  - suspects arrested by the police and sent to court: "arrestation de 3 présumés bandits armés, acheminés au
 *    parquet", "police arrested two suspected thieves" (convention C1: police arresting suspects are no doers).
 *    An arrest without a warrant or a charge, or with anything else done ("beaten", "tortured"), keeps its reading.
 */
const STORMED: ReadonlySet<Signal> = new Set(['attack', 'kill', 'abduct', 'sexual', 'fighting', 'loot', 'explosive']);
const HARM: ReadonlySet<Signal> = new Set(['kill', 'injure', 'attack', 'abduct', 'sexual', 'torture', 'loot', 'threat', 'child', 'recruit', 'explosive', 'displace', 'idpSite', 'fighting', 'hate', 'access', 'sea', 'humanitarian', 'peacekeeper']);
const PRISON = /^(prison|prisons|jail|jails|cachot|cachots|cellule|carcerale|penitencier|detenus|prisonniers|inmates|prisoners|detainees)$/;
const CULPRIT = /^(suspects?|suspected|presumes?|presumees?|presumed|alleged|bandits?|voleurs?|thie(f|ves)|criminals?|criminels?|malfaiteurs?|delinquants?|auteurs?|coupables?|culprits?)$/;

export function lawAndOrderOnly(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  // (a prison, a cell or its inmates named: "évadé du groupe Zaïre" is a child out of an armed group, not a jailbreak)
  if (hits.some((h) => h.value.subType === 'jailbreak')) return !hits.some((h) => STORMED.has(h.value.signal)) && tokens.some((t) => PRISON.test(t.norm));
  let arrests = 0;
  for (const h of hits) {
    if (HARM.has(h.value.signal)) return false;
    if (h.value.signal !== 'detention') continue;
    arrests++;
    let culprit = false;
    for (let k = h.end; k < h.end + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (CULPRIT.test(tokens[k]!.norm)) culprit = true;
    if (!culprit) return false;
  }
  return arrests > 0;
}
