import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * What threatened people had reported, denounced or broadcast is the TOPIC of the threat, not a harm told here
 * (reports37): "3 HRDs received SMS threats after reporting Nyatura recruitment of kids in Ngungu", "3 journos summoned n
 * threatened by m23 'intelligence' over radio prog on forced labour", "journaliste menacé pour avoir dénoncé le
 * recrutement d'enfants par les Mai-Mai", "menacés après une émission sur les viols à Minova". The harm words after the
 * cue (a reporting verb, or "on/about/sur" after a programme or article, or "over") are set aside when a threat is
 * told; the report is the threat. The group in the topic is no doer (doers/gone-or-denounced.ts, DENOUNCED). Look-alikes
 * kept out: no threat said, a harm told in its own clause ("threatened, then beaten"), "report on" with no threat.
 */
const REPORTED = /^(reporting|reported|denouncing|denounced|denonce|denonces|denoncer|denoncant|denoncait|signale|signaler|signalant|documenting|documented|exposing|exposed|criticising|criticizing|condemning|condamne|condamner)$/;
const ABOUT = /^(on|about|sur|concerning|concernant|over)$/;
const MEDIA = /^(prog|progs|programme|programmes|program|programs|show|shows|emission|emissions|broadcast|broadcasts|report|reports|reportage|reportages|article|articles|story|stories|post|posts|debate|debat|debats|interview|interviews|radio|chronique|publication)$/;
const TOPIC_HARMS: ReadonlySet<string> = new Set(['recruit', 'child', 'torture', 'sexual', 'kill', 'loot', 'detention', 'abduct', 'attack', 'injure']);

/** The hit sits in the topic of what threatened people reported or broadcast (the caller checks a threat is told). */
export function threatTopic(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (!TOPIC_HARMS.has(h.value.signal) || !hits.some((x) => x.value.signal === 'threat' && x.start < h.start)) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 6; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    if (REPORTED.test(w)) return true;
    if (ABOUT.test(w) && (w === 'over' || MEDIA.test(tokens[k - 1]?.norm ?? '') || MEDIA.test(tokens[k - 2]?.norm ?? ''))) return true;
  }
  return false;
}
