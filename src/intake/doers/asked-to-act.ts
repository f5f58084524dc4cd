import type { Token } from '../normalize.js';

/**
 * The host army or police asked to act (reports33): "chiefs ask FARDC to deploy", "calling on the PNC to intervene",
 * "les chefs demandent aux FARDC de se déployer", "la population exhorte la PNC à intervenir", "demandent le déploiement
 * des FARDC". The force is asked for help; it did nothing yet (C1, C2 name them only as doers). Only host forces are
 * read so ("asked M23 to leave the school": the group holding the school did it).
 * Cost: read only for a host force's mention, a few Set lookups around it.
 */
const ASK = new Set([
  'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'call', 'calls', 'called', 'calling', 'appeal', 'appeals',
  'appealed', 'appealing', 'request', 'requests', 'requested', 'requesting', 'plead', 'pleading', 'begged', 'beg',
  'demande', 'demandent', 'demandant', 'demandons', 'demander', 'exhorte', 'exhortent', 'plaident', 'plaide', 'sollicite', 'sollicitent',
  'supplient', 'implorent', 'appellent', 'appelle', 'invitent',
]);
// Between the verb and the force: "call on the FARDC", "demandent aux FARDC", "appeal to the PNC", "exhorte la PNC".
const BETWEEN = new Set(['on', 'upon', 'to', 'the', 'aux', 'au', 'a', 'la', 'le', 'les', 'l']);
// After the force: what it is asked to do ("to deploy", "de se déployer", "à intervenir", "pour sécuriser").
const THEN = new Set(['to', 'de', 'd', 'a', 'pour', 'for']);
// "demandent le déploiement des FARDC", "call for the deployment of FARDC", "request FARDC reinforcements".
const HELP = new Set(['deploiement', 'deployment', 'intervention', 'renforts', 'reinforcements', 'presence', 'retour', 'return', 'protection']);
const OF = new Set(['of', 'des', 'de', 'du', 'la', 'the', 'l', 'd']);

function askedBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at; j >= 0 && j >= at - 3; j--) {
    if (ASK.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.breakBefore || !(BETWEEN.has(tokens[j]!.norm) || HELP.has(tokens[j]!.norm) || OF.has(tokens[j]!.norm) || tokens[j]!.norm === 'for')) return false;
  }
  return false;
}

/** `start`/`end`: the force's mention. */
export function askedToAct(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start]!.breakBefore) return false;
  const after = tokens[end];
  // "ask FARDC to deploy", "demandent aux FARDC de se déployer"
  if (after && !after.breakBefore && THEN.has(after.norm) && askedBefore(tokens, start - 1)) return true;
  // "demandent le déploiement des FARDC", "call for the deployment of FARDC"
  let j = start - 1;
  while (j >= start - 2 && j >= 0 && OF.has(tokens[j]!.norm) && !tokens[j + 1]!.breakBefore) j--;
  return j >= 0 && j < start - 1 && HELP.has(tokens[j]!.norm) && !tokens[j + 1]!.breakBefore && askedBefore(tokens, j - 1);
}
