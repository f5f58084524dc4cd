import type { Token } from '../normalize.js';

/**
 * An actor named for something other than what was done: a uniform worn by men who may not be theirs (C2: "4 men in
 * FARDC uniform", "hommes en tenue des FARDC", "disguised as police"); a membership someone is suspected of ("held
 * coz her brother suspected mai mai", "son fils soupçonné M23"); a force that had pulled out before another came ("les
 * FARDC s'étaient retirés la veille", "after the army had withdrawn"). Look-alikes that stay doers: "FARDC soldiers
 * in uniform beat …" (the uniform after the soldiers), "suspected ADF killed 3" (who is suspected of the harm),
 * "ADF withdrew after killing 5" (no other actor named: the one who withdrew did it).
 */

const UNIFORM = /^(uniform|uniforms|uniforme|uniformes|tenue|tenues|fatigues)$/;
const DISGUISE = /^(disguised|deguises?|deguisees?|dressed|habilles?|habillees?|posing|pretending)$/;
const LINK = /^(des|de|du|la|l|the|of|as|en|like|comme|a|an)$/;
const SUSPECTED = /^(suspected|soupconne|soupconnee|soupconnes|soupconnees|accused|accuse|accusee|presume|presumee|suspect)$/;
const KIN = /^(brother|son|husband|father|cousin|nephew|uncle|he|him|man|boy|frere|fils|mari|pere|neveu|oncle|il|lui|homme|garcon|jeune)$/;
const PULLED_OUT = /^(retires?|retirees?|withdrew|withdrawn|repli(e|es|ees)?|abandoned|decroche|decroches|pulled)$/;
const HAD = /^(s|etaient|etait|sont|est|se|had|have|has|already|deja|ont|a|avaient|avait)$/;


/** The host force at [start, end) is named only by the uniform others wore, or as a suspected membership, or as having left. */
export function namedNotDoing(tokens: readonly Token[], start: number, end: number, hostState: boolean, otherActorNamed: boolean): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  const twoBefore = tokens[start - 2]?.norm ?? '';
  if (hostState) {
    // "in FARDC uniform", "en tenue FARDC", "en tenue des FARDC", "disguised as soldiers of the FARDC"
    // (reports23, the lead's ruling on C2: a uniform alone names nobody, "men in FARDC uniform raped…" has no doer, as
    // "hommes en tenue militaire" has none; t20c had kept FARDC unless a doubt was said)
    const uniform = (UNIFORM.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore && /^(in|en|wearing|portant|with|avec)$/.test(before)) || UNIFORM.test(before) || (LINK.test(before) && (UNIFORM.test(twoBefore) || (LINK.test(twoBefore) && UNIFORM.test(tokens[start - 3]?.norm ?? ''))));
    if (uniform) return true;
    if (DISGUISE.test(before) || (LINK.test(before) && DISGUISE.test(twoBefore))) return true;
  }
  // "her brother suspected mai mai", "son fils soupçonné d'être M23"
  if (SUSPECTED.test(before) && KIN.test(twoBefore)) return true;
  if (/^(etre|being)$/.test(before) && /^(d|of)$/.test(twoBefore) && SUSPECTED.test(tokens[start - 3]?.norm ?? '') && KIN.test(tokens[start - 4]?.norm ?? '')) return true;
  // "les FARDC s'étaient retirés la veille", "the FARDC had withdrawn": another actor is who acted
  if (otherActorNamed) {
    let k = end;
    while (k < end + 3 && HAD.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (k > end && PULLED_OUT.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) return true;
  }
  return false;
}
