import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A meeting, a workshop or a dialogue reported as such ("Security council meeting held at Irumu with FARDC and PNC",
 * "Réunion du conseil de sécurité sur les taxes aux barrières", "Community meeting at Nizi on the return of the
 * displaced"): what it was about is its subject, not an incident, and those who sat at it did nothing (`other`, no
 * perpetrators). Look-alikes kept out: a meeting attacked, dispersed or blocked ("M23 blocked the meeting", "réunion
 * dispersée par la police, 3 blessés"): any harm told outside the subject is the report.
 */
const MEETING = /^(meeting|meetings|reunion|reunions|workshop|workshops|atelier|ateliers|dialogue|dialogues|conference|conferences|seminar|seminaire|consultation|consultations|baraza|barza|assemblee|session|sessions)$/;
// The subject of the meeting follows these: what comes after is what was discussed.
const ABOUT = /^(on|about|regarding|concerning|sur|concernant|autour|portant)$/;
const HARM: ReadonlySet<string> = new Set(['kill', 'injure', 'attack', 'abduct', 'sexual', 'torture', 'loot', 'detention', 'explosive', 'fighting', 'threat', 'access', 'hate', 'displace', 'idpSite', 'movement', 'tension']);
// (a meeting "blocked", "dispersed", "interrupted", "attacked" is an incident: those words are read as harm wherever they stand)
const DISRUPTED = /^(disrupt\w*|dispers\w*|interromp\w*|interrupt\w*|perturb\w*|banned|interdite?s?|blocked|bloquee?s?|stormed|attaqu\w*|attacked)$/;

/** True when the report opens with a meeting (in its first four words) and every harm word stands in what it was about. */
export function meetingOnly(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  let at = -1;
  for (let i = 0; i < tokens.length && i < 4; i++) {
    if (i > 0 && tokens[i]!.breakBefore) return false;
    if (MEETING.test(tokens[i]!.norm)) {
      at = i;
      break;
    }
  }
  if (at < 0) return false;
  // The subject runs from "on/sur" to the end of its clause ("…on the return of the displaced, chief asked…").
  const subject = new Uint8Array(tokens.length);
  // ("Baraza intercommunautaire", "réunion sécuritaire": the word right after the meeting qualifies it)
  if (at + 1 < tokens.length && !tokens[at + 1]!.breakBefore) subject[at + 1] = 1;
  let inSubject = false;
  for (let i = at + 1; i < tokens.length; i++) {
    if (DISRUPTED.test(tokens[i]!.norm)) return false;
    if (tokens[i]!.breakBefore) inSubject = false;
    if (ABOUT.test(tokens[i]!.norm)) inSubject = true;
    if (inSubject) subject[i] = 1;
  }
  return hits.every((h) => !HARM.has(h.value.signal) || subject[h.start] === 1);
}
