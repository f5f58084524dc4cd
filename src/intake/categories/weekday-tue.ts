import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { detectLanguage } from '../language.js';

/**
 * "tue" in an English report is Tuesday, not "tué" (reports37: "mutwanga 2 farmers taken by adf frm their fields tue,
 * no news since"): vocabulary/long-tail.ts knows "since tue", "on tue", "last tue"; a bare "tue" closing a clause in a
 * report written in English is the day too. Look-alikes kept out: French SMS "2 civils tue par adf" (the report is
 * French), "tue" right after a count or a person ("3 pers tue").
 */
const PEOPLE = /^(\d+|un|une|deux|trois|pers|personnes?|civils?|civil|hommes?|femmes?|enfants?|homme|femme|enfant|motard|cultivateurs?|chef)$/;

/** The kill hit is the bare word "tue" used as a weekday in an English report. */
export function weekdayTue(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'kill' || h.end - h.start !== 1 || !/^tues?$/.test(tokens[h.start]!.norm) || tokens[h.start]!.text !== tokens[h.start]!.norm) return false;
  if (PEOPLE.test(tokens[h.start - 1]?.norm ?? '')) return false;
  const closes = h.end >= tokens.length || tokens[h.end]!.breakBefore;
  return closes && detectLanguage(tokens) === 'en' && tokens.some((t) => /^(the|their|and|from|frm|by|no|since|were|was)$/.test(t.norm));
}
