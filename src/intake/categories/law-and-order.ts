import type { SignalHit, Signals } from './categories.js';
import type { Signal } from './keywords.js';
import type { Token } from '../normalize.js';
import { affiliationSuspected } from '../constructions/suspected-affiliation.js';
import { seizedNotPeople } from './thing-seized.js';
import { sentToCourt } from './sent-to-court.js';

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
const CULPRIT = /^(suspects?|suspected|presumes?|presumees?|presumed|alleged|bandits?|voleurs?|thie(f|ves)|criminals?|criminels?|malfaiteurs?|delinquants?|auteurs?|coupables?|culprits?|robbers?|braqueurs?|gang|gangs)$/;

export function lawAndOrderOnly(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  // (a prison, a cell or its inmates named: "évadé du groupe Zaïre" is a child out of an armed group, not a jailbreak)
  if (hits.some((h) => h.value.subType === 'jailbreak')) return !hits.some((h) => STORMED.has(h.value.signal)) && tokens.some((t) => PRISON.test(t.norm));
  let arrests = 0;
  for (const h of hits) {
    if (HARM.has(h.value.signal) && !seizedNotPeople(h, tokens)) return false; // ("1 pistol seized": a thing, thing-seized.ts)
    if (h.value.signal !== 'detention') continue;
    arrests++;
    let culprit = false;
    // ("arrested 4 members of a gang of armed robbers": the gang named a few words on)
    for (let k = h.end; k < h.end + 8 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (CULPRIT.test(tokens[k]!.norm) && !affiliationSuspected(tokens, k)) culprit = true;
    // ("2 ADF suspects arrested by FARDC and handed to the auditorat": sent to the courts, sent-to-court.ts)
    if (!culprit && !sentToCourt(tokens)) return false;
  }
  return arrests > 0;
}

/**
 * An IDP site where nothing was attacked (reports12): gunfire only heard near it ("gunshots heard near the site, IDPs
 * fled", "tirs entendus aux abords du site, les déplacés ont fui") or an attack named only as the cause of a departure
 * ("1,500 left for Bule after the attack", "les déplacés quittent le site suite à l'attaque de lundi"). The site's people
 * are the displaced: the flight is the report, not an attack on the site (medium, not critical).
 */
const GUNFIRE = /^(tirs?|gunfire|gunshots?|shooting|shots?|coups|fusillades?|crepitements?|detonations?|risasi)$/;
const HEARD = /^(heard|hear|entend\w*|sikia\w*)$/;
const FLIGHT = /^(fled|flee|fleeing|left|leaving|fui|fuient|fuit|fuyant|quitt\w*|\w+kimbia|\w+hama)$/;
const CAUSE = /^(after|following|since|apres|suite|depuis)$/;
const DONE: ReadonlySet<Signal> = new Set(['kill', 'injure', 'abduct', 'sexual', 'loot', 'explosive', 'torture', 'detention', 'threat']);
export function siteNotAttacked(s: Signals): boolean {
  // (people who fled or left: "les déplacés paniquent" under gunfire heard since 19h is still the site under threat)
  if (!s.has('idpSite') || !s.has('attack') || s.has('underway') || !s.has('displace') || !s.tokens.some((t) => FLIGHT.test(t.norm))) return false;
  for (const x of DONE) if (s.has(x)) return false;
  const attacks = s.all('attack');
  const t = s.tokens;
  const referred = attacks.every((h) => [1, 2, 3].some((d) => CAUSE.test(t[h.start - d]?.norm ?? '')));
  if (referred) return true;
  return attacks.every((h) => GUNFIRE.test(t[h.start]!.norm)) && t.some((w) => HEARD.test(w.norm));
}

/**
 * A sweep that carried off goods (reports12): "ont fait une rafle au marché et emporté une dizaine de chèvres", "razzia
 * on the market, goats and money taken". With nobody said to be taken or held, the sweep is the looting, not an arrest.
 */
const SWEEP = /^(rafle|rafles|raflent|raflaient|razzia|razzias|sweep|sweeps)$/;
export function sweepForGoods<R extends { category: string }>(ranked: R[], s: Signals, abducted: number | null): R[] {
  if (ranked[0]?.category !== 'arbitrary_detention' || abducted !== null || !s.has('loot')) return ranked;
  if (!s.all('detention').every((h) => h.end - h.start === 1 && SWEEP.test(s.tokens[h.start]!.norm))) return ranked;
  const loot = ranked.find((r) => r.category === 'looting_destruction');
  return loot ? [loot, ...ranked.filter((r) => r !== loot)] : ranked;
}

/**
 * A brawl among people of one kind, no weapon of war and no armed group (reports12): "fight between IDPs during the
 * food distribution, 3 injured", "rixe entre motards au parking, un blessé". A fight between two groups or two
 * communities ("bagarre entre déplacés et population hôte") is a tension, read elsewhere.
 */
const BRAWL = /^(fight|fights|fought|brawl|brawls|bagarre|bagarres|rixe|rixes|altercation|altercations|scuffle|scuffles)$/;
const AMONG = /^(between|among|amongst|entre|parmi)$/;
const ONE_KIND = /^(idps|displaced|deplaces|deplacees|residents|habitants|jeunes|youths|young|families|familles|neighbours|neighbors|voisins|traders|commercants|motards|drivers|chauffeurs|beneficiaries|beneficiaires|students|eleves|pupils|miners|creuseurs|detainees|detenus|prisoners|prisonniers|inmates)$/;
const ARMED_HARM: ReadonlySet<Signal> = new Set(['armed', 'attack', 'kill', 'abduct', 'sexual', 'explosive', 'community', 'tension', 'peacekeeper', 'humanitarian', 'loot', 'threat']);
export function brawlAmongThemselves(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (!hits.some((h) => h.value.signal === 'injure') || hits.some((h) => ARMED_HARM.has(h.value.signal))) return false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!BRAWL.test(tokens[i]!.norm) || !AMONG.test(tokens[i + 1]!.norm)) continue;
    const k = /^(the|les|des|la)$/.test(tokens[i + 2]!.norm) ? i + 3 : i + 2;
    // one kind of people, not two ("entre déplacés et autochtones")
    return ONE_KIND.test(tokens[k]?.norm ?? '') && !/^(and|et)$/.test(tokens[k + 1]?.norm ?? '') && !/^(and|et)$/.test(tokens[k + 2]?.norm ?? '');
  }
  return false;
}
