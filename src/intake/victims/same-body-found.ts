import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * "Un cultivateur a été tué par les ADF; son corps a été retrouvé ce matin", "a woman killed near Kamango, her body found
 * by neighbours": the body found is the one killed already counted, not one more (reports27 read 2 dead). Only a body
 * owned or named with a definite article ("son corps", "his body", "le corps", "the body"), after a killing said in an
 * earlier clause; look-alikes kept: "the body of a third found" (another person), "2 killed, a body found" (one more),
 * a body alone in the report ("her body found in the river": the one count).
 */
const BODY_WORDS = ['corps', 'body', 'corpse', 'cadavre', 'depouille'];
const BODY: ReadonlySet<string> = new Set(BODY_WORDS);
const BODY_SAID = trigger(BODY_WORDS);
const OWNER = new Set(['son', 'sa', 'his', 'her', 'le', 'la', 'l', 'the', 'its']);
const OF = new Set(['of', 'de', 'du', 'd', 'des']);
// (reports41: "1 présumé voleur brûlé vif par la population, PNC a récupéré le corps": burnt alive, lynched)
const KILLED = /^(killed|murdered|slain|shot|hacked|tue|tuee|abattu|abattue|assassine|assassinee|egorge|egorgee|machette|machetted|beheaded|decapite|decapitee|lynched|lynche|lynchee|brule|brulee|burned|burnt|died|mort|morte|decede|decedee|stabbed|poignarde|poignardee)$/;

export function sameBodyFound(tokens: readonly Token[], victims: Victims): void {
  if ((victims.killed ?? 0) < 2 || !said(tokens, BODY_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!BODY.has(tokens[i]!.norm) || !OWNER.has(tokens[i - 1]!.norm) || OF.has(tokens[i + 1]?.norm ?? '')) continue;
    // the killing told before, in a clause of its own, of one person ("un cultivateur a été tué", "a farmer killed")
    const before = tokens.slice(0, i - 1);
    const kill = before.findIndex((t) => KILLED.test(t.norm));
    if (kill < 0 || !tokens.slice(kill + 1, i).some((t) => t.breakBefore) || !before.slice(0, kill).some((t) => /^(un|une|a|an|one|le|la|the|1)$/.test(t.norm))) return;
    victims.killed = (victims.killed ?? 0) - 1;
    return;
  }
}
