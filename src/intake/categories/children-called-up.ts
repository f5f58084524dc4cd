import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An armed group ordering that children be handed over to it, none yet said taken (reports26): "Nyatura commanders told
 * headmasters in Nyabiondo to send boys over 15 'for training'", "Mai-Mai ordered the chief to send 20 young boys to their
 * camp", "les Nyatura ont demandé aux directeurs d'écoles d'envoyer les garçons … pour la formation". The children named
 * make it the recruitment of children (C18: a child violation, high, restricted); a call on "youth" or "young men" stays
 * the intimidation `recruitment-call.ts` reads (r21en-074, r28en-080). Look-alikes kept out: the host state's forces,
 * children sent back to school, food or money sent, headmasters told to close the schools.
 */
const ORDER = /^(told|tell|tells|telling|ordered|orders|ordering|asked|asks|asking|demanded|demanding|instructed|instructing|forced|forcing|summoned|demande|demandent|demandaient|exige|exigent|exigeaient|ordonne|ordonnent|obligent|oblige|somme|somment|intime|intiment)$/;
const HAND_OVER = /^(send|sending|give|giving|hand|handing|bring|bringing|provide|supply|envoyer|envoient|envoie|donner|donnent|livrer|livrent|remettre|fournir|amener|presenter)$/;
const CHILDREN = /^(boys|girls|children|kids|pupils|students|schoolboys|sons|minors|teenagers|adolescents|garcons|filles|enfants|eleves|fils|mineurs|ados|watoto|wavulana)$/;
const CHILDREN_SAID = trigger(['boys', 'girls', 'children', 'kids', 'pupils', 'students', 'schoolboys', 'sons', 'minors', 'teenagers', 'adolescents', 'garcons', 'filles', 'enfants', 'eleves', 'fils', 'mineurs', 'ados', 'watoto', 'wavulana']);
const TO_JOIN = /^(training|train|formation|former|entrainement|join|rejoindre|joindre|ranks|rangs|camp|camps|militia|milice|combattre|fight|fighters|combattants|front|enrol\w*|enrolement|recrut\w*|recruit\w*)$/;
const HEAD = /^(commanders?|commandants?|leaders?|chefs?|elements?|elts|fighters|combattants|militiamen|miliciens|officers?|officiers?|les|ont|have|had|des|de|du|d)$/;

export function childrenCalledUpHits(tokens: readonly Token[], mentions: readonly { start: number; end: number; actor: { hostState: boolean } }[]): SignalHit[] {
  if (!said(tokens, CHILDREN_SAID)) return [];
  for (const m of mentions) {
    if (m.actor.hostState) continue;
    let k = m.end;
    while (k < m.end + 3 && HEAD.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (!ORDER.test(tokens[k]?.norm ?? '')) continue;
    for (let h = k + 1; h <= k + 10 && h < tokens.length && !tokens[h]!.stopBefore; h++) {
      if (!HAND_OVER.test(tokens[h]!.norm)) continue;
      for (let c = h + 1; c <= h + 4 && c < tokens.length && !tokens[c]!.stopBefore; c++) {
        if (!CHILDREN.test(tokens[c]!.norm)) continue;
        for (let j = c + 1; j <= c + 9 && j < tokens.length && !tokens[j]!.stopBefore; j++) {
          if (TO_JOIN.test(tokens[j]!.norm)) return [{ value: { signal: 'recruit', subType: 'recruitment' }, start: c, end: c + 1 }];
        }
      }
    }
  }
  return [];
}
