import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { saidToBeComing } from '../doers/feared-group.js';
import { FEARED_ATTACK } from './signal-hits.js';

/**
 * "they say ADF are coming", "people afraid, Mai-Mai arriving tonight they say", "on dit que les CODECO vont venir": an armed
 * group said or feared to be on its way is a warning of an attack (a feared attack: it names the alert, a threat, only when
 * nothing else does; people leaving over it are displaced, a calm or a denial said with it is a quiet day; C9 names the
 * group, doers/feared-group.ts).
 * The phrase tables hold "on dit les …" and "they say they are coming" with no group between; this reads the group named
 * between the rumour and the coming. Look-alikes: the host's forces arriving (a response), a group that came "to help".
 */
const AUX = /^(are|is|were|will|be|sont|vont|va|en|allaient|were|reportedly)$/;
const COMING = /^(coming|arriving|arrive|arrivent|arriver|approaching|approchent|approach|venir|viennent|watakuja|wanakuja|advancing|avancent)$/;

export function groupSaidComingHits(tokens: readonly Token[], mentions: readonly { start: number; end: number; actor: { hostState: boolean } }[]): SignalHit[] {
  for (const m of mentions) {
    if (m.actor.hostState) continue;
    let k = m.end;
    while (k < m.end + 2 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    const verb = tokens[k];
    if (!verb || verb.breakBefore || !COMING.test(verb.norm)) continue;
    if (saidToBeComing(tokens, m.start, m.end)) return [{ value: { signal: 'fear', subType: FEARED_ATTACK }, start: k, end: k + 1 }];
  }
  return [];
}
