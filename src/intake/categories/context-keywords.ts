import type { Keyword, Signal } from './keywords.js';

/**
 * Keywords that say in what context an incident is told rather than what it is: who responded, that
 * it is going on or expected soon, an inquiry, look-alike phrases, communities, armed people, fear,
 * and mishaps nobody caused. Part of the one keyword table (`SIGNAL_KEYWORDS` in `categories/keywords.ts`).
 */
export const CONTEXT_KEYWORDS: Pick<Record<Signal, readonly Keyword[]>, 'response' | 'underway' | 'inquiry' | 'neutral' | 'community' | 'soon' | 'armed' | 'fear' | 'natural'> = {
  // Peacekeepers who respond are not the target: "peacekeepers repelled the attack".
  response: [
    'repel*', 'repuls*', 'respond*', 'collected', 'collecting', 'ramasse*', 'buried', 'intervened', 'intervening', 'interven*', 'repouss*', 'riposte*', 'deployed', 'deploye*', 'escort*',
    'evacuat*', 'evacu*', 'rescued', 'secouru*', 'dispatched', 'protected', 'protege*',
  ],
  underway: [
    // people caught in fighting that goes on: "civilians trapped", "civils pris au piège" ("since this morning" alone is not)
    'trapped', 'pris au piege', 'pris en etau', 'coinces', 'coincees', 'bloques par les combats', 'caught in the crossfire', 'pris entre deux feux',
    'ongoing', 'on going', 'under way', 'underway', 'in progress', 'en cours', 'imminent*', 'right now', 'as we speak', 'now', 'maintenant',
    'actuellement', 'currently', 'at the moment', 'a l instant', 'still shooting', 'toujours en cours', 'in the process of',
    'en ce moment', 'is happening', 'happening now', 'still going on', 'se poursuit', 'se poursuivent', 'under fire',
    'under attack', 'sous le feu', 'en train d', 'en train de', 'sont en train', 'is attacking', 'are attacking', 'still ongoing',
    'still fighting', 'continuing', 'continuent', 'encore en cours', 'sur le point de', 'sur le point d',
    'about to', 'at this very moment', 'sos', 'partout', 'everywhere', 'au secours', 'a l heure ou', 'live', 'appretent a', 'apprete a', 'appretaient a', 'poised to',
    // still going on: "les tirs continuent" ("since this morning" alone says when it began, not that it goes on)
    'continues', 'still under way', 'still underway',
  ],
  // "enquête en cours" is an investigation under way, not an attack.
  inquiry: [
    'search', 'searches', 'search party', 'searching', 'recherche', 'recherches', 'fouilles', 'prise en charge', 'care', 'soins', 'treatment', 'tracing', 'enquete*', 'investigation*', 'verification*', 'evaluation*', 'assessment*', 'traitement', 'analyse', 'procedure', 'processus',
    'negociation*', 'mediation', 'dialogue', 'travaux', 'construction', 'distribution*', 'operation*', 'sensibilisation', 'reunion*', 'meeting*',
  ],
  // Phrases that look like keywords but are not: "a violé le cessez-le-feu" is a violation, not a rape.
  neutral: [
    // a scare that was nothing: "pétards pris pour des tirs", "firecrackers, false alarm" (see realHits)
    ['false alarm', 'false_alarm'], ['fausse alerte', 'false_alarm'], ['firecracker*', 'false_alarm'], ['petard*', 'false_alarm'], ['fireworks', 'false_alarm'],
    ['feux d artifice', 'false_alarm'], ['mistaken for', 'false_alarm'], ['pris pour des', 'false_alarm'], ['not an attack', 'false_alarm'], ['pas une attaque', 'false_alarm'],
    'viole le cessez', 'viole la treve', 'viole l accord', 'viole les droits', 'viole le droit', 'community alert network', 'humanitarian partner',
    'alert network', 'reseau d alerte', 'mines d or', 'mine d or', 'gold mine*', 'no access issues', 'detainees', 'detainee', 'aux detenus',
    'des detenus', 'les detenus', 'access to detainees', 'acces aux detenus', 'toll unknown', 'bilan provisoire', 'tire en l air', 'tirs en l air', 'ont tire en l air', 'a tire en l air',
    'fired in the air', 'shots in the air', 'shot in the air', 'fired into the air', 'meeting held', 'meeting was held', 'held a meeting', 'held talks', 'session held', 'reunion tenue',
    // "le bilan s'élève à 9 morts": a verb, not a pupil.
    's eleve', 's elevent', 's est eleve', 'se sont eleves', 's elevait', 'nombre eleve', 'bilan eleve', 'tres eleve', 'plus eleve',
    'risque eleve', 'taux eleve', 'niveau eleve', 'early warning', 'early-warning', 'alerte precoce', 'alertes precoces', 'now sheltering', 'now living',
    'locked in their homes', 'locked in their houses', 'locked themselves', 'locked inside', 'enfermes chez eux', 'enfermee chez elle', 'enferme chez lui', 'se sont enfermes', 'cloitres', 'cloitree', 'barricaded in', 'now staying', 'now calm', 'now safe', 'now hosted', 'now back',
    // where a survivor or victim is now is not an attack under way: "now at the health centre", "actuellement à l'hôpital", "now w FARDC"
    'now at hospital', 'now at the hospital', 'now in hospital', 'now in the hospital', 'now at the health centre', 'now at the health center', 'now at a health centre', 'now at the clinic', 'now at hgr', 'now at the hgr', 'now at csr', 'now in care', 'now under care', 'now receiving care', 'now being treated', 'now treated', 'now recovering', 'now stable', 'now with', 'now w', 'now in the care of', 'now in the hands of',
    'maintenant a l hopital', 'actuellement a l hopital', 'maintenant au centre de sante', 'actuellement au centre de sante', 'actuellement a l hgr', 'maintenant a l hgr', 'actuellement hospitalise*', 'maintenant hospitalise*', 'actuellement sous soins', 'actuellement pris en charge', 'actuellement prise en charge', 'maintenant pris en charge', 'maintenant prise en charge', 'actuellement avec', 'maintenant avec', 'actuellement chez', 'maintenant chez', 'actuellement aux mains', 'actuellement entre les mains', 'in front of her children', 'in front of their children',
    'in front of his children', 'devant ses enfants', 'devant leurs enfants', 'sous les yeux de ses enfants', 'in front of pupils', 'in front of the pupils', 'in front of his pupils', 'in front of her pupils', 'in front of children', 'in front of the children', 'in front of his students', 'devant ses eleves', 'devant les eleves', 'devant des eleves', 'devant des enfants', 'devant les enfants', 'sous les yeux des enfants', 'sous les yeux de ses eleves', 'sous les yeux des eleves', 'urgent',
    // Animals killed are not people killed: "after a cow was killed".
    'cow was killed', 'cows were killed', 'cattle killed', 'cattle were killed', 'goats killed', 'livestock killed', 'vache tuee',
    'vaches tuees', 'betail abattu', 'chevres tuees', 'vache abattue', 'vaches abattues',
  ],
  // Communities named in the east of the DRC: communities fighting each other are a tension, not an armed-group movement.
  community: [
    'hema', 'lendu', 'nande', 'hunde', 'hutu', 'tutsi', 'banyamulenge', 'bafuliru', 'fuliru', 'babembe', 'bembe', 'bavira', 'bashi',
    'barega', 'lega', 'batwa', 'twa', 'bantu', 'bantous', 'bantus', 'pygmee*', 'pygm*', 'mbororo', 'alur', 'ngiti', 'bira', 'banande',
    'bahunde', 'banyarwanda', 'rwandophone*', 'kumu', 'bakumu', 'mbuti', 'herders', 'eleveurs', 'agriculteurs', 'farmers and',
    'communities', 'communautes', 'communaute', 'community', 'youths', 'jeunes', 'villages', 'clans', 'clan',
    'bouviers', 'vachers', 'cattle keepers', 'cultivateurs', 'farmers', 'chefferies', 'groupements', 'chieftaincies',
  ],
  // When a threatened attack is expected: soon enough to be treated as imminent.
  soon: [
    'tonight', 'ce soir', 'cette nuit', 'demain', 'tomorrow', 'imminent*', 'at any moment', 'a tout moment', 'in the coming hours',
    'dans les prochaines heures', 'within hours', 'dans les heures', 'this evening', 'this afternoon', 'cet apres midi', 'sous peu',
    'before dawn', 'avant l aube', 'avant le lever du jour', 'before daybreak', 'd ici ce soir', 'd ici demain', 'in a few hours', 'dans quelques heures', 'dans la nuit', 'la nuit prochaine', 'tomorrow morning', 'demain matin', 'any time now', 'very soon', 'bientot',
  ],
  // Armed people (not a named actor): a movement of armed people is an armed-group movement, not people fleeing.
  armed: [
    'armed men', 'armed man', 'hommes armes', 'homme arme', 'gunmen', 'militia*', 'milicien*', 'milice*', 'rebel*', 'rebelle*', 'fighters',
    'combattant*', 'elements', 'elements armes', 'assailants', 'assaillants', 'soldiers', 'soldats', 'militaires', 'troops', 'troupes', 'armed group*',
    'groupe arme', 'groupes armes', 'bandits', 'insurgents', 'insurges', 'jihadist*', 'djihadist*', 'coalition',
    // (SMS with the vowel dropped: "armd men seen in the fields", "hommes armd")
    'armd men', 'armd man', 'hommes armd',
  ],
  // A feared or announced attack has not happened: "la population craint une attaque".
  fear: [
    'craint', 'craignent', 'craignant', 'crainte', 'crainte d', 'fear', 'fears', 'feared', 'fearing', 'afraid', 'peur', ['annonc*', 'preparing'], ['announc*', 'preparing'],
    ['preparing', 'preparing'], ['preparent', 'preparing'], ['preparaient', 'preparing'], ['prepare', 'preparing'],
    ['planning', 'preparing'], ['planned', 'preparing'], ['plans to', 'preparing'], ['plan to', 'preparing'], ['intend to', 'preparing'], ['intends to', 'preparing'],  ['set to', 'preparing'], ['massing to', 'preparing'], ['gathering to', 'preparing'], ['regrouping to', 'preparing'], ['se regroupent pour', 'preparing'], ['se rassemblent pour', 'preparing'], ['gearing up', 'preparing'], ['appretent', 'preparing'], ['apprete', 'preparing'], ['appretent a', 'preparing'], ['apprete a', 'preparing'], ['appretaient a', 'preparing'], ['veulent', 'preparing'], ['comptent', 'preparing'], ['threaten to', 'preparing'], ['threatening to', 'preparing'], ['menacent d', 'preparing'], ['menace d', 'preparing'], ['projettent', 'preparing'], ['prevue', 'preparing'],
    ['expect', 'preparing'], ['expects', 'preparing'], ['expecting', 'preparing'], ['s attendent a', 'preparing'], ['s attend a', 'preparing'], ['s attendaient a', 'preparing'], ['s attendait a', 'preparing'], ['prevu', 'preparing'], ['prevues', 'preparing'], ['will', 'preparing'], ['expected', 'preparing'], ['attendue', 'preparing'], ['attendues', 'preparing'],
    'warn', 'warns', 'warned of', 'redoute', 'redoutee', 'redoutees', 'redoutent', 'redoutant', 'dreaded', 'dread', 'rumoured', 'rumored', 'rumour*', 'rumeur*', 'rumor*', 'possible', 'eventuel*', 'likely', 'probable', 'prepar*',
    'risque', 'risk', 'pourrait', 'could', 'might', 'prevoi*', 'projette*',
    ['fait savoir', 'preparing'], ['font savoir', 'preparing'], ['sent word', 'preparing'], ['said they would', 'preparing'], ['say they will', 'preparing'], ['vowed to', 'preparing'], ['promised to', 'preparing'], ['promettent de', 'preparing'], ['jurent de', 'preparing'],
  ],
  // Nobody did it: rains, accidents and fires by mishap are not protection incidents.
  natural: [
    'rain*', 'pluie*', 'pluvial*', 'flood*', 'inondation*', 'accidentel*', 'accidental*', 'accident', 'accidents', 'landslide*',
    'glissement de terrain', 'glissements de terrain', 'earthquake*', 'seisme*', 'eboulement*', 'court circuit', 'short circuit',
    'storm*', 'orage*', 'tempete*', 'lightning', 'foudre', 'volcan*', 'eruption*', 'cholera', 'epidemi*', 'mpox', 'noyade*', 'noye*',
    'drown*', 'naufrage*', 'capsiz*', 'chavire*', 'road accident*', 'accident de la route', 'accident de circulation', 'traffic accident*',
    'electrocut*', 'incendie accidentel', 'accidental fire', 'cause unclear', 'cause unknown', 'cause inconnue', 'origine inconnue',
    // (a fire of electrical cause: "electrical cause", "electrical fault", "d'origine électrique", "cause électrique")
    'electrical cause', 'electrical fault', 'electrical short', 'faulty wiring', 'origine electrique', 'cause electrique', 'panne electrique',
    'fire broke out', 'un incendie s est declare', 'outbreak', 'measles', 'rougeole', 'disease', 'maladie', 'malnutrition', 'starvation',
    'hunger', 'famine', 'faim',
    // (reports48: a birth that went wrong, a vehicle that rolled over)
    'childbirth', 'accouchement', 'en couches', 'rolled over', 'overturned', 'overturn*', 'capote', 'a capote', 'se renverse', 'renverse en', 'caved in', 'cave in',
  ],
};
