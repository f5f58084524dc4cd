import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * A remote base's month of traffic, mostly phone-typed (reports18): families of words the earlier tables missed, in
 * both languages, SMS spellings and the Swahili/Lingala of the field. Added to the keyword table by `withT18`.
 */

const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

// Turned away at the entrance or a border closed ("patrouille refusée à l'entrée de", "trucks refused", "border closed by M23").
const TURNED_AWAY: readonly Keyword[] = [
  ...combine(['refuse', 'refusee', 'refuses', 'refusees', 'refoulee', 'refoules'], ['a l entree', 'a l entree de', 'au poste', 'a la barriere', 'a la frontiere']),
  ...combine(['refused', 'turned away', 'stopped'], ['at the entrance', 'at the gate', 'at the border', 'at the barrier']),
  ...combine(['trucks', 'truck', 'convoy', 'convoys', 'lorries', 'camions', 'camion', 'convoi', 'convois', 'vehicules'], ['refused', 'refuses', 'refuse', 'turned back', 'turned away']),
  'border closed', 'closed the border', 'closes the border', 'closing the border', 'border shut', 'shut the border', 'frontiere fermee', 'frontiere bloquee', 'ferme la frontiere', 'ferment la frontiere', 'fermeture de la frontiere', 'mpaka imefungwa', 'wamefunga mpaka', 'wamefunga barabara', 'barabara imefungwa',
];

// Ordnance lying unexploded, in Swahili and French ("bomu haijalipuka", "restes de munitions ds un champ", "old shell").
const ORDNANCE_LEFT: readonly Keyword[] = [
  ['bomu', 'explosive'], ['mabomu', 'explosive'], ['bombu', 'explosive'], ['haijalipuka', 'erw'], ['isiyolipuka', 'erw'], ['hayajalipuka', 'erw'], ['yasiyolipuka', 'erw'],
  ...combine(['reste', 'restes', 'debris', 'residus'], ['de munitions', 'de munition', 'd obus', 'de bombe', 'de bombes', 'de guerre']).map((w) => [w, 'erw'] as const),
  ...combine(['munitions', 'obus', 'grenade', 'grenades', 'bombe', 'bombes', 'roquette', 'roquettes'], ['abandonnee', 'abandonnees', 'abandonne', 'abandonnes', 'trouvee', 'trouvees', 'ramassee', 'ramassees', 'ramasse', 'ramasses']).map((w) => [w, 'erw'] as const),
  ...combine(['old', 'unexploded', 'abandoned', 'leftover', 'rusty'], ['shell', 'shells', 'mortar', 'mortar round', 'rocket', 'grenade', 'munitions', 'ammunition', 'ammo']).map((w) => [w, 'erw'] as const),
  ['vieil obus', 'erw'], ['vieux obus', 'erw'], ['vieille grenade', 'erw'], ['vieilles munitions', 'erw'],
];

// Communities quarrelling without arms: words traded, a market or a pit disputed ("se disputent le marché", "incidents
// verbaux", "exchanging threats", "2 cmties fighting w sticks").
const QUARREL: readonly Keyword[] = [
  'se disputent', 'se disputant', 'se sont disputes', 'se disputaient', 'incidents verbaux', 'incident verbal', 'echanges verbaux', 'echange verbal', 'altercation verbale', 'altercations verbales', 'prise de bec', 'verbal exchange*', 'verbal clash*', 'verbal altercation*', 'war of words',
  'exchanging threats', 'exchanged threats', 'exchange threats', 'trading threats', 'echangent des menaces', 'echange de menaces', 'echanges de menaces', 'se lancent des menaces',
  // (t25: insults traded between communities, "s'insultent", "échangent des injures")
  's insultent', 's insultaient', 's injurient', 'echangent des insultes', 'echangent des injures', 'exchanging insults', 'exchanged insults',
  'risk of clash', 'risk of clashes', 'risk of confrontation', 'risk of violence', 'risque d affrontement', 'risque d affrontements', 'risque de confrontation', 'risque de heurts', 'risque de violences',
  '2 cmties', 'two cmties', '2 communities', 'two communities', 'both communities', 'the two communities', '2 communautes', 'deux communautes', 'les deux communautes', '2 cmtes', '2 comm',
  'with sticks', 'w sticks', 'avec des batons', 'a coups de batons', 'aux batons',
];

// A group gathered or present in numbers, in Lingala, Swahili and SMS ("bazali kosangana na Kipese", "wamekusanyika",
// "env 60 elemts armes"): the presence is the report when no harm is told.
const GATHERED: readonly Keyword[] = [
  'kosangana', 'basangani', 'bazali kosangana', 'bakoti', 'bakoti na', 'bazali kotambola', 'wamekusanyika', 'wanakusanyika', 'wamejikusanya', 'wamepiga kambi', 'wameweka kambi',
  ...combine(['elemts', 'elts', 'elements', 'elmts'], ['armes']),
  'armed elements', 'armed elts', 'armed elemts',
];

// Aid agencies by their names, where the bare name is an everyday word only the following noun makes an agency
// ("WHO staff", "ACTED car", "Concern Worldwide"), and acronyms seen in eastern DRC's traffic ("OMS", "ALIMA", "COOPI").
const AGENCY_NOUNS = ['staff', 'team', 'teams', 'car', 'cars', 'vehicle', 'vehicles', 'convoy', 'truck', 'trucks', 'office', 'compound', 'agent', 'agents', 'driver', 'nurse', 'nurses', 'worker', 'workers', 'employee', 'employees'];
const AGENCIES: readonly Keyword[] = [
  ...combine(['who', 'acted'], AGENCY_NOUNS),
  'oms', 'l oms', 'agents de l oms', 'equipe de l oms', 'alima', 'medair', 'intersos', 'coopi', 'avsi', 'tearfund', 'zoa', 'adra', 'fao', 'unfpa', 'irc', 'acf', 'action contre la faim', 'action against hunger',
  'concern worldwide', 'handicap international', 'humanity and inclusion', 'medecins du monde', 'mdm', 'premiere urgence', 'pui', 'solidarites international', 'samaritan s purse', 'international medical corps', 'imc', 'msf staff', 'personnel humanitaire', 'staff humanitaire',
];

// Told never to come back: a warning to stay away is a threat ("staff told never to come back", "sommés de ne plus revenir").
const NEVER_BACK: readonly Keyword[] = [
  ...combine(['told', 'warned', 'ordered'], ['never to come back', 'not to come back', 'never to return', 'not to return', 'never to set foot', 'to never come back']),
  ...combine(['de ne plus', 'de ne jamais', 'sommes de ne plus', 'sommes de ne jamais'], ['revenir', 'remettre les pieds', 'y retourner', 'y remettre les pieds']),
  'msirudi tena', 'msirudi hapa', 'wasirudi tena',
];

// French "violer" in the present and the infinitive, read as rape only with women or children as its object ("des
// éléments violent des femmes"): "violent" alone is the English adjective, and "violent la loi / les droits" is no rape.
const RAPE_VERB: readonly Keyword[] = combine(
  ['violent', 'violant', 'violer', 'viole', 'violeront', 'violera'],
  ['des femmes', 'les femmes', 'une femme', 'la femme', 'leurs femmes', 'nos femmes', 'des filles', 'les filles', 'une fille', 'la fille', 'nos filles', 'des fillettes', 'une fillette', 'des mineures', 'une mineure', 'des enfants', 'les enfants', 'des deplacees', 'les deplacees', 'des jeunes filles', 'des ecolieres', 'des veuves', 'des meres'],
);

// A people named by a slur or called to be killed: "'kill the cockroaches'", "a traité les Banande de 'complices ADF'".
// (the kill is the incitement's, not a killing; "treated the wounded" names no people)
const PEOPLES = ['banande', 'nande', 'wanande', 'hema', 'lendu', 'hutu', 'tutsi', 'banyamulenge', 'bira', 'alur', 'hunde', 'bahunde', 'havu', 'tembo', 'twa', 'pygmees', 'bashi', 'shi', 'barega', 'lega', 'babembe', 'bembe', 'bafuliiru', 'fuliiru', 'banyarwanda', 'rwandophones', 'rwandais', 'kinyarwandophones', 'swahiliphones', 'baluba', 'luba'];
const SLURRED: readonly Keyword[] = [
  ...combine(['kill the', 'kill all the', 'kill all', 'tuez les', 'tuer les', 'tuons les', 'tuer tous les', 'chase the', 'chassez les', 'chasser les', 'burn the', 'brulez les'], ['cockroaches', 'snakes', 'vermin', 'inyenzi', 'cafards', 'serpents', 'cancrelats', 'vermines', ...PEOPLES]),
  ...combine(['a traite les', 'ont traite les', 'traite les', 'traitant les', 'traitent les', 'a qualifie les', 'qualifie les', 'qualifiant les', 'branded the', 'labelled the', 'labeled the'], PEOPLES),
];

// Villages or homes left, in the indicative (an order to leave is a threat): "pop quitte les villages par crainte de",
// "ont quitté leurs maisons", "left their villages", "deserted the village".
const HOMES_LEFT: readonly Keyword[] = [
  ...combine(['quitte', 'quittent', 'ont quitte', 'a quitte', 'quittant', 'quittaient', 'avaient quitte', 'abandonne', 'abandonnent', 'ont abandonne', 'desertent', 'ont deserte'], ['les villages', 'le village', 'leurs villages', 'leur village', 'leurs maisons', 'leurs domiciles', 'leurs habitations', 'la localite', 'le quartier', 'leurs foyers']),
  ...combine(['left', 'leaving', 'abandoned', 'abandoning', 'deserted', 'deserting', 'fled'], ['their villages', 'their village', 'their homes', 'the villages', 'the village', 'their houses']),
];

// Held with no one let in to see them: the detention is the report, not an access denied ("pas d'accès à la famille",
// "no family visits", "incommunicado", "détenu au secret").
const HELD_INCOMMUNICADO: readonly Keyword[] = [
  ...combine(['pas d acces', 'sans acces', 'aucun acces', 'no access', 'without access'], ['a la famille', 'a leur famille', 'a sa famille', 'aux familles', 'a un avocat', 'a leurs avocats', 'to family', 'to their family', 'to his family', 'to her family', 'to families', 'to a lawyer', 'to lawyers']),
  'no family visits', 'no visits allowed', 'visites interdites', 'pas de visites', 'incommunicado', 'detenu au secret', 'detenus au secret', 'detenue au secret', 'held in secret', 'gardes au secret', 'garde au secret',
];

// An order with a punishment for not obeying is a threat: "ordered all men to attend meetings or pay fine", "sommés de
// venir sous peine d'amende", "sinon ils seront punis". (A fine alone, "paid a fine at the barrier", is no ultimatum.)
const ULTIMATUM: readonly Keyword[] = [
  ...combine(['or', 'or else', 'otherwise', 'failing which', 'under pain of', 'sinon', 'ou', 'ou bien', 'faute de quoi', 'au risque de', 'sous peine de', 'la sivyo', 'ama'], ['pay fine', 'pay a fine', 'pay fines', 'pay a penalty', 'pay penalties', 'be fined', 'face a fine', 'face fines', 'face punishment', 'be punished', 'be beaten', 'be whipped', 'be jailed', 'be arrested', 'payer une amende', 'payer l amende', 'payer des amendes', 'une amende', 'amende', 'amendes', 'etre puni', 'etre punis', 'etre fouette', 'etre fouettes', 'etre arrete', 'etre arretes', 'punition', 'punitions', 'kulipa faini', 'faini']),
  'sous peine d amende', 'sous peine d amendes', 'sous peine d etre', 'sous peine de sanctions', 'on pain of',
];

// Thieves said to carry no arms: "pas d'arme vue", "sans armes", "non armés", "no weapon seen", "unarmed thieves". With
// no arms, a health centre or school burgled is a theft (C13's exception), not an attack by armed men.
const UNARMED: readonly Keyword[] = [
  'pas d arme vue', 'pas d armes vues', 'pas d arme', 'pas d armes', 'aucune arme vue', 'sans arme', 'sans armes', 'non arme', 'non armes', 'non armee', 'non armees',
  'n etaient pas armes', 'n etait pas arme', 'pas armes', 'no weapon seen', 'no weapons seen', 'no gun seen', 'no guns seen', 'no arms seen', 'not armed', 'were not armed', 'was not armed',
  'unarmed thieves', 'unarmed thief', 'unarmed burglars', 'unarmed men', 'unarmed youths', 'unarmed bandits', 'bila silaha', 'hawakuwa na silaha', 'hakuwa na silaha',
].map((w) => [w, 'unarmed'] as const);

// Armed men come down from the hills to a town: a movement ("FRPI descendus des collines vers la cité", "came down from the
// hills", "wameshuka"). Not "descendu" alone (slang for shot dead) nor "descente de police" (a raid).
const CAME_DOWN: readonly Keyword[] = [
  ...combine(['descendus', 'descendu', 'descendue', 'descendent', 'descendaient', 'sont descendus', 'est descendu', 'redescendus', 'redescendent'], ['des collines', 'de la colline', 'des montagnes', 'de la montagne', 'des hauteurs', 'de la brousse', 'vers', 'dans la cite', 'sur la cite', 'au village', 'en ville', 'dans le village']),
  ...combine(['came down', 'coming down', 'come down', 'comes down', 'descended', 'descending'], ['from the hills', 'from the hill', 'from the mountains', 'from the bush', 'to the town', 'to the village', 'into the town', 'into the village', 'on the town', 'on the village', 'towards', 'into']),
  'wameshuka', 'wanashuka', 'walishuka',
];

// Where the victims are now is care, not an attack going on: "3 women raped …, now at the CS", "blessés actuellement à
// l'HGR", "sasa hospitali".
const CARED_NOW: readonly Keyword[] = combine(
  ['now at', 'now in', 'currently at', 'currently in', 'actuellement a', 'actuellement au', 'actuellement a l', 'maintenant a', 'maintenant au', 'maintenant a l', 'sasa', 'sasa hivi'],
  ['the cs', 'cs', 'the csr', 'the hospital', 'hospital', 'the hgr', 'hgr', 'the clinic', 'the health centre', 'the health center', 'hopital', 'cs', 'csr', 'hgr', 'clinique', 'la clinique', 'centre de sante', 'hospitali', 'kituo cha afya'],
);

// Access refused TO someone named between the verb and the access: "FARDC refusent à UNPOL l'accès au cachot", "la PNC
// interdit aux ONG l'accès au site", "wamekataza MONUSCO kuingia".
const REFUSED_TO = ['refuse', 'refusent', 'ont refuse', 'a refuse', 'refusant', 'refusaient', 'interdit', 'interdisent', 'ont interdit', 'a interdit', 'bloque', 'bloquent', 'denient', 'nient'];
const WHOM = ['a unpol', 'a la monusco', 'a l onu', 'aux ong', 'a l ong', 'aux humanitaires', 'a la mission', 'a la force', 'aux casques bleus', 'a l equipe', 'a la patrouille', 'aux enqueteurs', 'a la croix rouge', 'au cicr', 'aux agents', 'aux observateurs', 'au bcnudh', 'au bdh', 'aux hro', 'aux avocats', 'aux familles', 'a la presse', 'aux journalistes', 'aux partenaires', 'nous', 'leur', 'lui'];
const ACCESS_REFUSED_TO: readonly Keyword[] = [
  ...REFUSED_TO.flatMap((v) => WHOM.map((w) => `${v} ${w} l acces`)),
  'wamekataza monusco kuingia', 'wamekataa monusco kuingia', 'wamezuia monusco kuingia', 'wamekataza unpol kuingia',
];

// Herders carrying arms are armed men, not one of two communities quarrelling: "armed herders threatening farmers",
// "bouviers armés", "Mbororo armés", "wafugaji wenye silaha".
const ARMED_HERDERS: readonly Keyword[] = [
  ...combine(['armed'], ['herders', 'herdsmen', 'cattle herders', 'cattle keepers', 'pastoralists', 'cowherds', 'mbororo', 'bororo']),
  ...combine(['bouviers', 'eleveurs', 'vachers', 'pasteurs', 'mbororo', 'bororo', 'gardiens de vaches', 'gardiens de betail'], ['armes', 'en armes', 'lourdement armes']),
  'wafugaji wenye silaha', 'wachungaji wenye silaha',
];

// A limb lost, in SMS with no article: "boy (9) lost leg stepping on a landmine", "a perdu jambe", "lost both legs".
const LIMB_LOST: readonly Keyword[] = combine(
  ['lost', 'loses', 'losing', 'a perdu', 'ont perdu', 'perdu', 'amputated', 'ampute', 'amputee'],
  ['leg', 'arm', 'foot', 'hand', 'eye', 'legs', 'arms', 'feet', 'hands', 'fingers', 'both legs', 'both arms', 'both feet', 'his leg', 'her leg', 'his arm', 'her arm', 'jambe', 'bras', 'pied', 'main', 'oeil', 'doigts', 'les deux jambes', 'une jambe', 'un bras', 'un pied', 'une main', 'un oeil', 'sa jambe', 'son bras', 'son pied', 'sa main', 'son oeil', 'de la jambe', 'du bras', 'du pied'],
);

const T18: Partial<Record<Signal, readonly Keyword[]>> = {
  access: [...TURNED_AWAY, ...ACCESS_REFUSED_TO],
  explosive: ORDNANCE_LEFT,
  tension: QUARREL,
  movement: [...GATHERED, ...CAME_DOWN],
  humanitarian: AGENCIES,
  threat: [...NEVER_BACK, ...ULTIMATUM],
  neutral: UNARMED,
  armed: ARMED_HERDERS,
  injure: LIMB_LOST,
  response: CARED_NOW,
  sexual: RAPE_VERB,
  hate: SLURRED,
  displace: HOMES_LEFT,
  detention: HELD_INCOMMUNICADO,
};

export function withT18(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(T18) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
