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

/** A lowercase word right after "group"/"groupe" that is a verb form or a common noun, not the group's name. */
export function notNameAfterGroup(norm: string): boolean {
  return PEOPLE_AFTER_GROUP.has(norm) || /^[a-z]{3,}ing$/.test(norm) || /^[a-z]{3,}ant$/.test(norm);
}
