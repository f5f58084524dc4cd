import { withoutPrototype } from '../lookup-table.js';
import type { VictimKey } from '../../domain/alert.js';
import { SHORTHAND_PERSONS, SHORTHAND_VICTIM_VERBS } from '../shorthand-words.js';
import { SWAHILI_VICTIM_NOUNS, SWAHILI_VICTIM_VERBS } from '../swahili-verbs.js';
import { MORE_VICTIM_NOUNS } from '../constructions/tolls-and-danger.js';
import { PASSERS_BY } from '../vocabulary/passers-by.js';
import { SMS_PERSONS, SW_ARRIVED, SW_TOOK_PEOPLE, smsVictimVerbs } from '../vocabulary/everyday-traffic-5.js';
import { PHONE_TYPED_VICTIM_VERBS } from '../vocabulary/phone-typed.js';
import { NIGHT_PHONE_VICTIM_VERBS } from '../vocabulary/night-phone.js';
import { LINGALA_SWAHILI_VICTIM_VERBS } from '../vocabulary/lingala-swahili-harm.js';
import { QUICK_REPORT_VICTIM_NOUNS, QUICK_REPORT_VICTIM_VERBS } from '../vocabulary/quick-report-counts.js';

/**
 * The words of victim counts, English and French, as typed in field reports: what was done to people
 * (verbs and nouns that count), who is counted, and the small words around a count. Normalised forms
 * (no accents, lower case). `categories/keywords.ts` holds the category keywords.
 */

/** Victim verbs (and nouns that count victims, like "morts", "otages") → the count they feed. */
export const VICTIM_VERBS: Record<string, VictimKey> = withoutPrototype(Object.fromEntries([
  ...['killed', 'dead', 'died', 'murdered', 'massacred', 'slain', 'executed', 'beheaded', 'bodies', 'corpses', 'tue', 'tues', 'tuee', 'tuees',
    'mort', 'morts', 'morte', 'mortes', 'decedes', 'decedees', 'decede', 'decedee', 'massacres', 'massacrees', 'massacre', 'massacree',
    'assassines', 'assassinees', 'assassine', 'assassinee', 'abattus', 'abattues', 'abattu', 'abattue', 'executes', 'execute', 'executee',
    'executees', 'decapites', 'decapite', 'decapitee', 'decapitees', 'decapitated', 'corps', 'cadavres', 'cadavre', 'body', 'corpse',
    'killing', 'killings', 'assassinat', 'assassinats', 'meurtre', 'meurtres', 'egorge', 'egorges', 'egorgee', 'egorgees', 'lynched',
    'lynche', 'lynches', 'lynchee', 'fusille', 'fusilles', 'perished', 'deaths', 'death', 'fatalities', 'murder', 'murders', 'deces',
    'tuant', 'kill', 'kills', 'tuer', 'massacring', 'executing', 'murdering', 'beheading', 'kld', 'killd', 'kiled', 'morts', 'mrts', 'lynchage',
    'lynching', 'lynchages', 'throats', 'throat', 'gorges', 'gorge', 'slaughtered', 'butchered', 'execution', 'executions', 'succombe', 'succombes', 'succombee', 'succombees', 'succumbed',
    // ("3 drowned", "2 noyés": an accident's dead are counted, r13-fr-073)
    'drowned', 'noyes', 'noyees',
    'dies', 'meurent', 'mourir', 'kild', 'mrt', 'mrte', 'massacrer', 'executer', 'assassiner', 'egorger', 'abattre', 'fusiller', 'decapiter',
    // "une femme enceinte éventrée par les ADF": disembowelled is killed
    'eventre', 'eventres', 'eventree', 'eventrees', 'disembowelled', 'disemboweled']
    .map((w) => [w, 'killed'] as const),
  ...['injured', 'wounded', 'hurt', 'maimed', 'blesse', 'blesses', 'blessee', 'blessees', 'mutiles', 'mutile', 'mutilee', 'mutilees',
    'injuring', 'wounding', 'blessant', 'injuries', 'blessures', 'stabbed', 'poignarde', 'poignardes', 'poignardee', 'poignardees',
    'hospitalised', 'hospitalized', 'ampute', 'amputes', 'amputee', 'amputees', 'amputated', 'hospitalise', 'hospitalises', 'hospitalisee', 'hospitalisees', 'wnded', 'wndd', 'injd', 'injrd', 'blss',
    'blsses', 'bles', 'bless', 'blesser',
    // a blade's wounds: "man hacked with a machete" ("hacked to death" stays a killing)
    'hacked', 'slashed']
    .map((w) => [w, 'injured'] as const),
  ...['abducted', 'kidnapped', 'taken', 'hostage', 'hostages', 'enleve', 'enleves', 'enlevee', 'enlevees', 'kidnappes', 'kidnappees',
    'kidnappe', 'kidnappee', 'otage', 'otages', 'emmenes', 'emmene', 'emmenee', 'emmenees', 'abducting', 'kidnapping', 'abduction',
    'enlevement', 'enlevements', 'abductions', 'kidnappings', 'abduct', 'abducts', 'kidnap', 'kidnaps', 'enlevant', 'enlever', 'rapt',
    // French SMS with one p: "kidnapé hier un chauffeur"
    'kidnape', 'kidnapes', 'kidnapee', 'kidnapees',
    'kidnaped', 'abductd', 'enlvs', 'enlv', 'enlvees', 'captured', 'capture', 'captures', 'capturees', 'seized', 'grabbed', 'ravisseurs',
    'kidnappers', 'abductors', 'sequestre', 'sequestres', 'sequestree', 'sequestrees', 'marched', 'whisked', 'snatched',
    // taken away by force, in more words: "amenés en brousse", "emportées par les CODECO", "enlvmt de 2 motards"
    'amene', 'amenes', 'amenee', 'amenees', 'emporte', 'emportes', 'emportee', 'emportees', 'ravi', 'ravis', 'ravie', 'ravies',
    'enlvmt', 'enlvmts', 'enlevmt', 'enlevmts', 'kidnapper', 'sequestrer', 'took',
    // picked up by armed men or bandits (C23): "2 mamans ramassées par des bandits"
    'ramasse', 'ramasses', 'ramassee', 'ramassees', 'ramase', 'ramases', 'ramasee', 'ramasees', 'kidnapng', 'abductd', 'kidnpd', 'kidnappd', 'abducted', 'abdcted']
    .map((w) => [w, 'abducted'] as const),
  ...['raped', 'violees', 'viole', 'violee', 'violes', 'raping', 'rape', 'rapes', 'violer', 'viol', 'viols', 'violait', 'violaient', 'vbg',
    'sgbv', 'gbv', 'vslc', 'crsv', 'defiled', 'abusee', 'abusees', 'molested', 'sodomized', 'sodomised', 'sodomise', 'sodomisee', 'sodomises',
    // "6 women and 1 man violated", "2 women abused by men in uniform"
    'violated', 'abused', 'rpd', 'rapd', 'rped', 'vlee', 'vlees']
    .map((w) => [w, 'crsvSurvivors'] as const),
  ...['displaced', 'deplaces', 'deplacees', 'deplacee', 'fled', 'fleeing', 'fui', 'fuient', 'fuyant', 'displacing', 'fuyaient', 'quitte',
    'quittent', 'quittant', 'sheltering', 'fuite', 'accueillis', 'accueillies', 'accueilli', 'accueillie', 'heberges', 'hebergees', 'hebergee', 'hosted', 'sheltered', 'relocated', 'walked',
    // "80 refugees arrived", "120 réfugiés arrivés": refugees are people displaced (reports12)
    'refugees', 'refugies', 'refugiees',
    // "forced 1,500 people to flee", "120 new arrivals", "poussé 300 familles à fuir" (reports15)
    'flee', 'fuir', 'arrivals', 'arrivants']
    .map((w) => [w, 'displaced'] as const),
  // Recruitment counts the children among those recruited (childrenAffected), nobody else.
  ...['recruited', 'recrutes', 'recrute', 'recrutee', 'recrutees', 'enroles', 'enrole', 'enrolee', 'enrolees', 'conscripted', 'enlisted']
    .map((w) => [w, 'childrenAffected'] as const),
  ...SHORTHAND_VICTIM_VERBS,
  ...SWAHILI_VICTIM_VERBS,
  // (reports16) "takn", "tken": taken as thumbs type it
  ...['takn', 'tkn', 'tken', ...SW_TOOK_PEOPLE].map((w) => [w, 'abducted'] as const),
  ...SW_ARRIVED.map((w) => [w, 'displaced'] as const),
  // phone-typed: "3 ppl die", "wamewauwa watu wawili", "bato bakimi" (vocabulary/phone-typed.ts)
  ...PHONE_TYPED_VICTIM_VERBS(),
  ...LINGALA_SWAHILI_VICTIM_VERBS, // ("babetami", "babebisami": vocabulary/lingala-swahili-harm.ts)
  ...NIGHT_PHONE_VICTIM_VERBS, // ("2 wld", "2 girls kdnp": vocabulary/night-phone.ts)
  ...QUICK_REPORT_VICTIM_VERBS, // ("3 inj": vocabulary/quick-report-counts.ts)
]));
// "killd", "woundd", "injurd", "abductd": every -ed verb above in its SMS spelling (vocabulary/everyday-traffic-5.ts)
for (const [w, key] of smsVictimVerbs(Object.entries(VICTIM_VERBS))) VICTIM_VERBS[w] = key;

/**
 * Victim words that name a casualty on their own, so an article counts one: "un mort", "une
 * blessée", "un otage", "a dead body". Verbs ("a killed") do not.
 */
export const CASUALTY_NOUNS = new Set([
  'mort', 'morte', 'tue', 'tuee', 'blesse', 'blessee', 'otage', 'hostage', 'body', 'corpse', 'corps', 'cadavre', 'dead', 'decede', 'decedee', 'mrt',
]);

/** Who is counted between a number and its verb: "4 civilians killed", "300 ménages déplacés", "a teacher abducted". */
export const VICTIM_NOUNS = new Set([
  'people', 'persons', 'person', 'soldier', 'peacekeeper', 'worker', 'trader', 'farmer', 'student', 'chief', 'chef', 'pastor', 'pasteur', 'civilians', 'civilian', 'civils', 'civil', 'personnes', 'personne', 'individus', 'individuals',
  'men', 'man', 'hommes', 'homme', 'women', 'woman', 'femmes', 'femme', 'youths', 'youth', 'jeunes', 'jeune', 'filles', 'fille',
  'villagers', 'villageois', 'farmers', 'farmer', 'agriculteurs', 'cultivateurs', 'paysans', 'households', 'household', 'menages',
  'menage', 'families', 'family', 'familles', 'famille', 'residents', 'habitants', 'idps', 'idp', 'pdi', 'students', 'etudiants',
  'miners', 'creuseurs', 'orpailleurs', 'traders', 'commercants', 'fishermen', 'pecheurs', 'worshippers', 'fideles', 'patients',
  'passengers', 'passagers', 'travellers', 'travelers', 'voyageurs', 'motorcyclists', 'motards', 'soldiers', 'soldats', 'militaires',
  // occupations in the plural with a count are people: "2 bouviers tués", "3 charbonniers enlevés"
  'bouviers', 'vachers', 'motocyclistes', 'cyclistes', 'hunters', 'charbonniers', 'bucherons', 'loggers', 'woodcutters', 'gardiens', 'watchmen',
  'butchers', 'cultivators', 'diggers', 'scieurs', 'sawyers', 'bouchers', 'mecanicien', 'mecaniciens', 'mechanics', 'macon', 'macons', 'masons',
  // the singular of plurals above, so "one passenger wounded", "un passager blessé" count one
  'passenger', 'passager', 'passagere', 'traveller', 'traveler', 'voyageur', 'voyageuse', 'soldat', 'militaire', 'individu', 'individual',
  'etudiant', 'etudiante', 'chretien', 'christian', 'mourner', 'midwife', 'sage femme', 'protestor', 'protester', 'manifestant', 'manifestants',
  // (French "militants" are activists, "3 militants de la LUCHA blessés": reports46)
  'militant', 'militants',
  'peacekeepers', 'elderly', 'vieillards', 'vieillard', 'vieille', 'vieilles', 'widow', 'widows', 'veuve', 'veuves', 'victims', 'victimes', 'casualties', 'staff', 'agents', 'workers', 'chiefs', 'chefs',
  'more', 'other', 'others', 'autres', 'additional', 'supplementaires', 'young', 'unarmed', 'innocent', 'innocents', 'local',
  'displaced', 'deplaces', 'bleus', 'casques', 'de', 'd', 'des',
  // ("2 blue helmets lightly hurt": the English of "casques bleus")
  'blue', 'helmets',
  // "l'infirmier titulaire du CS", "head nurse": the post held names the same person
  'titulaire', 'titulaires',
  // kin of someone named: "two relatives of an NGO driver", "deux proches d'un chauffeur"
  'relatives', 'relative', 'proches',
  // déplacés in SMS: "1 dplcé tué"
  'dplce', 'dplces', 'dplcs', 'dplcee', 'dplcees',
  // Who focal points name one at a time: "a teacher abducted", "l'assassinat d'un commerçant".
  'teacher', 'teachers', 'enseignant', 'enseignants', 'enseignante', 'enseignantes', 'instituteur', 'instituteurs', 'institutrice',
  'professeur', 'professeurs', 'prefet', 'directeur', 'headmaster', 'headteacher', 'commercant', 'commercante', 'commercantes',
  'merchant', 'merchants', 'vendeur', 'vendeuse', 'vendeurs', 'vendeuses', 'shopkeeper', 'boutiquier',
  // who keeps a shop, a bar or a depot: "frappé le gérant", "killed a shop keeper" (two words: the second names the person)
  'gerant', 'gerante', 'gerants', 'gerantes', 'keeper', 'keepers', 'shopkeepers', 'boutiquiers', 'boutiquiere',
  'tenancier', 'tenanciere', 'tenanciers', 'barman', 'barmaid', 'cultivateur', 'cultivatrice',
  'cultivatrices', 'agriculteur', 'agricultrice', 'paysan', 'paysanne', 'paysannes', 'eleveur', 'eleveurs', 'herder', 'herders',
  'herdsman', 'herdsmen', 'berger', 'bergers', 'pecheur', 'fisherman', 'miner', 'creuseur', 'orpailleur', 'driver', 'drivers',
  'chauffeur', 'chauffeurs', 'taximan', 'taximen', 'motard', 'motorcyclist', 'moto', 'biker', 'nurse', 'nurses', 'infirmier',
  'infirmiere', 'infirmiers', 'infirmieres', 'doctor', 'doctors', 'medecin', 'medecins', 'priest', 'priests', 'pretre', 'pretres',
  'abbe', 'cure', 'imam', 'catechiste', 'catechist', 'nun', 'religieuse', 'notable', 'notables', 'leader', 'leaders', 'capita', 'mwami',
  'chef de village', 'headman', 'headmen', 'village head', 'helper', 'helpers', 'convoyeur', 'convoyeurs', 'villager', 'resident', 'habitant', 'habitante', 'citizen', 'citizens', 'citoyen', 'citoyens', 'citoyenne',
  'policeman', 'policemen', 'policier', 'policiers', 'police', 'officer', 'officers', 'officier', 'officiers', 'guard', 'guards', 'bodyguard', 'bodyguards',
  'garde', 'gardes', 'wife', 'husband', 'epouse', 'mari', 'mother', 'mothers', 'mere', 'meres', 'father', 'pere', 'widow', 'veuve',
  'lady', 'dame', 'dames', 'girl', 'jeune', 'old', 'vieux', 'vieille', 'elder', 'pregnant', 'enceinte', 'enceintes', 'journalist',
  'journaliste', 'journalists', 'journalistes', // ("HRD abducted": a human rights defender, t36c)
  'hrd', 'ddh', 'activist', 'activiste', 'activists', 'activistes', 'defender', 'defenseur', 'member',
  'members', 'membre', 'membres', 'volunteer', 'volunteers', 'volontaire', 'volontaires', 'humanitarian', 'humanitaire',
  'humanitaires', 'aid', 'employee', 'employees', 'employe', 'employes', 'staffer', 'agent', 'collaborateur', 'gardien', 'watchman',
  'sentinelle', 'pupil', 'client', 'clients', 'customer', 'customers', 'patrons', 'buyers', 'acheteurs', 'acheteuses', 'buveurs', 'cyclist', 'cycliste', 'porter', 'porters', 'porteur', 'porteurs', 'hunter', 'chasseur',
  'chasseurs', 'returnee', 'returnees', 'retourne', 'retournes', 'refugee', 'refugees', 'refugie', 'refugies', 'deplace', 'deplacee',
  'deplacees', 'idp', 'patient', 'malade', 'malades', 'fidele', 'worshipper', 'ressortissant', 'ressortissants', 'compatriote',
  'survivor', 'survivors', 'survivante', 'survivantes', 'victim', 'victime', 'casualty', 'congolese', 'congolais', 'congolaise',
  // people named by their nationality: "4 Ugandans and 2 Congolese detained by M23", "3 Rwandais arrêtés" (reports36)
  'ugandans', 'ougandais', 'rwandans', 'rwandais', 'burundians', 'burundais', 'tanzanians', 'tanzaniens', 'kenyans', 'soudanais', 'nationals', 'foreigners', 'etrangers', 'expatriates', 'expatries',
  'congolaises', 'rwandophone', 'rwandophones', 'hutu', 'tutsi', 'hema', 'lendu', 'nande', 'banyamulenge', 'twa', 'pygmee', 'pygmees',
  'bambuti', 'mbuti', 'batwa', 'pygmy', 'pygmies', 'autochtone', 'autochtones', 'indigenous', 'chretiens', 'christians',
  'adult', 'adults', 'adulte', 'adultes', 'casque', 'bleu', 'taxi', 'motorcycle', 'moto', 'motocycliste', 'conducteur', 'conducteurs',
  // SMS shorthand: "6 pers enlevées", "3 civ tués", "2 pple killed"
  'voleur', 'voleurs', 'thief', 'thieves', 'suspect', 'suspects', 'suspected', 'presume', 'presumed', 'alleged', 'collaborator',
  'collaborators', 'collaborateur', 'collaborateurs', 'informer', 'informant', 'informateur', 'witch', 'sorcier', 'sorciere', 'bandit', 'bandits',
  'pakistanais', 'pakistani', 'indien', 'indian', 'bangladais', 'bangladeshi', 'nepalais', 'nepalese', 'uruguayen', 'uruguayan',
  'tanzanien', 'tanzanian', 'malawite', 'malawian', 'sud', 'africain', 'chinois', 'chinese', 'expatrie', 'expatriate', 'foreigner',
  'etranger', 'etrangers', 'national', 'nationaux',
  'pastors', 'pasteurs', 'priests', 'catechists', 'catechistes', 'nuns', 'religieuses', 'imams', 'chauffeur', 'vendors', 'vendor', 'mourners', 'prisoner', 'prisoners', 'prisonnier', 'prisonniers', 'detainee', 'detainees', 'detenu',
  'detenus', 'vieillard', 'elder', 'elders', 'rider', 'riders', 'them', 'eux', 'coutumier', 'coutumiere', 'customary', 'traditional',
  'fmmes', 'fmme', 'fmes', 'fme', 'hmmes', 'hmme', 'hms', 'enfts', 'enft', 'enfs', 'civls', 'persn', 'prsn', 'ppls',
  'cas', 'cases', 'pers', 'prs', 'pple', 'ppl', 'civ', 'civs', 'indiv', 'ind', 'enf', 'fem', 'hmes', 'hommes', 'gens', 'son', 'sons', 'daughter',
  // Trades and offices named one at a time: "un changeur de monnaie", "a carpenter", "le bourgmestre".
  'changeur', 'changeurs', 'cambiste', 'cambistes', 'menuisier', 'menuisiers', 'macon', 'macons', 'tailleur', 'tailleurs', 'couturier',
  'couturiere', 'couturieres', 'mecanicien', 'mecaniciens', 'boucher', 'bouchers', 'boulanger', 'coiffeur', 'coiffeuse', 'pharmacien',
  'forgeron', 'cordonnier', 'charpentier', 'transporteur', 'transporteurs', 'photographe', 'bourgmestre', 'maire', 'depute', 'conseiller',
  'administrateur', 'secretaire', 'president', 'presidente', 'animateur', 'animatrice', 'responsable', 'pasteure', 'sage',
  'carpenter', 'carpenters', 'mason', 'masons', 'tailor', 'tailors', 'mechanic', 'mechanics', 'baker', 'barber', 'hairdresser',
  'pharmacist', 'blacksmith', 'shoemaker', 'photographer', 'mayor', 'councillor', 'councilor', 'chairman', 'chairperson', 'administrator',
  'secretary', 'midwife', 'midwives', 'preacher', 'evangelist', 'moneychanger', 'moneychangers', 'cook', 'cuisinier', 'cuisiniere',
  'protesters', 'protestors', 'protester', 'demonstrators', 'demonstrator', 'manifestants', 'manifestant', 'manifestante', 'manifestantes',
  'otage', 'hostage', 'apprentice', 'apprenti', 'colleague', 'collegue', 'friend', 'neighbour', 'neighbor', 'voisin', 'voisine', 'compagnon',
  ...SHORTHAND_PERSONS,
  ...SWAHILI_VICTIM_NOUNS,
  ...MORE_VICTIM_NOUNS,
  ...QUICK_REPORT_VICTIM_NOUNS, // ("2 PKs slightly hurt": vocabulary/quick-report-counts.ts)
  ...SMS_PERSONS,
  ...PASSERS_BY, // ("un passant blessé", "a bystander wounded": vocabulary/passers-by.ts)
  // "120 new arrivals", "2 red cross volunteers beaten", "un troisième enlevé" (reports15)
  // ("nouvelles" is also news: "sans nouvelles du pasteur")
  'new', 'nouveaux', 'red', 'cross', 'croix', 'rouge', 'troisieme', 'third', 'quatrieme', 'fourth',
  // "shop owner injured", "le propriétaire blessé"
  'owner', 'proprietaire',
  'assistant', 'assistants', 'aide', 'aides', 'daughters', 'fils', 'brother', 'brothers', 'sister', 'sisters', 'frere', 'freres', 'soeur', 'soeurs', 'nephew', 'neveu', 'cousin', 'uncle', 'oncle',
  // kin counted in a list ("the chief's son and 2 nephews", "sa femme et 3 neveux", "his wife, 2 nieces and an aunt")
  'maman', 'mamans', 'mama', 'mamas', 'papa', 'papas', 'nephews', 'neveux', 'niece', 'nieces', 'cousins', 'cousine', 'cousines', 'uncles', 'oncles', 'aunt', 'aunts', 'auntie', 'tante', 'tantes',
  'grandson', 'grandsons', 'granddaughter', 'granddaughters', 'grandchild', 'grandchildren', 'grandfather', 'grandmother', 'grandparents',
  'wives', 'husbands', 'maris', 'epoux', 'parents', 'fathers', 'peres', 'sons', 'filles', 'petits fils', 'petite fille', 'beau frere', 'belle soeur', 'belle mere', 'beau pere',
]);

/** Words that make a victim noun phrase longer without naming someone else: "three teachers of the school abducted". */
export const NOUN_LINKS = new Set(['de', 'du', 'des', 'd', 'of', 'from', 'la', 'le', 'l', 'les', 'the', 'in', 'at', 'a', 'au', 'aux', 'dans', 'en', 'on']);

/** Quantities that are not numbers: a victim word with one of these is a count Veille could not read. */
export const VAGUE_QUANTITIES = new Set([
  'many', 'several', 'numerous', 'countless', 'dozens', 'hundreds', 'scores', 'some', 'multiple', 'unknown', 'undetermined', 'unconfirmed',
  'plusieurs', 'nombreux', 'nombreuses', 'beaucoup', 'bcp', 'quelques', 'qq', 'qqs', 'qques', 'dizaines', 'centaines', 'certains',
  'certaines', 'indetermine', 'inconnu', 'x', 'xx', 'nbr', 'nbre', 'nombre',
]);
/** Children among the counted: "deux enfants enlevés" counts 2 abducted and 2 children affected. */
export const CHILD_NOUNS = new Set([
  'child', 'children', 'kid', 'kids', 'minor', 'minors', 'boy', 'boys', 'girl', 'girls', 'pupil', 'pupils', 'schoolchildren',
  'schoolgirls', 'schoolboys', 'infant', 'infants', 'baby', 'babies', 'teenager', 'teenagers', 'adolescent', 'adolescents',
  'enfant', 'enfants', 'mineur', 'mineurs', 'mineure', 'mineures', 'fillette', 'fillettes', 'garcon', 'garcons', 'eleve', 'eleves',
  'ecolier', 'ecoliers', 'ecoliere', 'ecolieres', 'bebe', 'bebes', 'nourrisson', 'nourrissons', 'adolescente', 'adolescentes',
  'schoolchild', 'schoolgirl', 'schoolboy', 'toddler', 'toddlers', 'orphan', 'orphans', 'orphelin', 'orphelins', 'orpheline', 'gamin',
  'gamins', 'kadogo', 'kadogos', 'watoto', 'mtoto',
  // phone-typed and Lingala/Swahili: "2 enfan mort", "bana 4 ya shule", "mwana moko"
  'enfan', 'enfans', 'anfant', 'anfants', 'bana', 'mwana', 'gamine', 'gamines', 'garconnet', 'garconnets', 'teen', 'teens', 'teenager', 'schoolboy', 'schoolgirl',
]);

/** Small words between a count and its verb: "3 personnes ont été tuées", "4 were reportedly killed". */
export const VICTIM_FILLERS = new Set([
  'who', 'qui', 'having', 'left',
  'agee', 'agees', 'ages', 'ageee',
  'were', 'was', 'been', 'have', 'has', 'had', 'being', 'reportedly', 'allegedly', 'reported', 'also', 'all', 'already', 'then', 'later',
  'ont', 'a', 'ete', 'est', 'sont', 'furent', 'se', 'deja', 'aussi', 'tous', 'toutes', 'egalement', 'shot', 'pris', 'prise', 'prises',
  'en', 'found', 'retrouves', 'retrouvees', 'decouverts', 'retrouve', 'retrouvee', 'found', 'hacked', 'beaten', 'stabbed', 'burned', 'burnt',
  'gunned', 'to', 'sauvagement', 'brutally', 'brutalement', 'atrocement', 'savagely', 'reportedly', 'presumably', 'probablement',
  'auraient', 'aurait', 'seraient', 'serait', 'get', 'got', 'gravement', 'grievously', 'seriously', 'severely', 'legerement', 'lightly',
  'slightly', 'par', 'balle', 'balles', 'by', 'bullet', 'bullets', 'fatally', 'mortellement', 'just', 'recently', 'yesterday', 'hier',
  'still', 'encore', 'toujours', 'tjrs', 'ds', 'dans', 'ils', 'elles', 'they', 'their', 'leur', 'leurs', 'who', 'qui', 'ont', 'eu',
  'caught', 'pris', 'trapped', 'coinces', 'of', 'treated', 'soignees', 'soignes', 'received', 'recues', 'ligote', 'ligotee', 'ligotes',
  'sommairement', 'summarily', 'presumes', 'presumees', 'apres', 'avoir', 'disparus', 'disparues', 'missing', 'together', 'down', 'drunk', 'ivre', 'away', 'up', 'went', 'gone', 'are', 'portes', 'portees', 'porte', 'portee', 'grievement', 'griev', 'grav', 'grvt', 'critically', 'fatalement', 'forcibly', 'forcefully', 'force', 'forcee', 'forces', 'de', 'allegedly',
  // "woman gang-raped", "a woman says she was raped"
  'gang', 'says', 'said', 'dit', 'she', 'he', 'elle', 'il',
  // "deux enfants y ont perdu la vie": y (there) between the count and its verb
  'y',
]);

/** Units after a number that make it not a count: "killed 20 km from Beni". */
export const NOT_COUNT_UNITS = new Set([
  'km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'm', 'metres', 'meters', 'h', 'hours', 'hour', 'heures', 'heure',
  'hrs', 'min', 'mn', 'minutes', 'days', 'day', 'jours', 'jour', 'weeks', 'semaines', 'months', 'mois', 'years', 'ans', 'an', 'am', 'pm',
  'usd', 'fc', 'dollars', 'percent', 'pourcent',
]);

// Words between a victim verb and its count: "killed at least 4", "tué environ 10", "enlevé plus de 20".
export const QUALIFIERS = new Set([
  'at', 'least', 'au', 'moins', 'some', 'about', 'abt', 'env', 'environ', 'off', 'over', 'plus', 'de', 'than', 'of', 'd', 'around', 'approximately', 'approx',
  'nearly', 'almost', 'presque', 'pres', 'quelque', 'up', 'to', 'jusqu', 'more', 'estimated', 'toll', 'rises', 'rose', 'risen', 'stands',
  'reached', 'climbed', 'now', 'away', 'du', 'sans', 'vie', 'lifeless', 'contre', 'rancon', 'ransom', 'inanime', 'mutile', 'sommaire', 'sommaires', 'summary', 'extrajudicial', 'extra', 'judiciaire', 'collectif', 'collective', 'gang', 'multiple',
]);

