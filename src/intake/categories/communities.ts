import type { Signals } from './categories.js';

/** One community set against another with nobody harmed: an intercommunal tension (see rankCategories). */
const GENERIC_COMMUNITY = /^(communities|communautes|communaute|community|youths|jeunes|villages)$/;
const FARMING = /^(cultivateurs|farmers|agriculteurs)$/;
const HERDING = /^(bouviers|vachers|herders|eleveurs|cattle)$/;
// Two communities named ("Hutu … Hunde", "farmers … herders", "deux clans", "deux chefferies").
export function twoCommunities(s: Signals): boolean {
  const names = new Set(s.all('community').map((h) => s.tokens[h.start]!.norm).filter((w) => !GENERIC_COMMUNITY.test(w)).map((w) => (FARMING.test(w) ? 'farm' : HERDING.test(w) ? 'herd' : w.replace(/^ba/, ''))));
  if (names.size >= 2) return true;
  if (s.all('community').some((h) => /^(clans|chefferies|groupements|chieftaincies|communautes|communities)$/.test(s.tokens[h.start]!.norm) && /^(two|deux|2|between|entre|rival|rivaux|rivales)$/.test(s.tokens[h.start - 1]?.norm ?? ''))) return true;
  // ("miners from 2 cmties", "les deux communautés": said in one phrase of the quarrel family, vocabulary/remote-base.ts)
  return s.all('tension').some((h) => h.end - h.start >= 2 && /^(cmties|cmtes|comm|communities|communautes|clans|chefferies|familles|families)$/.test(s.tokens[h.end - 1]!.norm));
}
export function closedToCommunity(s: Signals): boolean {
  return s.has('access') && s.all('community').some((h) => !GENERIC_COMMUNITY.test(s.tokens[h.start]!.norm) && !FARMING.test(s.tokens[h.start]!.norm) && !HERDING.test(s.tokens[h.start]!.norm) && !/^(clans?|chefferies|groupements|chieftaincies|villages)$/.test(s.tokens[h.start]!.norm));
}
// "chasser les", "drive out": the only hate word is a call to expel, which a quarrel between neighbours also says.
export function expelOnly(s: Signals): boolean {
  return s.all('hate').every((h) => /^(chasser|drive|expel|expulser)$/.test(s.tokens[h.start]!.norm));
}
// "Alur and Hema youths fighting over a land boundary, 2 dead", "bagarre entre déplacés et population hôte, 1 blessé":
// two communities (or the displaced and their hosts) fighting each other, no armed group: the clash is a tension,
// whatever it cost (the attack stays an alternative). ("des jeunes Lendu et Hema se sont affrontés à la machette")
const HOSTS = /^(hote|hotes|host|hosts|autochtones|locals|residents|quartier|riverains|neighbourhood|neighborhood)$/;
const DISPLACED = /^(deplaces|idps|pdi|displaced)$/;
const QUARREL = /^(bagarres?|brawls?|rixes?|fights?|fighting|fought|affrontements?|clash\w*|accroch\w*|heurts?|s affrontent|affront(e|es|ee|ees|ent|aient|ait|er|ant)|se battent|battent|battus|bagarr\w*|battle\w*)$/;
export function communalClash(s: Signals): boolean {
  if (s.has('armed') || s.has('sexual') || s.has('abduct')) return false;
  const fought = s.has('fighting') || s.tokens.some((t) => QUARREL.test(t.norm));
  if (!fought) return false;
  if (twoCommunities(s) || (s.tokens.some((t) => FARMING.test(t.norm)) && s.tokens.some((t) => HERDING.test(t.norm)))) return true;
  return s.tokens.some((t) => DISPLACED.test(t.norm)) && s.tokens.some((t) => HOSTS.test(t.norm));
}
