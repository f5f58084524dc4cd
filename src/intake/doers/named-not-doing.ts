import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

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
// (the words of UNIFORM, DISGUISE, SUSPECTED and PULLED_OUT: one of them is needed)
const NOT_DOING_SAID = trigger([
  ...['uniform', 'uniforms', 'uniforme', 'uniformes', 'tenue', 'tenues', 'fatigues'],
  ...['disguised', 'deguise', 'deguises', 'deguisee', 'deguisees', 'dressed', 'habille', 'habilles', 'habillee', 'habillees', 'posing', 'pretending'],
  ...['suspected', 'soupconne', 'soupconnee', 'soupconnes', 'soupconnees', 'accused', 'accuse', 'accusee', 'presume', 'presumee', 'suspect'],
  ...['retire', 'retires', 'retiree', 'retirees', 'withdrew', 'withdrawn', 'repli', 'replie', 'replies', 'repliees', 'abandoned', 'decroche', 'decroches', 'pulled'],
]);
const HAD = /^(s|etaient|etait|sont|est|se|had|have|has|already|deja|ont|a|avaient|avait)$/;

// "she does not know if they were real soldiers", "de faux militaires", "ne sait pas si c'étaient des policiers"
const DOUBT = /^(real|genuine|vrais|vrai|veritables|fake|faux|fausses|impostors?|imposteurs?|unsure|sure|sur|sait|savent|know|knows|whether)$/;
function doubtSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t) => DOUBT.test(t.norm));
}

/** The host force at [start, end) is named only by the uniform others wore, or as a suspected membership, or as having left. */
export function namedNotDoing(tokens: readonly Token[], start: number, end: number, hostState: boolean, otherActorNamed: boolean): boolean {
  if (!said(tokens, NOT_DOING_SAID)) return false;
  const before = tokens[start - 1]?.norm ?? '';
  const twoBefore = tokens[start - 2]?.norm ?? '';
  if (hostState) {
    // "in FARDC uniform", "en tenue FARDC", "en tenue des FARDC", "disguised as soldiers of the FARDC"
    // (the uniform alone names them, "men in FARDC uniform raped…" stays FARDC: only a doubt said about who wore it clears them)
    const uniform = (UNIFORM.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore && /^(in|en|wearing|portant|with|avec)$/.test(before)) || UNIFORM.test(before) || (LINK.test(before) && (UNIFORM.test(twoBefore) || (LINK.test(twoBefore) && UNIFORM.test(tokens[start - 3]?.norm ?? ''))));
    if (uniform && doubtSaid(tokens)) return true;
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
