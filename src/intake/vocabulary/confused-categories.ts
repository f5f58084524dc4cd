import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * The categories field reports most often confuse (reports22): a harm only promised is a threat, not the harm; gunfire
 * explained as harmless is nothing; restraint and deprivation are ill-treatment; people pushed across a border or
 * arriving as new displaced are a displacement; agencies that stop moving for fear of a group, or a team kept out,
 * are an access denial. Both languages, SMS spellings, Swahili. Added by `withConfusedCategories`.
 */

const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

// A harm promised, conditional or in the future, is a threat ("told them they would be raped if", "you will be killed",
// "qu'ils vont l'égorger", "seront violées si", "risquent d'être tués"). Look-alikes kept out: "was raped", "ont été tués",
// "will be buried tomorrow" (no harm verb), "vont l'enterrer".
const WILL_BE = ['would be', 'will be', 'would get', 'will get', 'could be', 'might be', 'wd be', 'will b', 'would b', 'gonna be', 'are going to be', 'is going to be', 'seront', 'sera', 'serait', 'seraient', 'serez', 'seras', 'risquent d etre', 'risque d etre', 'vont etre', 'va etre', 'allaient etre'];
const HARM_DONE_TO = ['raped', 'killed', 'slaughtered', 'beheaded', 'burned', 'burnt', 'abducted', 'kidnapped', 'violee', 'violees', 'violes', 'viole', 'egorge', 'egorges', 'egorgee', 'egorgees', 'decapite', 'decapites', 'brules', 'brulee', 'brulees', 'enleve', 'enleves', 'enlevee', 'enlevees', 'massacres'];
const WILL_DO = ['vont', 'va', 'allons', 'allez', 'allaient', 'allait', 'vais'];
const DO_TO = ['l egorger', 'les egorger', 'vous egorger', 't egorger', 'te tuer', 'le tuer', 'la tuer', 'les tuer', 'vous tuer', 'nous tuer', 'la violer', 'les violer', 'vous violer', 'te violer', 'les enlever', 'l enlever', 'le bruler', 'les bruler', 'vous bruler', 'les massacrer', 'vous massacrer', 'le decapiter', 'couper ta tete', 'couper sa tete', 'vous couper la tete'];
const PROMISED_HARM: readonly Keyword[] = [
  ...combine(WILL_BE, HARM_DONE_TO).map((w) => [w, 'death_threat'] as const),
  ...combine(WILL_DO, DO_TO).map((w) => [w, 'death_threat'] as const),
  ...combine(['will', 'would', 'gonna', 'going to', 'threatened to', 'threatening to', 'promised to', 'vowed to'], ['rape them', 'rape her', 'rape you', 'rape the women', 'behead him', 'behead you', 'cut your head', 'cut his head', 'cut off your head', 'burn you', 'burn your house', 'burn the village', 'slaughter you', 'slaughter them']).map((w) => [w, 'death_threat'] as const),
  // a home surrounded with shouts is a threat; a base or a village surrounded stays an attack
  ...combine(['ont encercle', 'a encercle', 'encerclent', 'encerclant', 'encerclaient', 'surrounded', 'have surrounded', 'surrounding', 'encircled'], ['la maison', 'sa maison', 'son domicile', 'le domicile', 'la parcelle', 'sa parcelle', 'leur maison', 'his house', 'her house', 'the house', 'his home', 'her home', 'the home', 'their house', 'their home']),
  'if they keep', 'if they continue', 'if you continue', 'if you keep', 's ils continuent', 'si vous continuez', 'si tu continues', 's il continue',
];

// Swahili verbs in the future tense (subject + "ta" + root) tell of a harm to come: "utakufa" (you will die), "watauawa"
// (they will be killed), "tutawachinja" (we will slaughter you): a threat, not a killing. Past and present forms stay harms.
const SUBJECTS = ['a', 'wa', 'tu', 'm', 'u', 'ni', 'mu'];
const FUTURE_ROOTS = ['uawa', 'kufa', 'ua', 'kuua', 'waua', 'muua', 'chinja', 'kuchinja', 'wachinja', 'chinjwa', 'bakwa', 'kubaka', 'wabaka', 'mbaka', 'tekwa', 'kuteka', 'wateka', 'choma', 'kuchoma', 'wachoma', 'chomwa'];
const FUTURE = new Set(SUBJECTS.flatMap((s) => FUTURE_ROOTS.map((r) => `${s}ta${r}`)));
const SWAHILI_FUTURE: readonly Keyword[] = [...FUTURE].map((w) => [w, 'death_threat'] as const);

// Gunfire or a blast heard, then explained as harmless: a drunk soldier firing in the air, an exercise, warning shots to
// disperse a crowd, a celebration ("the shots … were a drunk soldier", "c'étaient des tirs de sommation", "was FARDC
// training"). Look-alikes kept out: "warning shots at a crowd, 2 hurt" (harm said keeps the reading), "training of teachers".
const EXPLAINED = ['was', 'were', 'was just', 'were just', 'was only', 'were only', 'etait', 'etaient', 'c etait', 'c etaient', 'ce sont', 'c est', 'it was', 'came from', 'provenaient', 'proviennent', 'provenaient d', 'were from', 'due to', 'dus a', 'dues a', 'caused by', 'venaient d', 'venaient de', 'venait d', 'venait de', 'viennent d', 'viennent de', 'vient d', 'vient de', 'were at', 'was at'];  // ('les tirs … venaient d une fete de mariage': reports39)
const HARMLESS = [
  'a drunk soldier', 'drunk soldier', 'a drunk', 'drunk soldiers', 'a drunken soldier', 'un militaire ivre', 'des militaires ivres', 'un soldat ivre', 'un policier ivre', 'militaire ivre', 'soldat ivre',
  'training', 'a training', 'an exercise', 'a military exercise', 'an army exercise', 'a drill', 'shooting practice', 'target practice', 'a shooting exercise', 'un exercice', 'exercice', 'des exercices', 'un exercice militaire', 'entrainement', 'un entrainement', 'des entrainements', 'une seance de tir', 'des tirs d exercice',
  'des tirs de sommation', 'tirs de sommation', 'warning shots', 'des tirs en l air', 'tirs en l air', 'shots in the air', 'firing in the air', 'celebratory fire', 'celebration', 'a celebration', 'une fete', 'des tirs de joie', 'tirs de joie', 'fireworks', 'des petards', 'petards', 'feux d artifice', 'hunters', 'des chasseurs', 'a wedding', 'un mariage',
];
const HARMLESS_GUNFIRE: readonly Keyword[] = [
  ...combine(EXPLAINED, HARMLESS),
  'training confirmed', 'exercise confirmed', 'entrainement confirme', 'exercice confirme', 'tirs de sommation pour disperser', 'warning shots to disperse', 'fired in the air to disperse', 'tire en l air pour disperser',
].map((k) => [k, 'harmless_fire'] as const);

// Restraint, deprivation and humiliation are ill-treatment ("tied to a tree for a whole day", "attaché et chicoté", "forcés de
// rester à genoux", "privés d'eau", "died in prison for lack of care"). Look-alikes kept out: "no food or water for the
// displaced" (aid lacking is no ill-treatment: only the deprivation done to someone counts).
const ILL_TREATED: readonly Keyword[] = [
  'chicote', 'chicotes', 'chicotee', 'chicotees', 'chicoter', 'chicotent', 'chicotte', 'chicottes', 'chicotter', 'chicotaient', 'a la chicotte', 'coups de chicotte', 'coups de fouet', 'fouette', 'fouettes', 'fouettee', 'fouettees', 'whipped', 'flogged', 'caned', 'lashed',
  'attache et', 'attaches et', 'attachee et', 'attachees et', 'ligote et', 'ligotes et', 'ligotee et', 'ligotees et', 'tied up and', 'tied and', 'bound and',
  // (tied to a tree or a pole with the person between: "tied a suspected thief to a tree", "attaché le voleur à un poteau")
  ...combine(['to a', 'to the', 'a un', 'au', 'a l'], ['tree', 'pole', 'post', 'arbre', 'poteau', 'pilier']),
  'prive d eau', 'prives d eau', 'privee d eau', 'privees d eau', 'prives de soins', 'privee de soins', 'prive de soins', 'deprived of water', 'denied water', 'denied food', 'denied medical care', 'denied care',
  'forces de rester a genoux', 'force de rester a genoux', 'forcee de rester a genoux', 'rester a genoux', 'a genoux des heures', 'forced to kneel', 'made to kneel', 'kneel for hours', 'kneeling for hours', 'stand for hours', 'forced to stand for hours', 'debout des heures',
  'faute de soins', 'faute de nourriture', 'manque de soins', 'lack of care', 'lack of medical care', 'for lack of care', 'for lack of food', 'conditions inhumaines', 'inhumane conditions', 'traitements inhumains', 'inhuman treatment', 'degrading treatment', 'traitements degradants', 'humiliated', 'humilie', 'humilies', 'humiliee', 'humiliees',
];

// People pushed across a border or arriving as new displaced ("have pushed about 5,000 people towards", "traversent vers
// l'Ouganda", "new IDPs at Lushagala", "nouveaux déplacés", "crossing into Uganda"). Look-alikes kept out: "pushed the
// car", "traverse la route" (no border), "new IDP site opened" (a site, no people moving).
const PUSHED = ['pushed', 'have pushed', 'has pushed', 'pushing', 'drove', 'driven', 'forced', 'chased', 'ont pousse', 'a pousse', 'poussent', 'poussant', 'ont chasse', 'a chasse'];
const PUSHED_WHO = ['about', 'some', 'around', 'over', 'more than', 'nearly', 'thousands of', 'hundreds of', 'environ', 'quelque', 'plus de', 'pres de', 'des milliers de', 'des centaines de'];
const BORDER = ['l ouganda', 'l uganda', 'uganda', 'ouganda', 'le rwanda', 'rwanda', 'le burundi', 'burundi', 'la tanzanie', 'tanzania', 'the border', 'la frontiere'];
const PEOPLE_MOVED: readonly Keyword[] = [
  ...combine(PUSHED, PUSHED_WHO),
  ...combine(['traversent vers', 'traversant vers', 'ont traverse vers', 'traversent en', 'ont traverse en', 'ont traverse la frontiere vers', 'passent en', 'sont passes en', 'passent vers', 'crossing into', 'crossed into', 'cross into', 'crossing to', 'crossed to', 'crossing over to', 'crossed over to', 'fled into', 'fled across', 'fleeing into', 'fleeing across', 'refugies en', 'refugiees en', 'refugies au', 'se refugient en', 'se refugient au', 'refugees in', 'refugees to'], BORDER),
  // villages emptied by fighting ("les combats ont vidé trois villages", "clashes have emptied two villages")
  ...combine(['ont vide', 'a vide', 'vident', 'vidant', 'have emptied', 'has emptied', 'emptied', 'emptying'], ['le village', 'les villages', 'des villages', 'deux villages', 'trois villages', 'quatre villages', 'plusieurs villages', 'villages', 'la localite', 'les localites', 'the village', 'the villages', 'two villages', 'three villages', 'several villages', 'whole villages']),
  'new idps', 'new idp arrivals', 'new arrivals', 'newly displaced', 'new displaced', 'nouveaux deplaces', 'nouveaux dplcs', 'nouvelles arrivees', 'nouveaux arrivants', 'nouveaux menages', 'nouvelles familles', 'wakimbizi wapya',
];

// Agencies stopping their own movement for fear of a group, and a team kept out of a place ("NGOs have suspended all
// movement", "ont suspendu leurs activités", "refused the mission's team entry"). Look-alikes kept out: "school suspended",
// "forced entry into the house" (a break-in).
const KEPT_AWAY: readonly Keyword[] = [
  ...combine(['suspended', 'suspend', 'suspending', 'halted', 'stopped', 'ont suspendu', 'a suspendu', 'suspendent', 'ont arrete', 'ont gele'], ['all movement', 'all movements', 'their movements', 'movements', 'all missions', 'their activities', 'activities', 'operations', 'distributions', 'leurs mouvements', 'tout mouvement', 'tous les mouvements', 'leurs activites', 'les activites', 'leurs operations', 'les distributions', 'leurs missions']),
  'no distribution', 'no distributions', 'aucune distribution', 'pas de distribution', 'plus de distribution',
  ...combine(['team', 'teams', 'staff', 'convoy', 'patrol', 'mission', 'equipe'], ['entry', 'entry to', 'entry into']),
  'l entree du site', 'l entree au site', 'l entree dans le site', 'l entree de l equipe', 'entree refusee', 'refuse l entree', 'refusent l entree', 'ont refuse l entree',
];

// A killing with a blade said "to death" ("cut to death", "chopped to death", "découpé à la machette").
const CUT_TO_DEATH: readonly Keyword[] = ['cut to death', 'chopped to death', 'hacked dead', 'macheted to death', 'axed to death', 'speared to death', 'clubbed to death', 'decoupe a la machette', 'decoupes a la machette', 'decoupee a la machette', 'tue a la machette', 'tues a la machette', 'tuee a la machette', 'acheve a la machette'];

// The wounded someone treated are no victims of the report ("got threats after she treated wounded soldiers", "pour avoir
// soigné des blessés"): a carer threatened or attacked for it is what happened to the carer.
const CARED_FOR: readonly Keyword[] = combine(
  ['treated', 'treating', 'treat', 'cared for', 'caring for', 'care for', 'soigne', 'soignait', 'soigner', 'soignent', 'a soigne', 'avoir soigne', 'pris en charge'],
  ['wounded', 'the wounded', 'injured', 'the injured', 'wounded soldiers', 'injured soldiers', 'wounded fighters', 'blesses', 'des blesses', 'les blesses', 'un blesse', 'des militaires blesses', 'des combattants blesses'],
);

// The hardships of people already displaced are no natural disaster ("new IDPs …, no shelter, rain tonight", "dorment sous la
// pluie", "exposés aux intempéries"): the rain is what they face, not what moved them. (A flood that drove people out stays one.)
const EXPOSED: readonly Keyword[] = [
  ...combine(['rain', 'rains', 'pluie', 'pluies', 'cold', 'froid'], ['tonight', 'ce soir', 'cette nuit', 'coming', 'expected', 'attendue', 'attendues']),
  'under the rain', 'in the rain', 'sous la pluie', 'exposed to rain', 'exposed to the rain', 'exposes a la pluie', 'exposees a la pluie', 'exposes aux intemperies', 'exposees aux intemperies',
];

// Deaths and harm told of a prison by its inmates ("selon les codétenus", "à la prison centrale"): people held, so a death there
// for lack of care is ill-treatment in custody (categories/decide-category.ts reads torture and detention together).
const IN_PRISON: readonly Keyword[] = ['codetenus', 'co detenus', 'codetenu', 'cellmates', 'fellow detainees', 'fellow prisoners', 'prisonniers morts', 'prisoners died', 'detenus morts', 'detainees died'];

// A soldier or a fighter fallen is a soldier killed ("un militaire est tombé", "2 éléments tombés au front", "killed in
// action"). Look-alikes kept out: "tombé dans une embuscade" (fell into an ambush), "tombé malade", "est tombé d'un camion".
const FALLEN: readonly Keyword[] = [
  ...combine(['militaire', 'militaires', 'soldat', 'soldats', 'policier', 'policiers', 'element', 'elements', 'combattant', 'combattants', 'fardc'], ['est tombe', 'sont tombes', 'tombe au front', 'tombes au front', 'tombe au combat', 'tombes au combat']),
  'tombe au combat', 'tombes au combat', 'tombe au front', 'tombes au front', 'tombe sur le champ de bataille', 'killed in action', 'fell in combat', 'fell in battle', 'fallen soldier', 'fallen soldiers',
];

// People shutting themselves in out of fear are not held ("pop enfermée", "les gens se sont enfermés chez eux", "stayed
// indoors", "locked themselves in"); a family kept from a detainee is part of the detention, not an access denial ("no
// charge and no access", "sans accès à sa famille"). Look-alikes kept out: "enfermés dans un conteneur par les M23" (held),
// "ICRC denied access to the cachot" (access denied to a team).
const SHUT_IN: readonly Keyword[] = [
  ...combine(['pop', 'population', 'gens', 'habitants', 'familles'], ['enfermee', 'enfermees', 'enfermes', 'cloitree', 'cloitres', 'terree', 'terres']),
  'se sont enfermes', 'se sont enfermees', 's est enfermee', 's est enferme', 'enfermes chez eux', 'enfermees chez elles', 'restent enfermes', 'restent cloitres', 'cloitres chez eux',
  'stayed indoors', 'staying indoors', 'stay indoors', 'locked themselves in', 'locked indoors', 'shut themselves in', 'shut in their houses', 'kept indoors',
  ...combine(['no', 'without', 'sans', 'pas d', 'aucun'], ['access to family', 'access to his family', 'access to their families', 'access to a lawyer', 'family access', 'acces a la famille', 'acces a sa famille', 'acces aux familles', 'acces a un avocat']),
  'no charge and no access', 'no charges and no access', 'sans charge ni acces', 'ni charge ni acces', 'sans dossier ni acces',
];

/** The keyword table with the families above added, Swahili future forms taken out of the harms they would otherwise count. */
export function withConfusedCategories(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const notFuture = (k: Keyword): boolean => !FUTURE.has(typeof k === 'string' ? k : k[0]);
  return {
    ...table,
    kill: [...table.kill.filter(notFuture), ...CUT_TO_DEATH, ...FALLEN],
    injure: table.injure.filter(notFuture),
    sexual: table.sexual.filter(notFuture),
    abduct: table.abduct.filter(notFuture),
    loot: table.loot.filter(notFuture),
    threat: [...table.threat, ...PROMISED_HARM, ...SWAHILI_FUTURE],
    neutral: [...table.neutral, ...HARMLESS_GUNFIRE, ...CARED_FOR, ...EXPOSED, ...SHUT_IN],
    torture: [...table.torture, ...ILL_TREATED],
    detention: [...table.detention, ...IN_PRISON],
    displace: [...table.displace, ...PEOPLE_MOVED],
    access: [...table.access, ...KEPT_AWAY],
  };
}
