import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An armed group imposing or forcing the recruitment of young people, none yet said taken: "l'AFC/M23 impose le
 * recrutement de jeunes de 15 à 25 ans", "M23 imposing recruitment of young men in Rutshuru", "recrutement forcé des
 * jeunes par le M23", "forced recruitment of youths by Wazalendo". Said of children, or of ages that start under 18
 * ("de 15 à 25 ans", "aged 16 to 30"), it is the recruitment of children (C18: a child violation, high); said of youth
 * or young men, the intimidation `recruitment-call.ts` reads for a call-up (threat, medium). Look-alikes kept out:
 * the host state's forces (the army recruiting is no violation), a recruitment denied or rumoured (quiet-days.ts),
 * people already taken (read as an abduction elsewhere).
 */
const RECRUITMENT: ReadonlySet<string> = new Set(['recrutement', 'recrutements', 'recruitment', 'enrolement', 'enrollment', 'enrolment', 'conscription']);
// the verb, said forced, of children: "les Nyatura recrutent de force des enfants", "M23 forcibly recruiting boys"
const RECRUITING: ReadonlySet<string> = new Set(['recrutent', 'recrute', 'recrutaient', 'recruiting', 'recruit', 'recruits', 'enrolent', 'enrolaient', 'conscripting', 'conscript']);
const IMPOSE = /^(impose|imposent|imposes|imposing|imposed|imposait|imposaient|force|forcent|forces|forcing|enforce|enforcing|enforces)$/;
const FORCED = /^(force|forcee|forced|forcible|obligatoire|compulsory|de)$/;
const YOUTH = /^(youth|youths|young|jeunes|jeune|men|hommes|garcons|boys|girls|filles|enfants|children|kids|mineurs|minors|adolescents|teenagers|vijana|bijana)$/;
const CHILD = /^(garcons|boys|girls|filles|enfants|children|kids|mineurs|minors|adolescents|teenagers)$/;
const BY = /^(par|by)$/;

export function recruitmentImposedHits(tokens: readonly Token[], mentions: readonly { start: number; end: number; actor: { hostState: boolean } }[]): SignalHit[] {
  let at = -1;
  for (let i = 0; i < tokens.length; i++) if (RECRUITMENT.has(tokens[i]!.norm) || RECRUITING.has(tokens[i]!.norm)) at = i;
  if (at < 0) return [];
  const group = (from: number, to: number): boolean => mentions.some((m) => !m.actor.hostState && m.start >= from && m.end <= to);
  for (let i = 0; i < tokens.length; i++) {
    const verb = RECRUITING.has(tokens[i]!.norm);
    if (!verb && !RECRUITMENT.has(tokens[i]!.norm)) continue;
    // the group imposing: "le M23 impose le recrutement", "M23 imposing recruitment"
    let imposed = false;
    if (verb) {
      const force = (tokens[i + 1]?.norm === 'de' && tokens[i + 2]?.norm === 'force') || /^(forcibly|forcefully)$/.test(tokens[i + 1]?.norm ?? '') || /^(forcibly|forcefully)$/.test(tokens[i - 1]?.norm ?? '');
      if (!force || !group(Math.max(0, i - 5), i)) continue;
      imposed = true;
    }
    for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1]!.breakBefore; k--) if (IMPOSE.test(tokens[k]!.norm) && group(Math.max(0, k - 4), k)) imposed = true;
    // "recrutement forcé des jeunes par le M23", "forced recruitment of youths by Wazalendo"
    const forced = FORCED.test(tokens[i + 1]?.norm ?? '') && (tokens[i + 1]!.norm !== 'de' || tokens[i + 2]?.norm === 'force') || /^(forced|forcible|compulsory)$/.test(tokens[i - 1]?.norm ?? '');
    let youth = -1;
    for (let k = i + 1; k <= i + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (YOUTH.test(tokens[k]!.norm)) { youth = k; break; }
    if (youth < 0) continue;
    if (!imposed) {
      let byGroup = false;
      for (let k = youth + 1; k <= youth + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (BY.test(tokens[k]!.norm) && group(k + 1, k + 4)) byGroup = true;
      if (!(forced && byGroup)) continue;
    }
    const children = CHILD.test(tokens[youth]!.norm) || minorAge(tokens, youth);
    // (young men forcibly enrolled, "recrutent de force les jeunes", are people taken: C23 reads it, not a threat)
    if (verb && !children) continue;
    return [{ value: children ? { signal: 'recruit', subType: 'recruitment' } : { signal: 'threat', subType: null }, start: i, end: i + 1 }];
  }
  return [];
}

// "jeunes de 15 à 25 ans", "young men aged 16 to 30", "youths (15-25)": an age range that starts under 18.
function minorAge(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k <= from + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
    if (/^\d{1,2}$/.test(tokens[k]!.norm)) return Number(tokens[k]!.norm) < 18 && Number(tokens[k]!.norm) >= 5;
  }
  return false;
}
