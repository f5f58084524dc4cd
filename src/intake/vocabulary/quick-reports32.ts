import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Word families behind the misses of pending reports32 (one-line quick reports, phone-typed). Added to the keyword
 * table by `withQuickReports32` (a word already there for the signal is not added twice).
 */

// Ill-treatment in custody said by what was done or threatened, not by a wound: sleep kept from the detainee, an
// electrocution threatened ("privé de sommeil et menacé d'électrocution pdt l'interrogatoire", "deprived of sleep
// for 3 days"). C22: no wound said, injured stays unknown.
const KEPT_AWAKE: readonly Keyword[] = [
  'prive de sommeil', 'privee de sommeil', 'prives de sommeil', 'privees de sommeil', 'empeche de dormir', 'empeches de dormir', 'empechee de dormir',
  'deprived of sleep', 'kept awake', 'not allowed to sleep', 'denied sleep',
  'menace d electrocution', 'menaces d electrocution', 'menacee d electrocution', 'threatened with electrocution', 'threatened with electric shocks',
  'pdt l interrogatoire', 'pdt son interrogatoire', 'durant l interrogatoire',
];

const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

// Fire named by whose it was: "hit by enemy fire", "under militia fire", "tirs ennemis" (a named group's fire, "ADF fire",
// is read by categories/group-fire.ts: an actor's name is no keyword). The noun "fire" alone is no attack.
const GROUP_FIRE: readonly Keyword[] = ['militia fire', 'rebel fire', 'enemy fire', 'hostile fire', 'sniper fire', 'tirs ennemis', 'tir ennemi', 'feu ennemi'];

// Marriage forced on women or girls said with the verb first, the word often in quotes: "forcing women into 'marriage'",
// "forcent les filles au 'mariage'", "contraintes au mariage" (the quote breaks "forced into marriage" apart).
const FORCED_MARRIAGE: readonly Keyword[] = [
  ...combine(['forcing', 'forced', 'force', 'forces'], ['women into', 'girls into', 'woman into', 'girl into', 'them into', 'her into']),
  ...combine(['forcent', 'forcant', 'obligent', 'contraignent', 'ont force', 'ont contraint'], ['les femmes au', 'les filles au', 'des femmes au', 'des filles au', 'les femmes a se marier', 'les filles a se marier']),
  'contrainte au mariage', 'contraintes au mariage', 'forcee au mariage', 'forcees au mariage', 'forcee a se marier', 'forcees a se marier',
].map((w) => [w, 'sexual_slavery'] as const);

// Where the hurt are cared for now is no attack going on: "now at MSF", "maintenant chez MSF" (as "now at hospital" in
// vocabulary/everyday-traffic-5.ts; categories/care-at-agency.ts keeps the agency from being read as attacked).
const CARED_BY_AGENCY_NOW: readonly Keyword[] = combine(['now at', 'now with', 'now in', 'maintenant chez', 'maintenant a', 'actuellement chez'], ['msf', 'icrc', 'cicr', 'alima', 'medair', 'the icrc', 'la croix rouge', 'croix rouge', 'red cross', 'the red cross']);

// Rocks thrown are stones thrown (the table held "threw stones" only): "threw rocks at a UN patrol", "rocks thrown at the
// convoy". A harm said none beside them no longer makes the attack (categories/harm-said-none.ts), so the throwing must.
const ROCKS: readonly Keyword[] = ['threw rocks', 'throwing rocks', 'thrown rocks', 'rocks thrown', 'rocks were thrown', 'pelted with rocks', 'hurled rocks', 'rock throwing', 'jete des cailloux', 'jettent des cailloux', 'lance des cailloux', 'lancent des cailloux', 'jets de cailloux'];

// A landmine named by its article, not by "mine antipersonnel" ("tué par une mine en labourant son champ", "a sauté sur une
// mine", "stepped on a mine"): the article and the verb keep the mining site ("la mine de Rubaya") out.
const LANDMINE: readonly Keyword[] = [
  ...combine(['tue', 'tues', 'tuee', 'blesse', 'blesses', 'blessee', 'mutile', 'mutilee', 'killed', 'injured', 'wounded', 'maimed'], ['par une mine', 'by a mine', 'by a landmine', 'by a land mine']),
  'saute sur une mine', 'sautee sur une mine', 'sautes sur une mine', 'marche sur une mine', 'stepped on a mine', 'stepped on a landmine', 'explosion d une mine', 'mine explosion', 'landmine', 'land mine',
];

// Return fire said to go on is fighting under way (C10): "riposte tjrs en cours", "la riposte se poursuit".
const RETURN_FIRE_GOING_ON: readonly Keyword[] = [
  ...combine(['riposte', 'la riposte'], ['en cours', 'tjrs en cours', 'toujours en cours', 'se poursuit', 'continue']),
  'ripostent toujours', 'ripostent encore', 'still returning fire', 'returning fire now', 'return fire ongoing',
];

// People spending the night away or running on a rumour have fled (C9: the rumour's group is named; the count is read by
// victims/night-away-counts.ts): "200 personnes ont dormi à l'église", "people slept at the parish", "ppl running again".
// Said with the civilians as the subject: "M23 fighters sleeping at the parish" or soldiers at a school have not fled.
const SLEEPERS = ['personnes', 'gens', 'habitants', 'villageois', 'civils', 'femmes', 'enfants', 'deplaces', 'population', 'pop', 'people', 'ppl', 'residents', 'villagers', 'civilians', 'women', 'children', 'idps'];
const NIGHT_AWAY: readonly Keyword[] = [
  ...combine(SLEEPERS, ['ont dormi', 'dorment', 'ont passe la nuit', 'passent la nuit', 'slept', 'are sleeping', 'sleeping', 'spent the night', 'spend the night']),
  'running again', 'ppl running', 'people running', 'are running away', 'bato bakimi',
];

// An armed group passing through a place, said with the verb of passing ("des wazalendo armés sont passés au marché",
// "sont repartis", "passed through Rubaya"): the movement is the report, even "sans incident" (watched presence).
const PASSED_THROUGH: readonly Keyword[] = ['sont passes', 'sont passes par', 'sont passes au', 'est passe au', 'sont repartis', 'est reparti', 'passed through', 'passing through', 'came through', 'went through'];

const QUICK_REPORTS32: Partial<Record<Signal, readonly Keyword[]>> = {
  movement: PASSED_THROUGH,
  displace: NIGHT_AWAY,
  explosive: LANDMINE,
  underway: RETURN_FIRE_GOING_ON,
  neutral: CARED_BY_AGENCY_NOW,
  sexual: FORCED_MARRIAGE,
  torture: KEPT_AWAKE,
  attack: [...GROUP_FIRE, ...ROCKS],
};

/** Adds the families above to the keyword table. */
export function withQuickReports32(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(QUICK_REPORTS32) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}
