import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * One displaced person harmed, said at the head of the report (pending reports48): "Déplacée de Bulengo violée à 4 km du site",
 * "IDP woman attacked with machete while collecting firewood", "un déplacé de Rusayo tabassé". The person is one: a survivor
 * for a rape (C17), an injured for a wound or a beating (C3). Fills only counts still unknown; a count said wins.
 */
const HEAD_WORDS = ['deplacee', 'deplace', 'idp'];
const HEAD_SAID = trigger(HEAD_WORDS);
const ONE = /^(a|an|one|une|un|1)$/;
const HEAD = /^(deplacee|deplace|idp)$/;
const PERSON = /^(woman|man|girl|boy|femme|homme|mother|mere|father|pere|widow|veuve)$/;
const KILLED = /^(tue|tuee|killed|dead|died|mort|morte|abattu|abattue|decapite|decapitee|massacre|massacree|lynche|lynchee)$/;
const RAPED = /^(raped|violee|viole)$/;
const HURT = /^(machetted|machettee|stabbed|poignardee|poignarde|wounded|injured|blessee|blesse|beaten|tabassee|tabasse|battue|battu|hacked|cut)$/;
const WITH_BLADE = /^(machete|machette|knife|couteau|panga|machettes)$/;

export function displacedPersonHarmed(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, HEAD_SAID)) return;
  // the head: the report's first words (after a dateline "Lushagala:"), one displaced person
  let i = 0;
  while (i < 3 && tokens[i] && !HEAD.test(tokens[i]!.norm)) i++;
  if (!tokens[i] || !HEAD.test(tokens[i]!.norm) || (i > 0 && !ONE.test(tokens[i - 1]!.norm) && !tokens[i]!.breakBefore)) return;
  if (/^(s|es)$/.test(tokens[i + 1]?.norm ?? '') || /^(deplaces|deplacees|idps)$/.test(tokens[i]!.norm)) return;
  if (tokens[i]!.norm === 'idp' && !PERSON.test(tokens[i + 1]?.norm ?? '')) return;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    if (tokens[k]!.stopBefore) return;
    const w = tokens[k]!.norm;
    // ("un déplacé tué à la machette": the dead are no wounded)
    if (KILLED.test(w)) return;
    if (RAPED.test(w)) {
      victims.crsvSurvivors ??= 1;
      return;
    }
    // ("attacked with machete", "attacked with a knife")
    const blade = /^(a|an)$/.test(tokens[k + 2]?.norm ?? '') ? tokens[k + 3] : tokens[k + 2];
    const bladed = w === 'attacked' && tokens[k + 1]?.norm === 'with' && WITH_BLADE.test(blade?.norm ?? '');
    if (HURT.test(w) || bladed) {
      victims.injured ??= 1;
      return;
    }
  }
}
