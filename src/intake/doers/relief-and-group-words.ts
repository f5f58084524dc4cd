/**
 * Words the group reader (doers/groups.ts) took for names of unlisted armed groups (reports37):
 * - relief bodies named by their acronym as those who collected bodies, evacuated or treated ("corps ramenés par CRC",
 *   "évacués par la CRS", "bodies collected by the CRC volunteers") are responders, never doers: the Congolese Red Cross
 *   (CRC, "CR-RDC"), the Red Cross in general (CR), Caritas, Oxfam, MDM, ALIMA, the IRC;
 * - after "group"/"groupe" a lowercase word is a group's name only when it is no verb or common noun: "an ADF group
 *   passing towards Mayimoya", "un groupe passant par Mayangose" (a participle, English -ing or French -ant), "un groupe
 *   de militaires ivres", "a group of soldiers" (the host force or people, read as such by doers/host-forces.ts).
 */
export const RELIEF_ACRONYMS: readonly string[] = ['crc', 'crs', 'cr', 'croix', 'caritas', 'oxfam', 'mdm', 'alima', 'irc', 'drc', 'cicr', 'icrc', 'ifrc'];

const PEOPLE_AFTER_GROUP: ReadonlySet<string> = new Set([
  'militaires', 'soldats', 'soldiers', 'troops', 'policiers', 'policemen', 'police', 'military', 'bandits', 'voleurs', 'thieves', 'miliciens',
  'militiamen', 'combattants', 'fighters', 'elements', 'individus', 'individuals', 'assaillants', 'attackers', 'gunmen', 'hommes', 'garcons',
  'boys', 'enfants', 'children', 'femmes', 'deplaces', 'displaced', 'commercants', 'traders', 'motards', 'creuseurs', 'miners', 'pecheurs',
]);

// What the group does, said right after it ("the group demands fish and cash", "le groupe exige du poisson", "le groupe
// réclame 400$", "the group wants $100 each": reports47): a verb, not a name.
const VERBS_AFTER_GROUP: ReadonlySet<string> = new Set([
  'demands', 'demand', 'wants', 'want', 'asks', 'ask', 'says', 'said', 'claims', 'holds', 'keeps', 'takes', 'took', 'has', 'have', 'had', 'is', 'was',
  'were', 'are', 'still', 'also', 'threatens', 'imposes', 'controls', 'continues', 'came', 'left', 'refuses', 'exige', 'exigent', 'reclame', 'reclament',
  'veut', 'veulent', 'demande', 'demandent', 'dit', 'disent', 'a', 'ont', 'est', 'sont', 'garde', 'gardent', 'detient', 'detiennent', 'retient',
  'retiennent', 'menace', 'menacent', 'impose', 'imposent', 'controle', 'controlent', 'continue', 'continuent', 'refuse', 'refusent', 'toujours',
  'aussi', 'prend', 'prennent', 'revendique', 'revendiquent', 'aurait', 'auraient', 'avait', 'avaient',
]);

/** A lowercase word right after "group"/"groupe" that is a verb form or a common noun, not the group's name. */
export function notNameAfterGroup(norm: string): boolean {
  return PEOPLE_AFTER_GROUP.has(norm) || VERBS_AFTER_GROUP.has(norm) || /^[a-z]{3,}ing$/.test(norm) || /^[a-z]{3,}ant$/.test(norm) || /^[a-z]{3,}ed$/.test(norm);
}
