import type { Token } from '../normalize.js';

/**
 * The group people are accused or suspected of belonging to is the charge, not a doer (reports29): "militaires
 * burundais ont arrêté 5 jeunes accusés d'être des Red Tabara", "3 youths arrested, suspected of being M23",
 * "soupçonnés d'être des éléments Wazalendo", "accused of collaborating with the ADF", "accusés de complicité avec
 * les CODECO". The group named after "accusé(s) d'être / suspected of being" (a few article or member words between)
 * is who the victims are said to be; "accused the M23 of killing" keeps the M23 (doers/accused-person.ts). The charge said as a
 * noun too: "arrested on suspicion of being ADF", "pour soupçon d'appartenance aux Mai-Mai", "on charges of collaborating with M23".
 */
const CHARGED = new Set(['suspicion', 'soupcon', 'soupcons', 'accusation', 'accusations', 'charges', 'charge', 'accuse', 'accuses', 'accusee', 'accusees', 'accused', 'soupconne', 'soupconnes', 'soupconnee', 'soupconnees', 'suspected', 'suspecte', 'suspectes', 'suspectee', 'suspectees', 'presumes', 'presume', 'alleged', 'allegedly', 'taxes', 'taxe']);
const BE = new Set(['etre', 'being', 'be', 'collaborer', 'collaborating', 'collaboration', 'complicite', 'working', 'travailler', 'belonging', 'appartenir', 'appartenance', 'spying', 'supporting', 'soutenir']);
const LINK = /^(d|de|du|des|of|to|the|les|la|le|l|a|an|with|avec|for|pour|aux|au|members?|membres?|elements?|elts|combattants|fighters|miliciens|militiamen|collaborateurs?|collaborators?|complices?|accomplices?|rebels?|rebelles?)$/;

export function chargedAsGroup(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k >= start - 4 && LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore || !BE.has(tokens[k]!.norm)) return false;
  const of = k - 1;
  if (!/^(d|de|of|to)$/.test(tokens[of]?.norm ?? '')) return false;
  return CHARGED.has(tokens[of - 1]?.norm ?? '');
}
