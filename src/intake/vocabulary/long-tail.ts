import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Families of wording for the long-tail categories (threats, access denial, hate speech, explosive
 * hazards, attacks on peacekeepers and humanitarians, tension, movements, detention, torture) and
 * their look-alikes, in both languages and SMS spellings. Added to the one keyword table
 * (`SIGNAL_KEYWORDS`); kept apart so each family can be read and extended in one place.
 */

const DAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight'];
const DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce soir'];
// Communities named after "anti-": "tracts anti-Tutsi", "anti-Hema songs".
const TARGETS = ['tutsi', 'hutu', 'rwandais', 'rwandophone*', 'banyarwanda', 'banyamulenge', 'hema', 'lendu', 'nande', 'hunde', 'twa', 'batwa', 'pygmee*', 'musulman*', 'muslim*', 'bembe', 'babembe', 'fuliru', 'bafuliru', 'kinyarwanda', 'rwandan*', 'havu', 'bahavu', 'mbororo', 'alur', 'ngiti'];

const SE_DEPLACER = ['se sont deplaces', 'se seraient deplaces', 'se sont deplacees', 'se seraient deplacees', 'se sont deplaces vers', 'se deplacent vers', 'se deplace vers', 'se sont redeployes'];

const CLASSES7_KEYWORDS: Partial<Record<Signal, readonly Keyword[]>> = {
  threat: [
    // told what will happen to them: "or you will see", "tu vas voir", "you will pay", "sera traité"
    'or you will see', 'you will see', 'u will see', 'tu vas voir', 'vous allez voir', 'tu verras', 'vous verrez', 'tu vas le regretter', 'you will regret',
    'you will pay', 'u will pay', 'will regret', 'va regretter', 'vont regretter', 'regrettera', 'regretteras', 'face consequences', 'face the consequences', 'subir les consequences', 'en subir les consequences',
    'anyone talking to', 'anyone who talks to', 'anyone who speaks to', 'those who talk to', 'anyone collaborating', 'quiconque parle', 'quiconque collabore', 'qui collabore', 'ceux qui parlent a', 'ceux qui collaborent', 'arrete ou', 'arrete sinon', 'arretez ou', 'arretez sinon', 'stop or', 'will pay for', 'tu vas payer', 'vous allez payer', 'vous le paierez', 'tu le paieras', 'will know what happens', 'sauront ce qui',
    'demandant de quitter', 'lui demandant de quitter', 'demande de quitter', 'asking him to leave', 'asking her to leave', 'told him to leave', 'told her to leave',
    'tu es le prochain', 'you are next', 'you re next', 'u r next', 'tu seras le prochain', 'be the next', 'will be next', 'sera le prochain', 'sera la prochaine', 'seras le prochain',
    'or be considered', 'be considered collaborators', 'ou etre considere*', 'consideres comme collaborateurs', 'keep calling', 'keeps calling', 'kept calling', 'appellent sans cesse', 'n arretent pas de l appeler', 'coffin*', 'cercueil*',
    'changer sa version', 'changer son temoignage', 'change his testimony', 'change her testimony', 'change his version', 'change his statement', 'retract his', 'se retracter',
    'une croix rouge', 'croix rouges', 'a red cross on', 'with a red cross', 'red crosses', 'painted crosses', 'painted a cross', 'crosses on the doors', 'croix sur les portes', 'croix sur la porte', 'marked the doors', 'marque les portes', 'marked doors', 'those who work with', 'ceux qui travaillent avec',
    'averti par', 'avertie par', 'avertis par', 'warned by', 'ne plus parler', 'de ne plus parler', 'stop talking', 'stop speaking', 'arreter de parler', 'stop your show', 'stop ur show',
    ['or u die', 'death_threat'], ['or u will die', 'death_threat'], ['or u r dead', 'death_threat'], ['or we kill you', 'death_threat'], ['or we will kill you', 'death_threat'], ['sinon on te tue', 'death_threat'], ['ou on te tue', 'death_threat'], ['sinon on vous tue', 'death_threat'],
    'talks too much', 'talk too much', 'parle trop', 'parlent trop', 'will be visited', 'seront visites', 'sera visite', 'who refuse will', 'qui refusent seront', 'qui refuse sera',
    'sous peine de', 'sous peine d', 'on pain of', 'or face reprisals', 'somme par', 'sommee par', 'sommes par', 'somme de livrer',
    'autour du domicile', 'autour de son domicile', 'autour de sa maison', 'around his house', 'around her house', 'around his home', 'around her home', 'came asking for', 'venus demander apres', 'vit cache', 'vit cachee', 'en clandestinite',
    ['tu seras elimine', 'death_threat'], ['seras elimine', 'death_threat'], ['sera elimine', 'death_threat'], ['seront elimines', 'death_threat'], ['will be eliminated', 'death_threat'], ['you will be eliminated', 'death_threat'],
    // a rape threatened is a threat, not a rape
    'threatened with rape', 'threatening to rape', 'threatened to rape', 'threats of rape', 'menacee de viol', 'menacees de viol', 'menace de viol', 'menaces de viol', 'menace de violer', 'menacent de violer',
    // Swahili: "watamuua" (they will kill him), "tutawaua" (we will kill you), "utakufa" (you will die), "tuko na wewe" (we are onto you)
    ...['watamuua', 'watakuua', 'watawaua', 'tutamuua', 'tutakuua', 'tutawaua', 'nitakuua', 'nitamuua', 'atakuua', 'atauawa', 'utauawa', 'watauawa', 'utakufa', 'mtakufa', 'mtauawa'].map((w) => [w, 'death_threat'] as const), 'tuko na wewe', 'tunakuona', 'tunakujua',
    'know he talks', 'know she talks', 'know you talk', 'savent qu il parle', 'savent qu elle parle', 'visited at night', 'came to his house', 'came to her house', 'venus chez lui', 'venus chez elle', 'face the wrath', 'face our wrath', 'subir la colere', 'subir leur colere',
    'accuse d etre un espion', 'accusee d etre une espionne', 'accuses d etre des espions', 'accused of being a spy', 'accused of spying', 'accused of being an informer', 'accuses d espionnage', 'accuse d espionnage', 'craint pour sa vie', 'craignent pour leur vie', 'fears for his life', 'fears for her life', 'fear for their lives', 'feared for his life',
    'next time it s you', 'next time it is you', 'la prochaine fois c est toi', 'la prochaine fois c est vous',
    ['promettent la mort', 'death_threat'], ['promettent la mort aux', 'death_threat'], ['promet la mort aux', 'death_threat'], ['promettant la mort aux', 'death_threat'], ['promising death to', 'death_threat'],
    'door to door looking', 'going door to door', 'went door to door', 'de porte en porte', 'looking for informers', 'looking for informants', 'looking for spies', 'cherchent les informateurs', 'cherchent des informateurs', 'a la recherche des informateurs',
    'ordre de quitter', 'order to leave', 'photo of her children', 'photo of his children', 'photos of her children', 'photos of his children', 'photo de ses enfants', 'photos de ses enfants',
    'photographing his house', 'photographing her house', 'photographed his house', 'photographed her house', 'taking photos of his house', 'photographient sa maison', 'photographie sa maison', 'pris en photo sa maison',
    'pressured to withdraw', 'pressure to withdraw', 'pressured to drop', 'pressions pour retirer', 'pression pour retirer', 'pousse a retirer',
    'we are coming', 'we r coming', 'we are coming for you', 'on vient pour toi', 'nous venons pour toi', 'nous venons te chercher',
    'we are watching', 'we r watching', 'we are watching you', 'on te surveille', 'on vous surveille', 'nous te surveillons', 'nous vous surveillons', 'msg anonyme', 'msgs anonymes', 'days are numbered', 'jours sont comptes',
    'coming for him', 'coming for her', 'coming for you', 'will come for', 'viendront le chercher', 'viendront la chercher', 'viennent pour lui', 'come back for him', 'come back for her', 'come back for you', 'reviendront le chercher', 'reviendront la chercher', 'vont revenir le chercher', 'if he keeps', 'if she keeps', 's il continue a', 's il continue de', 'si elle continue',
    'promis de punir', 'promettent de punir', 'menacent de punir', 'vowed to punish', 'will punish', 'vont punir', 'punir tous', 'punish anyone', 'punish those who', 'will be dealt with', 'be dealt with', 'sera traite', 'seront traites', 'will be punished', 'seront punis', 'sera puni', 'sera punie',
    'will be hunted', 'be hunted down', 'seront traques', 'sera traque', 'sera traquee', 'la prochaine est pour', 'next one is for', 'next bullet', 'prochaine balle',
    // we know where you are: "we know where you live", "on sait où tu habites", "we saw you talk to MONUSCO"
    'we know where', 'we know which', 'we know who', 'where he sleeps', 'where she sleeps', 'where he lives', 'where she lives', 'ou il dort', 'ou elle dort', 'ou il habite', 'ou elle habite', 'ou dorment', 'know what he did', 'know what she did', 'know what you did', 'savent ce qu il a fait', 'savent ce qu elle a fait', 'sait ce que tu as fait', 'savent qui il est', 'savent qui elle est', 'sait qui tu es', 'savons qui tu es', 'on sait qui', 'we know you', 'we know u', 'on sait ou', 'nous savons ou', 'on connait ta', 'on connait ton', 'on connait tes', 'nous connaissons ta', 'nous connaissons ton',
    'we saw you', 'we saw u', 'on t a vu', 'on vous a vu', 'know he is an', 'know she is an', 'know he is a', 'savent qu il est', 'savent qu elle est',
    // names on a list, informers sought
    'on their list', 'name is on', 'names are on', 'son nom est sur', 'leurs noms sont sur', 'list with names', 'list of names', 'liste des noms', 'liste de noms', 'liste avec les noms', 'names pinned', 'noms affiches', 'on a blacklist', 'blacklist*', 'sur leur liste', 'liste noire',
    'asked for him', 'asked for her', 'asking for him', 'asking for her', 'looking for him', 'looking for her', 'came for him', 'came for her', 'came looking for',
    'le cherchent', 'la cherchent', 'le recherchent', 'la recherchent', 'sont venus le chercher', 'sont venus la chercher', 'venus le chercher', 'venus la chercher',
    // followed and watched
    'being followed', 'been followed', 'is followed', 'was followed', 'followed home', 'followed him', 'followed her', 'feels watched', 'feel watched', 'being watched',
    'under surveillance', 'est suivi par', 'est suivie par', 'suivi jusqu a', 'suivie jusqu a', 'suivis jusqu a', 'file jusqu a', 'followed to his', 'followed to her', 'followed him home', 'followed her home', 'sont suivis par', 'etre suivi', 'etre suivie', 'se sent suivi', 'se sent suivie', 'se sent surveille', 'se sent surveillee', 'file par', 'filee par', 'espionne par',
    // silenced and summoned: "told to keep his mouth shut", "convoqué après son sermon"
    'keep his mouth shut', 'keep her mouth shut', 'keep their mouths shut', 'mouth shut', 'keep quiet', 'shut up or', 'se taire', 'de se taire', 'fermer sa bouche', 'if he values', 'if she values', 's il tient a', 'si elle tient a',
    'summoned by', 'summoned him', 'summoned her', 'convoque par', 'convoquee par', 'convoques par', 'convoquees par', 'anonymous call*', 'anonymous sms', 'anonymous message*', 'anonymous letter*', 'sms anonyme*', 'message anonyme', 'messages anonymes', 'appel anonyme',
    'forget what he saw', 'forget what she saw', 'oublier ce qu', 'retire sa plainte', 'retirer sa plainte', 'drop the case', 'drop his case', 'drop her case', 'drop his complaint', 'withdraw the complaint', 'withdraw his complaint', 'withdraw her complaint', 'retirer leur plainte', 'drop his show', 'drop her show',
    'et averti', 'ont averti', 'a averti', 'averti que', 'avertit que', 'averti les', 'depose une balle', 'deposee une balle', 'deposes une balle', 'une balle devant', 'balle devant la porte', 'left a bullet', 'bullet left', 'a bullet at his door', 'contenant une balle', 'containing a bullet', 'with a bullet inside',
    // a deadline given: "until Friday", "d'ici vendredi"
    ...DAYS_EN.flatMap((d) => [`until ${d} to`, `gave them until ${d}`, `gave him until ${d}`, `gave her until ${d}`, `given until ${d}`]), ...DAYS_FR.flatMap((d) => [`jusqu a ${d} pour`, `d ici ${d} pour`]), 'donne jusqu a', 'donne jusqu au',
  ],
  hrd: ['informer', 'informers', 'indic', 'indics', 'mouchard*', 'witness', 'temoin', 'temoins', 'key witness', 'temoin cle', 'pastor', 'pasteur', 'priest', 'pretre', 'abbe', 'relais communautaire', 'community relay', 'chef de localite', 'chef de groupement'],
  access: [
    ['barrier*', 'roadblock'],
    // cannot get through, kept out, turned back
    'cant pass', 'can t pass', 'couldn t pass', 'couldnt pass', 'could not pass', 'cannot get through', 'cant get through', 'can t get through', 'could not get through', 'ne passent pas', 'ne passent plus', 'ne peut pas passer', 'ne peut plus passer',
    'not letting', 'not let in', 'won t let', 'wont let', 'don t let', 'dont let', 'didn t let', 'didnt let', 'refuse to let', 'refuses to let', 'ne laissent pas', 'ne laissent plus', 'ne laisse pas', 'ne laisse plus', 'refusent de laisser', 'refuse de laisser', 'laisser entrer', 'laisser passer',
    'forced it back', 'forced them back', 'forced back', 'forced to go back', 'forced to turn back', 'made to turn back', 'obligee de rebrousser', 'oblige de rebrousser', 'obliges de rebrousser', 'contrainte de rebrousser', 'contraint de rebrousser', 'a du rebrousser', 'ont du rebrousser', 'fait demi-tour',
    'stopped the patrol', 'stopped a patrol', 'stopped our patrol', 'stopped the convoy', 'stopped a convoy', 'stopped the company patrol', 'arrete la patrouille', 'arrete le convoi', 'patrouille arretee', 'patrouille bloquee', 'convoi bloque', 'patrol blocked', 'convoy blocked',
    'refused clearance', 'clearance refused', 'clearance denied', 'denied clearance', 'no clearance', 'without clearance', 'refused authorization', 'refused authorisation', 'refused permission', 'permission refused', 'permission denied', 'autorisation refusee', 'refus d autorisation', 'refuse l autorisation', 'refusent l autorisation', 'pas d autorisation', 'sans leur autorisation', 'sans son autorisation', 'without their permission', 'without their authorization',
    'immobilise', 'immobilisee', 'immobilises', 'immobilisees', 'immobilized', 'immobilised', 'held for hours', 'retenu pendant', 'retenus pendant', 'retenue pendant',
    'told to go back', 'told to turn back', 'told to return', 'stopped at the entrance', 'arretee a l entree', 'arretes a l entree', 'bloquee a l entree', 'bloques a l entree', 'sommee de rebrousser', 'sommes de rebrousser', 'team out of', 'ordered the team out', 'ordered them out of', 'expelled the team', 'expelled the ngo*', 'expelled ngo*', 'expulse l equipe', 'expulse les ong', 'expulsent les ong', 'chasse les ong', 'chassent les ong', 'chasse l ong', 'ordonne a l equipe de quitter', 'ordre de mission', 'mission order', 'stopped the mission', 'stopped the team', 'stopped our team', 'ne passe plus', 'ne passe pas', 'ne passe', 'nothing passes', 'no vehicle passes', 'did not allow', 'didn t allow', 'didnt allow', 'do not allow', 'would not allow', 'n ont pas permis', 'n a pas permis', 'n ont pas autorise', 'n a pas autorise', 'exigent que les ong', 'demand that ngos', 'demanded that ngos', 'passer par leur', 'passent par leur', 'through their administration', 'turned away', 'ask their permission', 'ask for their permission', 'asks their permission', 'their permission before', 'leur permission', 'leur autorisation avant', 'demander leur autorisation', 'demander la permission', 'demand that any', 'in advance before', 'prior notice', 'prior notification', 'notification prealable', 'informer a l avance', 'ferme aux', 'fermee aux', 'fermes aux', 'fermees aux', 'closed to aid', 'closed to humanitarian*', 'closed to ngos', 'renvoyes a', 'renvoyees a', 'n a pas pu se rendre', 'n ont pas pu se rendre', 'pas pu se rendre', 'faute d autorisation', 'could not go to', 'unable to go to', 'off limits', 'off-limits', 'mission aborted', 'patrol aborted', 'mission avortee', 'patrouille avortee', 'zone interdite', 'banned from', 'trucks held', 'vehicles held', 'camions retenus', 'vehicules retenus', 'trucks blocked', 'camions bloques', 'demanding that humanitarian', 'demanding that convoys', 'demanding that ngos', 'escorted by their', 'escortes par leurs', 'refused landing', 'landing permission', 'landing refused', 'refuse l atterrissage', 'atterrissage refuse', 'closed the bridge', 'ferme le pont', 'pont ferme', 'to all aid', 'to aid convoys', 'aux convois humanitaires', 'banned them from', 'banned us from', 'suspended activities', 'suspended their activities', 'suspendu leurs activites', 'suspendent leurs activites', 'restricted movement', 'restricted the movement', 'movement restricted', 'movements restricted', 'restreint les mouvements', 'restreint la circulation', 'restricted to the main road', 'limited to the main road', 'stuck at', 'coince a', 'coinces a', 'demand a permit', 'demanded a permit', 'permit from', 'exigent un permis', 'exigent un laissez passer', 'ne plus venir', 'de ne pas venir', 'not to come', 'not to come back', 'stay away', 'ne plus revenir', 'keep out', 'kept out', 'tenus a l ecart', 'chased away the team', 'chasse l equipe', 'chassent l equipe',
  ],
  hate: [
    // calls on a crowd, a congregation or listeners: "calling on youth to go after", "invite les auditeurs à"
    'calling on youth', 'calling on the youth', 'calling on young', 'calls on youth', 'calls on the youth', 'called on youth', 'called on the youth', 'urging youth', 'urges youth', 'urged youth',
    'calling on listeners', 'calls on listeners', 'urges listeners', 'appelle les jeunes', 'appelant les jeunes', 'appellent les jeunes', 'invite les jeunes', 'invitant les jeunes', 'incite les jeunes', 'invite les auditeurs', 'appelle les auditeurs', 'invite les fideles', 'appelle les fideles',
    'calls to clean', 'calling to clean', 'calls to chase', 'calling to chase', 'clean the hills', 'clean the village', 'clean out', 'clean up the', 'nettoyer les collines', 'nettoyer le village',
    // expelling a people: "must be chased", "il faut les chasser", "demandé leur expulsion"
    'must be chased', 'be chased out', 'must be driven out', 'must be expelled', 'must go home', 'doivent etre chasses', 'doivent etre expulses', 'doivent partir', 'il faut les chasser', 'faut les chasser', 'les chasser du', 'les chasser de',
    'leur expulsion', 'their expulsion', 'demande l expulsion', 'demandent l expulsion', 'demanded the expulsion', 'called for the expulsion', 'calling for the expulsion', 'calls for the expulsion',
    // dehumanising names and enemies: "envahisseurs", "are one enemy", "mort aux Rwandais"
    'envahisseur*', 'invaders', 'are one enemy', 'are the enemy', 'are enemies', 'are our enemies', 'one and the same enemy', 'same enemy', 'sont l ennemi', 'sont nos ennemis', 'sont des ennemis', 'meme ennemi', 'un seul ennemi',
    'mort aux', 'ou perir', 'be sent back', 'sent back to rwanda', 'back to rwanda', 'renvoyer au rwanda', 'renvoyes au rwanda', 'renvoyer chez eux', 'appelle a leur depart', 'appellent a leur depart', 'appelant a leur depart', 'exige leur depart', 'calls for their departure', 'demand their departure', ...TARGETS.flatMap((t) => [`${t} go home`, `${t} rentrez`, `insulte les ${t}`, `insultent les ${t}`, `insultant les ${t}`, `insults the ${t}`, `insulting the ${t}`]), 'not real congolese', 'pas de vrais congolais', 'pas des vrais congolais', 'faux congolais', 'fake congolese', 'trojan horse', 'cheval de troie', 'must be removed', 'should be removed', 'should die', 'should all die', 'devraient mourir', ...TARGETS.flatMap((t) => [`non aux ${t}`, `dehors les ${t}`, `${t} dehors`, `out with the ${t}`]), 'finish the', 'finish off the', 'en finir avec', 'finir avec les', ...TARGETS.flatMap((t) => [`${t} problem`, `probleme ${t}`]), 'aux etrangers de quitter', 'les etrangers de quitter', 'foreigners to leave', 's armer contre', 'arm themselves against', 'take arms against', 'traitors to be', 'to be expelled', 'to be driven out', 'a expulser', 'should be thrown', 'should be chased', 'should be driven', 'should be expelled', 'should be killed', 'should be eliminated', 'thrown into the lake', 'jeter dans le lac', 'jetes dans le lac', 'jetes au lac', 'to be chased', 'is an enemy', 'est un ennemi', 'balayer les', 'balayer tous', 'balayez', 'faut chasser', 'qu il faut chasser', 'sont des etrangers', 'are foreigners', 'ne sont pas congolais', 'are not congolese', 'must be wiped out', 'be wiped out', 'wipe out the', 'are animals', 'animals who', 'sont des animaux', 'rayer de la carte', 'or perish', 'rentrez chez vous', 'rentrez chez eux', 'retournez chez vous', 'rentrez au rwanda', 'retournez au rwanda', 'go back to your country', 'go back where you came from', 'a mort les', 'a bas les', 'down with the', 'mocks the', 'mocking the', 'mocked the', 'se moque des', 'se moquant des', 'ridiculis*', 'calling for boycott', 'calling for a boycott', 'calls for a boycott', 'call to boycott', 'appel au boycott', 'appelle au boycott', 'appelant au boycott', 'boycotter les', 'boycotter leurs', 'boycott the shops', 'boycott their',
    // Swahili chants: "Wanyarwanda wote watoke!" (all Rwandans out), "warudi kwao" (go back home)
    'si wakongomani', 'sio wakongomani', 'si wacongolais', 'sio wacongolais', 'watoke', 'watoke wote', 'wote watoke', 'warudi kwao', 'warudi', 'waondoke', 'wafukuzwe',
    ...TARGETS.map((t) => `anti ${t}`),
  ],
  explosive: [
    // ordnance found, left, lying, brought in, not exploded (see foundOrdnance for "roquette trouvée")
    ['suspicious bag*', 'explosive'], ['suspicious parcel*', 'explosive'], ['suspicious item*', 'explosive'], ['suspicious box*', 'explosive'], ['sac suspect*', 'explosive'], ['paquet suspect*', 'explosive'], ['colis piege*', 'ied'],
    ['remnants of', 'erw'], ['remnant*', 'erw'], ['restes de roquette*', 'erw'], ['restes d obus', 'erw'], ['debris de roquette*', 'erw'], ['n a pas explose', 'erw'], ['n ont pas explose', 'erw'], ['pas explose', 'erw'], ['did not explode', 'erw'], ['didn t explode', 'erw'], ['didnt explode', 'erw'], ['failed to explode', 'erw'], ['not exploded', 'erw'],
    ['depot de munitions', 'erw'], ['stock de munitions', 'erw'], ['ammunition depot', 'erw'], ['ammunition dump', 'erw'], ['ammunition cache', 'erw'],
    ['munitions abandonnees', 'erw'], ['munition abandonnee', 'erw'], ['abandoned ammunition', 'erw'], ['abandoned munitions', 'erw'], ['abandoned ordnance', 'erw'], ['abandoned shells', 'erw'], ['obus abandonne*', 'erw'],
    ['shell lying', 'erw'], ['shells lying', 'erw'], ['shell found', 'erw'], ['shells found', 'erw'], ['found a shell', 'erw'], ['found shells', 'erw'], ['shell was found', 'erw'], ['shells were found', 'erw'], ['old shell', 'erw'], ['old shells', 'erw'],
    ['une mine a', 'landmine'], ['mine a blesse', 'landmine'], ['mine a tue', 'landmine'], ['mine a mutile', 'landmine'], ['mine injured', 'landmine'], ['mine killed', 'landmine'], ['mine wounded', 'landmine'], ['mine blast', 'landmine'], ['mine explosion', 'landmine'], ['explosion d une mine', 'landmine'],
    ['abandoned bag', 'explosive'], ['unattended bag', 'explosive'], ['abandoned package', 'explosive'], ['unattended package', 'explosive'], ['sac abandonne', 'explosive'], ['colis abandonne', 'explosive'],
    ['sans exploser', 'erw'], ['without exploding', 'erw'], ['sans avoir explose', 'erw'], ['detonator*', 'explosive'], ['detonateur*', 'explosive'], ['engins explosifs de guerre', 'erw'], ['engin explosif de guerre', 'erw'],
    ['ap mine*', 'landmine'], ['mine ap', 'landmine'], ['mines ap', 'landmine'], ['a mine on', 'landmine'], ['mine posee', 'landmine'], ['mines posees', 'landmine'], ['planted a mine', 'landmine'], ['planted mines', 'landmine'], ['minee', 'landmine'], ['minees', 'landmine'], ['mined', 'landmine'],
  ],
  attack: [
    'molotov*', 'cocktail molotov', 'cocktails molotov', 'petrol bomb*', 'fire bomb*', 'firebomb*', 'thrown at', 'jetes sur', 'lances sur',
    // harassing fire on a base, a gate forced, a weapon snatched, a base surrounded
    'harassed with', 'harassing fire', 'harcele par des tirs', 'harceles par des tirs', 'harcelee par des tirs', 'tirs de harcelement', 'harcelement par des tirs',
    'force the gate', 'forced the gate', 'forcing the gate', 'forcer le portail', 'force le portail', 'forcer l entree', 'forcer la porte', 'arracher l arme', 'arrache l arme', 'grab the weapon', 'grabbed the weapon', 'snatch the weapon', 'snatched the weapon',
    'ont encercle', 'encerclent', 'encerclant', 'encercle le', 'surrounded the base', 'surrounded the camp', 'encircled',
  ],
  peacekeeper: [
    'unpol', 'un police', 'fpu', 'formed police unit', 'police de la monusco',
    'log base', 'operating base', 'company operating base', 'temporary operating base', 'base operationnelle', 'logistics base', 'base logistique', 'mission base', 'base de la mission', 'drone de la mission', 'mission drone', 'patrouille de la mission', 'convoi de la mission', 'vehicule de la mission', 'mission vehicle',
    'un vehicle*', 'un car', 'un truck*', 'un apc', 'un aircraft', 'vehicule de l onu', 'vehicules de l onu', 'vehicule onusien', 'vehicule de la monusco', 'vehicules de la monusco', 'monusco vehicle*', 'monusco truck*', 'monusco car',
    'soldat de la paix', 'soldats de la paix', 'our base', 'our camp', 'our position', 'our positions', 'our patrol', 'our troops', 'our helo', 'our helicopter', 'our convoy', 'notre base', 'notre camp', 'notre position', 'nos positions', 'notre patrouille', 'nos troupes', 'notre helicoptere', 'notre convoi',
    'sentry', 'sentinelle', 'camp gate', 'company patrol', 
  ],
  // Health staff: a nurse beaten or robbed is an attack on humanitarians; a nurse abducted stays an abduction (see humanitariansTargeted).
  humanitarian: [...['nurse', 'nurses', 'infirmier', 'infirmiers', 'infirmiere', 'infirmieres', 'agent de sante', 'agents de sante', 'personnel soignant', 'personnel medical', 'medical staff', 'health staff', 'staff de sante'].map((w) => [w, 'health_staff'] as const), 'vaccination team', 'equipe de vaccination', 'vaccinateurs', 'vaccinators'],
  response: ['found', 'discovered', 'decouvert', 'decouvre', 'trouve', 'treated', 'soigne', 'soignes', 'soignee'],
  tension: [
    // blame traded between communities: "theft accusations", "both sides blame each other", "accusent les Havu de"
    'theft accusation*', 'cattle theft accusation*', 'accusations of theft', 'accused of theft', 'accused of stealing', 'accusations de vol', 'accuse de vol', 'accuses de vol', 'accusee de vol', 'accusent de vol', 'blame each other', 'blaming each other', 'accuse each other', 'accusing each other', 'accusing the other', 'accusant l autre', 'accusent l autre', 's accusent', 's accusent mutuellement',
    'threaten each other', 'threatening each other', 'threatened each other', 'se menacent', 'se menacent mutuellement', 'se sont menaces', 'each side accusing', 'each side accuses', 'both sides accuse', 'both sides accusing', 'each side blames', 'both sides blame', 'each side arming', 'both sides arming', 'les deux camps s accusent', 'chaque camp accuse', 'les deux communautes s accusent', 'arming young', 'arming youth', 'arming the youth', 's arment', 'arment les jeunes',
    'suspicion between', 'suspicion growing', 'growing suspicion', 'soupcons entre', 'soupcon entre', 'at odds', 'en froid', 'atmosphere tense', 'atmosphere is tense', 'atmosphere tendue', 'ambiance tendue', 'climat lourd', 'climat delet*', 'relations v bad', 'relations very bad', 'relations bad', 'relations are bad', 'relations soured', 'relations have soured', 'relations deteriorat*', 'relations tres mauvaises', 'mauvaises relations', 'relations se degradent', 'prendre leurs terres', 'take their land', 'take the land', 'grab their land',
    'stopping hutu', 'stopping tutsi', 'stopping hunde', 'stopping nande', 'empechent les hutu', 'empechent les tutsi', 'empechent les hunde', 'empechent les nande',
  ],
  community: ['luba', 'baluba', 'havu', 'bahavu', 'autochtones', 'autochtone', 'indigenous', 'nyanga', 'banyanga', 'tembo', 'batembo', 'musulmans', 'muslims'],
  movement: [
    'en route vers', 'en route to', 'on their way to', 'en chemin vers', 'settled near', 'settled in', 'settled at', 'se sont installes', 'installed on', 'installed at', 'installed in', 'installe sur', 'installes sur', 'installee sur', 'wameingia', 'wamepita', 'wanapita', 'wamefika', 'wanakuja', 'come down from', 'came down from', 'coming down from', 'descendus', 'sont descendus', 'descendent vers', 'en transit', 'in transit', 'moved to', 'moving into', 'moved in', 'set up a post', 'set up a position', 'set up positions', 'installe une position', 'installe un poste', 'ont installe une', 'positioned', 'positionnes', 'positionne', 'se sont positionnes',
    ...['going into', 'went into', 'heading into', 'entering', 'entered', 'entrant', 'sont entres'].map((w) => [w, 'weak'] as const), 'passed behind', 'passed through', 'passed by', 'passed near', 'going north', 'going south', 'going east', 'going west', 'heading north', 'heading south', 'heading east', 'heading west', 'vers le nord', 'vers le sud', 'vers l est', 'vers l ouest',
    'on the move', 'direction inconnue', 'unknown direction', 'direction unknown', 'franchi', 'ont franchi', 'auraient franchi', 'franchissent', 'franchir', 'crossed into', 'on the hills', 'in the hills', 'sur les collines', 'sur la colline', 'dans les collines',
    // "les ADF se seraient déplacés vers": armed men moving (people who moved stay displaced, see displace below)
    ...SE_DEPLACER.map((w) => [w, 'weak'] as const),
    ['now visible', 'weak'], ['visible on', 'weak'], ['visible in', 'weak'], ['visibles sur', 'weak'], ['visibles a', 'weak'],
    ['vu a', 'weak'], ['vus a', 'weak'], ['vue a', 'weak'], ['vues a', 'weak'], ['apercu*', 'weak'], ['seen at', 'weak'], ['seen in', 'weak'], ['sighted', 'weak'],
  ],
  displace: SE_DEPLACER,
  armed: ['hommes armes en tenue', 'hommes en tenue', 'hommes en uniforme', 'men in uniform', 'uniformed men', 'elements armes en tenue'],
  detention: [
    'families not allowed', 'family not allowed', 'not allowed to see them', 'not allowed to see him', 'not allowed to visit', 'family cant visit', 'family can t visit', 'no visits', 'sans droit de visite', 'interdit de visite', 'interdits de visite', 'famille ne peut pas', 'familles ne peuvent pas', 'sans acces a un avocat', 'without access to a lawyer', 'no access to a lawyer', 'sans avocat', 'without a lawyer', 'no lawyer', 'held for', 'held at their', 'held beyond', 'beyond the legal', 'legal 48h', 'legal limit', 'no file', 'no case file', 'no file opened', 'without a file', 'sans etre presente', 'sans etre presentes', 'delai legal', 'delais legaux', 'au dela de 48', 'garde a vue prolongee', 'detention prolongee',
    'conteneur', 'conteneurs', 'gardes dans un', 'garde dans un', 'gardees dans un', 'jail', 'jails', 'own prison', 'own jail', 'own cell', 'propre prison', 'propre cachot', 'leur prison', 'jailing', 'private jail*', 'private prison*', 'prison privee', 'prisons privees', 'cachot prive', 'cachots prives', 'in prison', 'en prison', 'thrown in jail', 'jete en prison', 'jetes en prison', 'locked up at', 'enferme au', 'enfermes au', 'enfermee au', 'police stn', 'police station', 'commissariat',
  ],
  abduct: [
    // an "arrest" sold back: "want 100$ each to let them go", "contre leur libération"
    'to let them go', 'to let him go', 'to let her go', 'to release them', 'to release him', 'to release her', 'pour les liberer', 'pour le liberer', 'pour la liberer', 'pour les relacher', 'pour le relacher', 'pour la relacher', 'contre leur liberation', 'contre sa liberation', 'liberation contre', 'release fee', 'frais de liberation', 'released for', 'liberes contre', 'libere contre', 'liberee contre',
  ],
  torture: [
    'lash*', 'caned', 'caning', 'coups de baton', 'coups de chicotte', 'coups de fouet', 'strokes of the cane', 'kicked', 'kicking', 'kicks', 'slap*', 'gifl*', 'coups de pied', 'coups de poing', 'punched', 'punching', 'battu a sang', 'battus a sang', 'battue a sang', 'beaten unconscious', 'beat him unconscious', 
    'upside down', 'la tete en bas', 'tete en bas', 'suspendu par', 'suspendus par', 'suspendue par', 'hung by', 'hung him', 'hung them', 'falanga', 'falaka', 'bastinado', 'kandooya', 'kandoya', 'ligote*', 'tied up', 'bound and', 'swollen feet', 'pieds enfles',
    'in the sun all day', 'standing in the sun', 'au soleil toute la journee', 'expose au soleil', 'exposes au soleil', 'exposee au soleil', 'left without food', 'left without water', 'laisse sans nourriture', 'laisses sans nourriture', 'as punishment', 'en guise de punition', 'comme punition', 'deprived of food', 'prives de nourriture', 'prive de nourriture',
    'sleep standing', 'dormir debout', 'flooded cell', 'cellule inondee', 'forced to stand', 'overcrowded cell', 'cellule surpeuplee', 'dark cell', 'cellule noire', 'crawl', 'crawling', 'ramper', 'kneel on', 'kneeling on', 'a genoux sur', 'on his knees', 'sleep deprivation', 'privation de sommeil', 'nails pulled', 'pulled out his nails', 'pulled out her nails', 'ongles arraches', 'arrache les ongles', 'during interrogation', 'lors de l interrogatoire', 'pendant l interrogatoire', 'mock execution*', 'simulacre d execution', 'simulacres d execution', 'shackled', 'shackles', 'chained', 'in chains', 'enchaine*', 'left in the sun', 'collective punishment', 'punition collective', 'tied to a tree', 'tied to a pole', 'tied to', 'attache a un arbre', 'attaches a un arbre', 'attachee a un arbre', 'ligote a un arbre', 'forced to drink', 'force a boire', 'forces a boire', 'forcee a boire', 'urine', 'electrocution', 'electrocute', 'electrocutes', 'brulures', 'au fer chaud', 'fer chaud', 'hot iron', 'aveux', 'confession*', 'confess', 'make him confess', 'make her confess', 'faire avouer', 'pour avouer', 'hot water', 'boiling water', 'eau chaude', 'eau bouillante', 'to extract a confession', 'arracher des aveux',
  ],
  injure: ['wounds', 'plaies', 'can no longer walk', 'ne peut plus marcher', 'unconscious', 'inconscient', 'inconsciente'],
  loot: ['took phones', 'took their phones', 'took his phone', 'took cash', 'took money', 'took the cash', 'stole phones', 'stole cash', 'pris les telephones', 'ravi les telephones', 'emporte l argent', 'ravi l argent', 'medicaments emportes'],
  sea: [
    ['having a child with', 'relationship'], ['had a child with', 'relationship'], ['fathered a child with', 'relationship'], ['eu un enfant avec', 'relationship'], ['avoir un enfant avec', 'relationship'], ['a un enfant avec', 'relationship'],
    'contre de l argent', 'for money', 'against money', 'en echange d argent', 'en echange de l argent', 'abuse d une', 'abuse de la', 'abuse des', 'abused a', 'abused the',
  ],
  neutral: [
    // a trial, a report or a rumour about a killing is not a killing
    'massacres trial', 'massacre trial', 'killings trial', 'murder trial', 'proces des massacres', 'proces du massacre', 'vaccine kills', 'vaccin tue', 'vaccins tuent', 'le vaccin tue',
    // an explosion or rumour that turned out to be nothing
    ['is false', 'false_alarm'], ['was false', 'false_alarm'], ['rumour is false', 'false_alarm'], ['est fausse', 'false_alarm'], ['etait fausse', 'false_alarm'], ['fausse rumeur', 'false_alarm'], ['unfounded', 'false_alarm'], ['revelee fausse', 'false_alarm'], ['revele fausse', 'false_alarm'], ['averee fausse', 'false_alarm'], ['proved false', 'false_alarm'], ['proved to be false', 'false_alarm'], ['turned out false', 'false_alarm'], ['turned out to be false', 'false_alarm'], ['no truth', 'false_alarm'], ['sans fondement', 'false_alarm'], ['non fondee', 'false_alarm'], ['infondee', 'false_alarm'], ['all calm', 'false_alarm'], ['tout est calme', 'false_alarm'],
    ['was a transformer', 'false_alarm'], ['transformer', 'false_alarm'], ['transformateur', 'false_alarm'], ['gas cylinder', 'false_alarm'], ['bonbonne de gaz', 'false_alarm'], ['tyre burst', 'false_alarm'], ['pneu', 'false_alarm'],
    // "since tue", "last wed": SMS weekdays, not "tué"
    'since tue', 'since tues', 'on tue', 'on tues', 'last tue', 'last tues', 'this tue', 'until tue', 'till tue', 'by tue', 'tue am', 'tue pm', 'tue morning', 'tue night', 'tue evening',
    // citizen movements and peaceful marches are no armed movement
    'lucha movement', 'mouvement lucha', 'filimbi movement', 'citizen movement', 'citizen movements', 'civic movement', 'mouvement citoyen', 'mouvements citoyens', 'student movement', 'mouvement estudiantin', 'youth movement', 'mouvement des jeunes',
    // a labour strike is no air strike
    'on strike', 'went on strike', 'go on strike', 'general strike', 'strike action', 'teachers strike', 'workers strike', 'en greve', 'greve generale',
    // animals killed are not people killed
    'cow was blown up', 'cows were blown up', 'cow blown up', 'goat was blown up', 'cattle blown up', 'cow died', 'cows died', 'vache morte', 'vaches mortes', 'chevre morte', 'chevres mortes', 'une vache a saute', 'vache a saute',
    // a mock execution kills nobody (also ill-treatment, see torture)
    'mock execution', 'mock executions', 'simulacre d execution', 'simulacres d execution',
    // a flight ("vol") is no theft
    'vol de la monusco', 'vol de l unhas', 'vol de l onu', 'vol humanitaire', 'vols humanitaires', 'vol unhas', 'vol commercial',
    // lists that are no blacklist
    'list of beneficiaries', 'liste des beneficiaires', 'liste de beneficiaires', 'list of participants', 'liste des participants', 'list of candidates', 'liste des candidats', 'list of names of beneficiaries',
    // "cleaning" is not a typo of "cleansing"
    'cleaning', 'for cleaning', 'cleaning campaign',
    'now in hiding', 'now hiding', 'now in a safe place', 'now in safety', 'maintenant cache', 'maintenant cachee',
    'peaceful march', 'peaceful demonstration', 'peaceful demo', 'marche pacifique', 'manifestation pacifique', 'held a march', 'sit in',
  ],
  natural: ['meteo', 'weather', 'ebola', 'covid*', 'meningit*', 'peste', 'plague', 'mud', 'boue', 'bourbier', 'embourbe*', 'stuck in the mud', 'overturned', 'overturn*', 'renverse', 'crashed', 'collision', 'derape', 'a derape', 'fell off', 'tombe du', 'fell from'],
};

/** The keyword table with the families above added. */
export function withClasses7(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(CLASSES7_KEYWORDS) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
