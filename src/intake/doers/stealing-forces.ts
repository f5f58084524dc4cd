/**
 * Theft said with the everyday verb (reports31): "policiers ont volé les téléphones des passagers", "des militaires ont
 * volé des chèvres", "police officers robbed passengers", "des policiers ont dérobé l'argent d'un commerçant". C1 and C2
 * name the police or the army who loot; host-forces' list of harm verbs held "pillé", "stole", "looted" but not these.
 * A word test on the verb after the force only (doers/accused-and-barriers.ts moreHarm).
 */
const STEALING = /^(vol(e|es|ee|ees|ent|aient|ait|er|ant)|derob\w*|depouill\w*|robbed|rob|robs|robbing)$/;

export const stealingVerb = (n: string): boolean => STEALING.test(n);
