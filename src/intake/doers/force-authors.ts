import type { Token } from '../normalize.js';

/**
 * Soldiers or policemen named as the authors of a harm are its doers (C1, C2), even when another force's arrest of them
 * is what the report tells (pending reports42): "Les FARDC ont arrêté 2 soldats auteurs du viol d'une femme", "un militaire
 * auteur du meurtre d'un motard arrêté", "2 policiers auteurs présumés des tirs", "soldiers responsible for the rape of a
 * girl", "the policeman who was the perpetrator of the shooting". The force word at i is followed by the author word,
 * then of/de and the harm. Look-alikes: "auteurs inconnus" (no force), "soldats victimes de" (they suffered it).
 */
const AUTHOR = /^(auteurs?|authors?|perpetrators?|responsables?|responsible|coupables?|culprits?)$/;
const BETWEEN = /^(presumes?|presumed|alleged|suspected|supposes?|who|were|was|the|is|are)$/;
const OF = /^(de|du|des|d|of|for)$/;
const HARM = /^(viols?|rape|rapes|meurtres?|murders?|assassinats?|killings?|tirs|shooting|shootings|coups|beating|beatings|tortures?|torture|extorsions?|extortion|pillages?|looting|vols?|exactions|bavures?|violences?|abus|agressions?|assault|enlevements?|abduction|deaths?|mort)$/;

export function forceNamedAuthor(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && BETWEEN.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
  if (!AUTHOR.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  if (BETWEEN.test(tokens[k]?.norm ?? '')) k++;
  if (!OF.test(tokens[k]?.norm ?? '')) return false;
  k++;
  if (/^(la|le|l|the|les|a|an)$/.test(tokens[k]?.norm ?? '')) k++;
  return HARM.test(tokens[k]?.norm ?? '');
}
