import type { Token } from '../normalize.js';
import { allyAsAgent } from './collaborators-as-agents.js';

/**
 * People said to be of a group who suffered the harm are its victims, not the doers (reports34): "la société civile
 * accuse les FARDC d'avoir exécuté 2 présumés ADF capturés", "FARDC killed 2 suspected ADF", "3 présumés ADF arrêtés",
 * "youths lynching ADF collaborators", "2 ADF suspects lynched". The group named right after a suspicion word that
 * follows a count or a harm done to them, or before a word of suspicion ("collaborators", "suspects"), or before a
 * taking or killing told of them ("capturés", "lynched"), is what the victims were said to be. Look-alikes keep the
 * group: "des présumés ADF ont tué 3 civils", "suspected ADF killed 2 farmers", "2 killed, ADF suspected".
 */
const SUSPECT = /^(presumes?|presumees?|presumed|suspected|suspectes?|alleged|supposes?|pretendus?|soupconnes?)$/;
const COUNTED = /^(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten|several|plusieurs|des|de|d|of|les)$/;
const HARMED = /^(execute\w*|executed|killed|kill|killing|tue|tues|tuee?s?|tuent|lynch\w*|captur\w*|arrest\w*|arrete\w*|detained|detenus?|neutralis\w*|neutraliz\w*|beat|beaten|tabass\w*|burnt|burned|brule\w*|shot|abattu\w*)$/;
const OBJECT = /^(\d+|the|a|an|les|des|un|une|two|three|four|five|deux|trois|quatre|cinq|civilians?|civils?|people|personnes)$/;
const CHARGE_AFTER = /^(collaborators?|collaborateurs?|complices?|accomplices?|suspects?|sympathisants?|sympathizers?|informants?|informateurs?|indicateurs?|spies|espions?)$/;

export function suspectsAsVictims(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  const joined = (k: number): boolean => tokens[k] !== undefined && !tokens[k]!.breakBefore;
  // "ADF collaborators", "ADF suspects lynched"
  // ("CODECO suspects" ending a line is who is suspected: the suspects are victims only when something is done to them)
  // ("threatened by ADF collaborators": the agent of the harm, reports38)
  if (after && joined(end) && CHARGE_AFTER.test(after.norm) && allyAsAgent(tokens, start)) return false;
  if (after && joined(end) && CHARGE_AFTER.test(after.norm)) return !/^suspects?$/.test(after.norm) || (joined(end + 1) && (HARMED.test(tokens[end + 1]!.norm) || /^(were|by|par|ont|sont|have)$/.test(tokens[end + 1]!.norm)));
  const s = start - 1;
  if (s < 0 || !joined(start) || !SUSPECT.test(tokens[s]!.norm)) return false;
  // "2 présumés ADF capturés", "executed 2 suspected ADF", "les présumés ADF lynchés"
  // (not an active verb with its object: "Suspected ADF killed 2 farmers")
  if (after && joined(end) && HARMED.test(after.norm) && !OBJECT.test(tokens[end + 1]?.norm ?? '')) return true;
  const c = s - 1;
  if (c < 0 || !joined(s) || !COUNTED.test(tokens[c]!.norm)) return false;
  // ("des présumés ADF ont tué": counted, but the subject of what follows)
  if (/^(des|de|d|of|les)$/.test(tokens[c]!.norm)) return HARMED.test(tokens[c - 1]?.norm ?? '') && joined(c);
  return /^\d+$|^(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten|several|plusieurs)$/.test(tokens[c]!.norm) && HARMED.test(tokens[c - 1]?.norm ?? '') && joined(c);
}
