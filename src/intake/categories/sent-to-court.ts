import type { Token } from '../normalize.js';

/**
 * People arrested and handed to the courts: "2 ADF suspects arrested by FARDC and handed to the auditorat", "3 présumés
 * bandits arrêtés, acheminés au parquet", "déférés devant l'auditorat militaire". The hand-over is the lawful course
 * (the main corpus reads "arrestation de 3 présumés bandits armés … acheminés au parquet" as `other`, low; C1/C2: forces
 * arresting suspects are responders). Words of an arbitrary arrest ("without charge", "sans mandat", "innocent",
 * "arbitraire", "no access") keep the detention (r34en-061 "FARDC arrested 3 suspected ADF collaborators, civil society
 * says they are innocent farmers").
 */
const COURT: ReadonlySet<string> = new Set(['auditorat', 'auditorate', 'auditeur', 'parquet', 'tribunal', 'court', 'courts', 'prosecutor', 'procureur', 'justice', 'magistrate', 'magistrat']);
const HANDED = /^(handed|transferred|sent|brought|taken|referred|remis|remises?|transferes?|transferees?|achemines?|acheminees?|deferes?|deferees?|envoyes?|envoyees?|conduits?|presentes?)$/;
const ARBITRARY = /^(arbitrary|arbitraires?|illegal\w*|illegale?s?|innocents?|mandat|warrant|charges?|incommunicado|secret|unlawful\w*)$/;

const NOT = /^(sans|without|not|never|pas|jamais|ni|yet|encore)$/;
const CULPRIT = /^(suspects?|suspected|presumes?|presumees?|presumed|alleged|bandits?|voleurs?|thie(f|ves)|criminals?|criminels?|malfaiteurs?|auteurs?|coupables?|culprits?|robbers?|braqueurs?|kidnappers?|ravisseurs?)$/;
export function sentToCourt(tokens: readonly Token[]): boolean {
  let court = -1;
  for (let i = 0; i < tokens.length; i++) if (COURT.has(tokens[i]!.norm)) court = i;
  if (court < 0) return false;
  let handed = -1;
  for (let k = court - 1; k >= 0 && k >= court - 5; k--) if (HANDED.test(tokens[k]!.norm)) handed = k;
  if (handed < 0) return false;
  // ("détenu depuis 9 jours sans être présenté au parquet", "not brought before a magistrate": the hand-over denied)
  for (let k = handed - 1; k >= 0 && k >= handed - 3; k--) if (NOT.test(tokens[k]!.norm)) return false;
  // (those handed over are named as suspects: "7 personnes détenues par l'ANR transférées au parquet" stays a detention)
  return tokens.some((t) => CULPRIT.test(t.norm)) && !tokens.some((t) => ARBITRARY.test(t.norm));
}
