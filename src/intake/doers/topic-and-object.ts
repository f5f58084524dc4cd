import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A group named as what is talked about, handed over or mourned did nothing in the report:
 * - the topic of what the victim said or wrote: "menacé par sms après son émission sur les taxes des Wazalendo", "threatened
 *   after his article about M23 abuses" (who sent the threat is not said);
 * - what is demanded or hidden: "livrer les armes des Wazalendo", "hand over the Wazalendo fighters", "accused of hiding ADF
 *   weapons" (the group demanding it is named elsewhere);
 * - the victims of an earlier event being buried or mourned: "Burial of the ADF victims in Oicha turned into a protest",
 *   "les funérailles des victimes des ADF" (what happened at the burial is the report).
 * Read back from the group's first word within its clause.
 */
const TOPIC_WORDS = ['emission', 'emissions', 'programme', 'program', 'broadcast', 'show', 'article', 'articles', 'reportage', 'report', 'post', 'posts', 'sermon', 'predication', 'chronique', 'interview', 'debat', 'debate', 'message', 'publication'];
const TOPIC = oneOf(TOPIC_WORDS);
const ABOUT = /^(sur|on|about|concerning|concernant|regarding|contre|against)$/;
const HAND_OVER_WORDS = ['livrer', 'livrez', 'livre', 'remettre', 'remettez', 'rendre', 'hand', 'handing', 'surrender', 'surrendering', 'deliver', 'delivering', 'give', 'cacher', 'cache', 'cachent', 'hiding', 'hide', 'hid', 'harbour', 'harbouring', 'harbor', 'harboring', 'heberger'];
const HAND_OVER = oneOf(HAND_OVER_WORDS);
const OBJECT_WORDS = /^(les|la|le|l|des|du|de|d|the|their|leurs|over|up|armes|arms|weapons|fusils|guns|munitions|ammunition|combattants|fighters|elements|membres|members|taxes|tax|abuses|exactions|crimes|pillages|violations)$/;
const MOURNED_WORDS = ['burial', 'burials', 'funeral', 'funerals', 'enterrement', 'enterrements', 'funerailles', 'inhumation', 'inhumations', 'deuil', 'mourning', 'veillee', 'wake', 'obseques'];
const MOURNED = oneOf(MOURNED_WORDS);
// (a topic, a handing over or hiding, a mourning)
const TOPIC_OR_OBJECT_SAID = trigger([...TOPIC_WORDS, ...HAND_OVER_WORDS, ...MOURNED_WORDS]);
const VICTIMS = /^(victims|victimes)$/;

export function namedAsTopicOrObject(tokens: readonly Token[], start: number): boolean {
  if (!said(tokens, TOPIC_OR_OBJECT_SAID)) return false;
  let k = start - 1;
  while (k >= 0 && k >= start - 5 && OBJECT_WORDS.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore) return false;
  const w = tokens[k]!.norm;
  // "son émission sur les taxes des Wazalendo": the topic noun, then "sur/on/about"
  if (ABOUT.test(w) && TOPIC.test(tokens[k - 1]?.norm ?? '') && !tokens[k]!.breakBefore) return true;
  if (ABOUT.test(w) && /^(son|sa|ses|his|her|their|leur|un|une|an|a|the|l)$/.test(tokens[k - 2]?.norm ?? '') && TOPIC.test(tokens[k - 1]?.norm ?? '')) return true;
  // "livrer les armes des Wazalendo", "hand over the Wazalendo fighters"
  if (HAND_OVER.test(w) && k < start - 1) return true;
  // "Burial of the ADF victims", "funérailles des victimes des ADF"
  if (VICTIMS.test(tokens[start + 1]?.norm ?? '') || VICTIMS.test(w) || VICTIMS.test(tokens[k + 1]?.norm ?? '')) {
    for (let j = Math.min(k, start - 1); j >= 0 && j >= start - 5; j--) {
      if (MOURNED.test(tokens[j]!.norm)) return true;
      if (tokens[j + 1]!.breakBefore) break;
    }
  }
  return false;
}
