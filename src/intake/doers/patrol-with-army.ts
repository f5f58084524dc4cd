import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A group on patrol joined to the host force is the host force's patrol (pending reports41): "Nyabiondo quiet, joint
 * FARDC-Wazalendo patrols continuing", "RAS à Masisi-centre, patrouilles FARDC et Wazalendo en cours", "patrouilles
 * mixtes Wazalendo/FARDC". The state's patrol is routine (constructions/tolls-and-danger.ts armedAboutHits, doers/
 * patrolling-in-calm.ts): with the army beside it, the group's patrol is that same patrol, no movement and no doer on a
 * calm day. Look-alikes kept: the group patrolling alone ("calme, mais des Wazalendo patrouillent"), a clash between
 * the two ("FARDC and Wazalendo exchanged fire").
 */
const HOST_WORDS = ['fardc', 'pnc', 'police', 'army', 'armee', 'military', 'militaires', 'soldiers'];
const HOST = oneOf(HOST_WORDS);
const HOST_SAID = trigger(HOST_WORDS);
const JOIN = /^(and|et|&|with|avec)$/;

/** The group named at [start, end) is joined to the host force by "and", "et", a hyphen or a slash. */
export function joinedToHostForce(tokens: readonly Token[], description: string, start: number, end: number): boolean {
  if (!said(tokens, HOST_SAID)) return false;
  const glued = (k: number): boolean => k > 0 && k < tokens.length && /[-/]/.test(description.slice(tokens[k - 1]!.end, tokens[k]!.start)) && !tokens[k]!.breakBefore;
  // "FARDC-Wazalendo", "FARDC et Wazalendo"
  if (HOST.test(tokens[start - 1]?.norm ?? '') && glued(start)) return true;
  if (HOST.test(tokens[start - 2]?.norm ?? '') && JOIN.test(tokens[start - 1]?.norm ?? '') && !tokens[start]!.breakBefore && !tokens[start - 1]!.breakBefore) return true;
  // "Wazalendo-FARDC", "Wazalendo et FARDC"
  if (HOST.test(tokens[end]?.norm ?? '') && glued(end)) return true;
  return HOST.test(tokens[end + 1]?.norm ?? '') && JOIN.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore && !tokens[end + 1]!.breakBefore;
}
