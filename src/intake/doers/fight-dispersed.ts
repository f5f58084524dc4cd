import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The police or army that broke up a fight between civilians did not do its harm (reports27): "Banyamulenge and
 * Bafuliiru youths fought at Lemera market, 3 injured, PNC dispersed them", "bagarre entre jeunes à Baraka, 3 blessés,
 * la PNC les a dispersés", "brawl between moto drivers, police separated them". C1 names police who disperse by force as
 * doers: a crowd or protest they dispersed ("PNC dispersed the protesters with tear gas, 3 injured") stays theirs; only
 * a fight told first, whose sides are people, with the force dispersing "them" / "les" after it, is a response.
 */
const FOUGHT = /^(fought|fight|fighting|brawl|brawled|brawling|scuffle|scuffles|bagarre|bagarres|bagarres|se battent|battus|battaient|rixe|rixes|affrontement|affrontements|clashed|clash|clashes|quarrel|quarreled|quarrelled|bataille|disputent|disputaient|dispute|disputes|disputed|disputing|querelle|querelles|altercation|altercations)$/; // (a quarrel the force separated: "éleveurs et pêcheurs se disputent …, la PNC a séparé les deux groupes", reports39)
const DISPERSED = /^(dispersed|disperse|dispersing|separated|separate|disperses|disperse|disperse|dispersee|disperses|separes|separe|calmed|broke|calme|calmer|restored|retabli|ramene|intervened|intervenu|intervenue)$/; // ("la PNC a calmé la situation", "police restored calm": reports39)
// (the fight, then the force that dispersed it: the words of FOUGHT, "se battent" aside, and of DISPERSED)
const FOUGHT_SAID = trigger(['fought', 'fight', 'fighting', 'brawl', 'brawled', 'brawling', 'scuffle', 'scuffles', 'bagarre', 'bagarres', 'battus', 'battaient', 'rixe', 'rixes', 'affrontement', 'affrontements', 'clashed', 'clash', 'clashes', 'quarrel', 'quarreled', 'quarrelled', 'bataille', 'disputent', 'disputaient', 'dispute', 'disputes', 'disputed', 'disputing', 'querelle', 'querelles', 'altercation', 'altercations']);
const DISPERSED_SAID = trigger(['dispersed', 'disperse', 'dispersing', 'separated', 'separate', 'disperses', 'dispersee', 'separes', 'separe', 'calmed', 'broke', 'calme', 'calmer', 'restored', 'retabli', 'ramene', 'intervened', 'intervenu', 'intervenue']);
const THEM = /^(them|the|les|l|y|a|ont|has|have|had|quickly|vite)$/;
const FORCE_VERB_GAP = 3;

export function dispersedAFight(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, FOUGHT_SAID) || !said(tokens, DISPERSED_SAID)) return false;
  // the fight told before the force
  if (!tokens.slice(0, start).some((t) => FOUGHT.test(t.norm))) return false;
  // ("la PNC les a dispersés", "PNC dispersed them", "police separated the two sides")
  for (let k = end; k < end + FORCE_VERB_GAP && k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (DISPERSED.test(w)) return !tokens.slice(end, k + 1).some((t) => t.breakBefore) && !tokens.slice(k + 1, k + 4).some((t) => /^(tear|gaz|lacrymogenes?|bullets|balles|live|force)$/.test(t.norm));
    if (!THEM.test(w)) return false;
  }
  return false;
}
