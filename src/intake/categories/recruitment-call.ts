import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An armed group calling up young people to train or to join it, nobody said taken yet ("M23 calling all youth to a meeting
 * for 'training', parents hiding their boys", "le M23 convoque tous les jeunes pour une formation", "Mai-Mai summoning the
 * youth of Kipese to join them", "M23 asking every family to send one young man for training"): a recruitment drive is
 * intimidation (a `threat` hit; taken or enrolled children stay a child violation, C18, read elsewhere). Look-alikes kept
 * out: a meeting called by a chief or the authorities (no armed group), the state's army recruiting, a group's meeting
 * on taxes (no youth called to train or join).
 */
const CALL = /^(calling|calls|called|call|summon\w*|convoqu\w*|convoc\w*|asking|asks|asked|demand\w*|exig\w*|forcing|forcent|obligent|oblige|ordering|ordered|ordonnent|mobilis\w*|mobiliz\w*|rassembl\w*|gathering)$/;
const YOUTH = /^(youth|youths|young|jeunes|jeune|boys|garcons|bijana|vijana|men|hommes|family|families|famille|familles)$/;
const TO_JOIN = /^(training|train|formation|former|entrainement|join|joindre|rejoindre|rangs|ranks|enrol\w*|enrolement|enroll\w*|recrut\w*|recruit\w*|militaire|military|combattre|fight)$/;
const TO_JOIN_SAID = trigger(['training', 'train', 'formation', 'former', 'entrainement', 'join', 'joindre', 'rejoindre', 'rangs', 'ranks', 'enrol*', 'recrut*', 'recruit*', 'militaire', 'military', 'combattre', 'fight']);

export function recruitmentCallHits(tokens: readonly Token[], mentions: readonly { start: number; end: number; actor: { hostState: boolean } }[]): SignalHit[] {
  if (!said(tokens, TO_JOIN_SAID)) return [];
  for (const m of mentions) {
    if (m.actor.hostState) continue;
    let call = -1;
    for (let k = m.end; k < m.end + 3 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (CALL.test(tokens[k]!.norm)) call = k;
    if (call < 0) continue;
    let youth = -1;
    for (let k = call + 1; k <= call + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (YOUTH.test(tokens[k]!.norm)) youth = k;
    if (youth < 0) continue;
    for (let k = youth + 1; k <= youth + 9 && k < tokens.length && !tokens[k]!.stopBefore; k++) {
      if (TO_JOIN.test(tokens[k]!.norm)) return [{ value: { signal: 'threat', subType: null }, start: call, end: call + 1 }];
    }
  }
  return [];
}
