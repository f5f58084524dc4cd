import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A sender's heading: "JOC Bunia 2205: CODECO attack under way on Drodro", "CPA Walikale: le centre de santé de Kibua
 * pillé", "OPS Goma: deux obus tombés … base de Sake". The town after the office tag (JOC, OPS, CPA, UNPOL, "Bunia FO"…)
 * is where the message was written; a place the body names is where it happened, so the heading's town goes last.
 * A heading that resumes an incident names it: "0700hrs update Mamove:", "OPS Bunia 1130 suite Pimbo:", "WPA Bunia,
 * suivi du cas de Nizi:", "Bunia FO follow-up on the Tchabi abduction:" — that place comes first.
 * Only a heading closed by a colon within its first words, opened by an office tag or a resuming word, is read
 * (a Set lookup on the first words: reports without one pay nothing). A body place where people or the wounded went
 * ("evacuated to Oicha", "vers Uvira") does not unseat the heading's town: with only such places, the heading's town comes first.
 */
const OFFICES_WORDS = ['joc', 'ops', 'cpa', 'cp', 'wpa', 'unpol', 'bcnudh', 'jhro', 'cla', 'fo', 'jmac', 'ocha', 'cmo', 'sitrep'];
const OFFICES: ReadonlySet<string> = new Set(OFFICES_WORDS);
const RESUMING_WORDS = ['update', 'upd', 'suite', 'follow', 'followup', 'suivi', 'updated'];
const RESUMING: ReadonlySet<string> = new Set(RESUMING_WORDS);
// (an office or a resumed incident heads the report)
const HEADING_SAID = trigger([...OFFICES_WORDS, ...RESUMING_WORDS]);
// ("update from Beni:": where the news came from)
const FROM = new Set(['from', 'frm', 'depuis', 'kutoka']);
const AWAY = new Set(['to', 'towards', 'toward', 'vers', 'jusqu', 'into', 'pour']);
// (where the wounded are cared for: "referred to HGR Rutshuru", "at Oicha HGR")
const CARE = new Set(['hgr', 'hospital', 'hopital', 'clinic', 'clinique', 'morgue']);
const HEAD_WORDS = 9;

function headingEnd(tokens: readonly Token[], description: string): number {
  for (let k = 1; k < tokens.length && k <= HEAD_WORDS; k++) {
    if (tokens[k]!.stopBefore) return -1;
    if (description.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(':')) return k;
  }
  return -1;
}

export function officeHeadingLast<P extends { start: number; end: number; place: { id: string } }>(places: P[], tokens: readonly Token[], description: string): P[] {
  if (places.length < 2 || !said(tokens, HEADING_SAID)) return places;
  let office = -1;
  let resumed = -1;
  for (let k = 0; k < tokens.length && k < HEAD_WORDS; k++) {
    const w = tokens[k]!.norm;
    if (office < 0 && OFFICES.has(w)) office = k;
    if (resumed < 0 && RESUMING.has(w)) resumed = k;
  }
  if (office < 0 && resumed < 0) return places;
  const end = headingEnd(tokens, description);
  if (end < 0) return places;
  // ("update Mamove:", "suite Pimbo:", "follow-up on the Tchabi abduction:": the incident the heading resumes)
  if (resumed >= 0) {
    const named = places.filter((p) => p.start > resumed && p.end <= end && !FROM.has(tokens[p.start - 1]!.norm));
    if (named.length > 0) return [...named, ...places.filter((p) => !named.includes(p))];
  }
  if (office < 0) return places;
  const head = places.filter((p) => p.start > office && p.end <= end);
  if (head.length === 0) return places;
  const ids = new Set(head.map((p) => p.place.id));
  const others = places.filter((p) => p.start >= end && !ids.has(p.place.id));
  if (others.length === 0) return places;
  const gone = (p: P): boolean => AWAY.has(tokens[p.start - 1]?.norm ?? '') || CARE.has(tokens[p.start - 1]?.norm ?? '') || CARE.has(tokens[p.end]?.norm ?? '');
  const rest = places.filter((p) => !head.includes(p));
  // (the body names only where people went or are cared for: the heading's town is where it happened)
  return others.every(gone) ? [...head, ...rest] : [...rest, ...head];
}
