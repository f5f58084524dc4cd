import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Everyday field traffic (reports10): families of words the earlier tables missed, in both
 * languages. Added to the keyword table by `withFieldTraffic`.
 */
const FIELD_TRAFFIC: Partial<Record<Signal, readonly Keyword[]>> = {
  // "attaq en cours", "atk on Mavivi": attack cut short in SMS
  attack: ['attaq', 'attak', 'attaks', 'attk', 'atk', 'atq', 'atak', 'atack', 'atacked', 'attac', 'attaqe', 'ataque'],
  // bodies found or taken away by a responder: "found in the fields by Red Cross", "retrouvés par la Croix-Rouge"
  response: ['found', 'recovered', 'retrieved', 'retrouve', 'retrouves', 'retrouvee', 'retrouvees', 'recuperes', 'recupere', 'exhumed', 'exhumes'],
  // Swahili said in French or English reports: "or 'tutarudi'" (we will come back), "tunakuja" (we are coming).
  threat: [
    'tutarudi', 'tutarudi tena', 'tunarudi', 'tutakuja', 'tunakuja', 'tutakuja tena', 'tutawafuata', 'tutakufuata', 'mtaona', 'utaona',
    'we will come back', 'we will be back', 'we shall return', 'nous reviendrons', 'on va revenir', 'nous allons revenir',
  ],
  // "adui yuko karibu" (the enemy is near), "wamefika" (they have arrived): armed men close by.
  movement: ['adui yuko karibu', 'adui wako karibu', 'adui yuko', 'adui wako', 'maadui wako', 'adui amefika', 'adui wamefika', 'wamefika', 'wako karibu', 'yuko karibu', 'the enemy is near', 'l ennemi est proche', 'l ennemi est tout pres'],
  // a limb lost is a wound: "lost a leg stepping on a mine", "a perdu une jambe"
  injure: [
    'lost a leg', 'lost his leg', 'lost her leg', 'lost both legs', 'lost an arm', 'lost his arm', 'lost her arm', 'lost a hand', 'lost his hand', 'lost her hand',
    'lost an eye', 'lost his eye', 'lost her eye', 'leg blown off', 'legs blown off', 'arm blown off', 'hand blown off', 'perdu une jambe', 'perdu sa jambe',
    'perdu les deux jambes', 'perdu un bras', 'perdu son bras', 'perdu une main', 'perdu sa main', 'perdu un oeil', 'perdu son oeil', 'jambe arrachee', 'jambes arrachees',
    'bras arrache', 'main arrachee', 'pied arrache',
    // (the definite article too, t24: "un enfant a perdu la main en manipulant une grenade")
    'perdu la main', 'perdu la jambe', 'perdu le bras', 'perdu le pied', 'perdu un pied', 'perdu son pied', 'perdu l oeil', 'perdu les deux mains', 'perdu ses deux mains',
    'lost a foot', 'lost his foot', 'lost her foot', 'lost both hands', 'lost both arms', 'lost a limb',
  ],
  // French "molester" is to rough up, not the English "molest": "des motards molestés par des hommes en tenue"
  torture: ['moleste', 'molestes', 'molestee', 'molestees', 'molestent', 'molestaient', 'molestait', 'molestant', 'ont moleste', 'a moleste', 'ete molestes', 'ete moleste', 'ete molestee', 'ete molestees'],
  // held with the family kept away: "family has no access", "la famille n'a pas accès à lui"
  detention: [
    'family has no access', 'families have no access', 'family had no access', 'no access to his family', 'no access to her family', 'no family access',
    'famille n a pas acces', 'familles n ont pas acces', 'sans acces a sa famille', 'sans acces a la famille', 'famille sans nouvelles', 'family without news',
  ],
  // Nobody did it: a mine pit or a house that caves in, a riot inside a prison.
  natural: [
    'collapse', 'collapsed', 'collapses', 'collapsing', 'caved in', 'cave in', 'cave-in', 'effondrement*', 'effondre', 'effondree', 'effondres',
    'se sont effondres', 's est effondre', 's est effondree', 'prison riot', 'riot in the prison', 'riot at the prison', 'mutinerie*', 'mutiny',
  ],
  // Gunfire heard as one speaks: "on entend les tirs", "we can hear shooting"; people hiding from it.
  underway: [
    'on entend', 'on entend encore', 'nous entendons', 'j entends', 'we hear', 'we can hear', 'i can hear', 'i hear', 'can be heard', 'still hear',
    'civilians hiding', 'population hiding', 'people hiding', 'residents hiding', 'civils caches', 'population cachee', 'la population se cache',
    'les civils se cachent', 'se cachent dans', 'hiding in the church', 'caches dans l eglise',
  ],
  // Displaced by fear: a population sleeping out of its homes.
  displace: [
    'dort en brousse', 'dort dans la brousse', 'dormir en brousse', 'dorment dehors', 'dort dehors', 'sleeps in the bush', 'slept in the bush',
    'sleeping outside', 'sleep outside', 'slept outside', 'passe la nuit dehors', 'passent la nuit dehors', 'nuits en brousse',
  ],
  // hearsay is no gunfire heard now: "on entend dire que…", "we hear that…"
  // "live rounds" are ammunition, not an attack going on; "area now cordoned" is the response in place
  neutral: ['live rounds', 'live round', 'live ammunition', 'live bullets', 'live fire', 'balles reelles', 'tirs a balles reelles', 'munitions reelles',
    'now cordoned', 'now cordoned off', 'now secured', 'now sealed off', 'now sealed', 'now fenced', 'now marked', 'now under control', 'now closed',
    'maintenant boucle', 'maintenant bouclee', 'desormais boucle', 'desormais bouclee', 'maintenant securise', 'maintenant securisee', 'desormais securise', 'desormais securisee',
    'tutarudi nyumbani', 'turudi nyumbani', 'kurudi nyumbani', 'tunarudi nyumbani', 'on entend dire', 'entendu dire', 'we hear that', 'we heard that', 'i hear that', 'i heard that', 'riot police', 'anti riot', 'anti-riot', 'police anti emeute', 'anti emeute'],
};

/** The keyword table with the field-traffic families added. */
export function withFieldTraffic(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(FIELD_TRAFFIC) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
