import type { GroupName } from './groups.js';
import { namedAsDoer } from './host-forces.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { serviceHeading, serviceWithTown } from './service-office.js';
import { postedThenHarm } from './posted-then-harm.js';
import { serviceReleasedAfterDays } from './state-agent-roles.js';

/**
 * Convention C5 (2026-12-06): state services outside the mission's actor list (the intelligence agency
 * ANR, military intelligence DEMIAP) named as the ones who did the harm are kept as free-text
 * perpetrators, in their usual written form: "arrêté par l'ANR", "ANR holding a journalist", "torture
 * au cachot de l'ANR". Named otherwise ("access to the ANR cell refused to monitors") they are not.
 */
const SERVICES = new Map([
  ['anr', 'ANR'],
  ['demiap', 'DEMIAP'],
  // the migration service at the borders ("la DGM et la PNC rackettent les commerçants", reports43), as C5 names the ANR
  ['dgm', 'DGM'],
]);
const SERVICES_SAID = trigger([...SERVICES.keys()]);

export function stateServicesAsDoers(tokens: readonly Token[], holding: boolean): GroupName[] {
  const out: GroupName[] = [];
  if (!said(tokens, SERVICES_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const name = SERVICES.get(tokens[i]!.norm);
    if (name && !out.some((g) => g.name === name) && (namedAsDoer(tokens, i, holding) || teamAsDoer(tokens, i, holding) || byOffice(tokens, i, holding) || withPartner(tokens, i, holding) || postedThenHarm(tokens, i, (k) => namedAsDoer(tokens, k, false)) || serviceReleasedAfterDays(tokens, i))) out.push({ name, start: i, end: i + 1 });
  }
  return out;
}

// "an ANR team picked up a journalist", "ANR squad arrested 3 activists" (reports31): the service's team did it; the word
// for the team stands where host-forces reads the doer (a Set lookup on the word after the name only).
const TEAM: ReadonlySet<string> = new Set(['team', 'teams', 'squad', 'unit', 'equipe', 'equipes', 'commando']);
function teamAsDoer(tokens: readonly Token[], i: number, holding: boolean): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.breakBefore && TEAM.has(next.norm) && namedAsDoer(tokens, i + 1, holding);
}

// "ANR Bunia holding…", "ANR Bukavu: activist given electric shocks" (doers/service-office.ts)
function byOffice(tokens: readonly Token[], i: number, holding: boolean): boolean {
  const town = serviceWithTown(tokens, i);
  return (town > i && namedAsDoer(tokens, town, holding)) || (holding && serviceHeading(tokens, i));
}

// "la DGM et la PNC rackettent les commerçants", "ANR and police arrested 3 activists": a service named with a partner
// who is the subject of the harm did it too (the partner is the verb's subject).
const AND = new Set(['et', 'and']);
const ARTICLE = new Set(['la', 'le', 'les', 'l', 'the']);
function withPartner(tokens: readonly Token[], i: number, holding: boolean): boolean {
  if (!AND.has(tokens[i + 1]?.norm ?? '') || tokens[i + 1]!.breakBefore) return false;
  const k = ARTICLE.has(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
  return !!tokens[k] && !tokens[k]!.breakBefore && namedAsDoer(tokens, k, holding);
}
