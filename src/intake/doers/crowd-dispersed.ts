import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The police or army that broke up a gathering whose people were the threat, with nobody hurt, only responded (reports44):
 * "youths with machetes gathered at the roundabout shouting threats against the Nande, police dispersed them", "des jeunes
 * rassemblés au rond-point scandant des menaces contre les Hunde, la PNC les a dispersés". fight-dispersed.ts reads a
 * fight so broken up; here the crowd threatened others. C1 keeps police who disperse by force as doers: tear gas, shots
 * or anyone hurt or arrested after it ("PNC dispersed the protesters with tear gas", "police dispersed them, 3 injured")
 * stay theirs, and a protest told as such is left to C1's reading.
 */
const CROWD_THREAT = /^(threats?|menaces?|menacant|threatening|shouting|chanting|scandant|criant|hurling|insults?|injures|slogans?|machetes?)$/;
const GATHERED = /^(gathered|gathering|massed|rassembles?|attroupes?|attroupement|regroupes?|crowd|foule)$/;
const DISPERSED = /^(dispersed|disperse|disperses|dispersee|dispersees|dispersing|chased|chasses)$/;
const THEM = /^(them|the|crowd|youths|group|les|l|ont|a|has|have|had|quickly|vite|rapidement)$/;
const FORCE_USED = /^(tear|gaz|lacrymogen\w*|bullets?|balles?|live|force|shots?|tirs?|fired|injur\w*|bless\w*|wound\w*|hurt|kill\w*|tue\w*|dead|morts?|arrest\w*|arret\w*|interpell\w*|protest\w*|manifest\w*)$/;
const CROWD_SAID = trigger(['dispersed', 'disperse', 'disperses', 'dispersee', 'dispersees', 'dispersing']);

export function dispersedACrowd(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, CROWD_SAID)) return false;
  const before = tokens.slice(0, start);
  if (!before.some((t) => GATHERED.test(t.norm)) || !before.some((t) => CROWD_THREAT.test(t.norm))) return false;
  if (tokens.some((t) => FORCE_USED.test(t.norm))) return false;
  // ("police dispersed them", "la PNC les a dispersés")
  for (let k = end; k < end + 3 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (DISPERSED.test(tokens[k]!.norm)) return true;
    if (!THEM.test(tokens[k]!.norm)) return false;
  }
  return false;
}
