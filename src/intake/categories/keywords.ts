import { CONTEXT_KEYWORDS } from './context-keywords.js';
import { withClasses7 } from '../vocabulary/long-tail.js';
import { withFieldTraffic } from '../vocabulary/field-traffic.js';
import { withClasses8 } from '../constructions/denials-and-rumours.js';
import { withClasses9 } from '../vocabulary/everyday-traffic-2.js';
import { withShorthand } from '../shorthand-words.js';
import { withSwahili } from '../swahili-verbs.js';
import { withClasses9 as withClasses9Tune13 } from '../constructions/tolls-and-danger.js';
import { withClasses9Tune10 } from '../vocabulary/everyday-traffic-1.js';
import { withQuickLines } from '../vocabulary/quick-lines.js';
import { withConventionWords } from '../vocabulary/conventions.js';
import { withEverydayTraffic12 } from '../vocabulary/everyday-traffic-3.js';
import { withTune15 } from '../vocabulary/everyday-traffic-4.js';
import { withEverydayKivu } from '../vocabulary/everyday-kivu.js';
import { withTune16 } from '../vocabulary/everyday-traffic-5.js';
import { withIncitementCalls } from '../vocabulary/incitement-calls.js';
import { withSwahiliSchools } from '../vocabulary/swahili-schools.js';
import { withT17 } from '../vocabulary/counts-places-doers.js';
import { withT19 } from '../vocabulary/military-police-register.js';
import { withT18 } from '../vocabulary/remote-base.js';
import { withPhoneTyped } from '../vocabulary/phone-typed.js';
import { withQuietCategories } from '../vocabulary/quiet-categories.js';
import { withConfusedCategories } from '../vocabulary/confused-categories.js';
import { withHarderMisses } from '../vocabulary/harder-misses.js';
import { withContractedFuture } from '../vocabulary/contracted-future.js';
import { withSentToRespond } from '../vocabulary/sent-to-respond.js';
import { withNightPhone } from '../vocabulary/night-phone.js';
import { withLingalaSwahiliHarm } from '../vocabulary/lingala-swahili-harm.js';
import { withSwahiliTension } from '../vocabulary/swahili-tension.js';
import { withSmsTheft } from '../vocabulary/sms-theft.js';
import { withSitrepWounds } from '../vocabulary/sitrep-wounds.js';
import { withPeacekeeperShorthand } from '../vocabulary/peacekeeper-shorthand.js';
import { withSiteShelters } from '../vocabulary/site-shelters.js';
import { withShelteredElsewhere } from '../vocabulary/sheltered-elsewhere.js';
import { withQuickReports32 } from '../vocabulary/quick-reports32.js';
import { withQuickReports35 } from '../vocabulary/quick-reports35.js';
import { withReports33b } from '../vocabulary/reports33b.js';

/**
 * Keyword tables, English and French, as typed in field reports. Phrases are normalised when the
 * index is built (accents and case do not matter here); a trailing `*` matches any ending.
 * A `[phrase, subType]` pair also names the sub-type the phrase implies.
 *
 * Keywords raise signals; `categories/categories.ts` turns signals into one category.
 */
export type Signal =
  | 'kill' | 'injure' | 'attack' | 'fighting' | 'abduct' | 'sexual' | 'sea' | 'unPersonnel' | 'peacekeeper'
  | 'child' | 'recruit' | 'school' | 'detention' | 'torture' | 'loot' | 'displace' | 'idpSite' | 'tension'
  | 'movement' | 'threat' | 'hrd' | 'hate' | 'explosive' | 'access' | 'humanitarian' | 'response'
  | 'underway' | 'inquiry' | 'neutral' | 'hospital' | 'militaryUse' | 'armed' | 'fear' | 'natural' | 'community' | 'soon';

export type Keyword = string | readonly [string, string];

const BASE_KEYWORDS: Record<Signal, readonly Keyword[]> = {
  kill: [
    'killed', 'killing*', 'dead', 'died', 'murder*', 'massacr*', 'slain', 'executed', 'beheaded', 'decapitated', 'death toll',
    'bodies', 'corpse*', 'tue', 'tues', 'tuee', 'tuees', 'tuerie*', 'mort', 'morts', 'morte', 'mortes', 'deces', 'decede*',
    'assassin*', 'abattu*', 'execute', 'executes', 'decapite*', 'cadavre*', 'corps sans vie',
    'kill', 'kills', 'killer*', 'shot dead', 'gunned down', 'hacked to death', 'stabbed to death', 'beaten to death', 'burned alive',
    'burnt alive', 'burned to death', 'burnt to death', 'died in the fire', 'perished in the fire', 'charred body', 'charred bodies', 'corps calcine*', 'corps carbonise*', 'mort dans l incendie', 'morte dans l incendie', 'morts dans l incendie', 'lynch*', 'death', 'deaths', 'fatalit*', 'perished', 'lost their lives', 'lost his life',
    'lost her life', 'loss of life', 'slaughter*', 'butcher*', 'gunned', 'crible de balles', 'cribles de balles', 'criblee de balles',
    'criblees de balles', 'riddled with bullets', 'blown up', 'execution sommaire', 'executions sommaires', 'trouve la mort', 'ont trouve la mort', 'succomb*', 'cut the throat*', 'cut their throat*', 'slit the throat*', 'slit their throat*', 'coupe la gorge',
    'tranche la gorge', 'mass grave*', 'fosse commune', 'fosses communes', 'executees', 'execution*', 'egorg*', 'eventre', 'eventres', 'eventree', 'eventrees', 'disembowel*', 'fusill*', 'tuer', 'tuant', 'tuent', 'tuaient', 'tuerent',
    'brule vif', 'brules vifs', 'brulee vive', 'brulees vives', 'buried alive', 'enterre vivant', 'enterree vivante', 'enterres vivants', 'enterrees vivantes', 'brule vivant', 'brulee vivante', 'brules vivants', 'brulees vivantes', 'perdu la vie', 'passe par les armes', 'passes par les armes', 'passee par les armes', 'passees par les armes', 'perte en vie humaine', 'pertes en vies humaines',
    'perte en vies humaines', 'pertes en vie humaine', 'bilan lourd', 'lourd bilan', 'heavy toll', 'heavy death toll',
    // (a running toll said as a count of bodies: "body count from Sunday now 23", reports44)
    'body count', 'bodycount', 'death count', 'nombre de corps',
    'corps decouvert*', 'corps retrouve*', 'corps jonch*', 'mort d homme', 'morts d hommes', 'poignarde a mort', 'machette a mort',
  ],
  injure: [
    'injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt', 'maimed', 'maiming', 'gunshot wound*', 'blesse', 'blesses',
    'blessee', 'blessees', 'blessure*', 'mutile*', 'amput*', 'bless', 'blesse*', 'blessant', 'blessent', 'injuring',
    'stabbed', 'poignarde*', 'balle perdue', 'balles perdues', 'stray bullet*', 'shot in the', 'hospitalis*', 'hospitaliz*',
    // "minor injuries" are light injuries, not children
    'minor injur*', 'minor wound*', 'blessures legeres', 'blessure legere', 'legerement blesse*',
    // (people hit by a bullet: "2 students hit by bullets when the police fired", "touchés par balles"; reports45)
    'hit by bullets', 'hit by a bullet', 'hit by live rounds', 'hit by gunfire', 'touches par balles', 'touche par balle', 'touchee par balle', 'touchees par balles', 'touches par des balles', 'atteint par balle', 'atteints par balles', 'atteinte par balle', 'atteintes par balles',
  ],
  attack: [
    'attack*', 'attaqu*', 'assault*', 'assaut*', 'raid*', 'incursion*', 'ambush*', 'embuscade*', 'opened fire', 'ouvert le feu',
    'shot at', 'shooting*', 'fired on', 'pilonn*', 'gunfire', 'gunshot*', 'gunmen', 'coups de feu', 'tirs', 'fusillade*', 'bombard*', 'shelling',
    'shelled', 'assailant*', 'assaillant*', 'attackers', 'targeted', 'pris pour cible', 'prise pour cible', 'prises pour cible',
    'pris a partie', 'cible', 'cibles', 'ciblee', 'ciblees', 'came under fire', 'attq', 'tir', 'shots', 'shots fired', 'detonation*',
    'crepitement*', 'opened fire on', 'ont tire', 'tire sur', 'tiraient', 'tirent', 'fired at', 'gunmen', 'burst of gunfire', 'mortar*',
    'mortier*', 'rocket*', 'roquette*', 'artillery', 'artillerie', 'obus', 'drone strike*', 'frappe de drone', 'frappes de drone', 'under fire',
    'fired upon', 'fire on', 'shot and', 'jets de pierres', 'jet de pierres', 'stones thrown', 'threw stones', 'throwing stones', 'stoned',
    'stoning', 'lapid*', 'caillass*', 'lynching', 'mob justice', 'justice populaire', 'attaquent', 'attaquaient', 'crossfire', 'cross fire',
    'tirs croises', 'feux croises', 'ont violente', 'violentee', 'violentees', 'a bout portant', 'point blank', 'rpg*', 'strike', 'strikes', 'to hit', ...['will hit', 'vont attaquer', 'va attaquer', 'attaqueront', 'attaquera', 'frapperont', 'frappera', 'will attack', 'will strike', 'would attack', 'would strike', 'allaient attaquer', 'vont frapper', 'va frapper'].map((w) => [w, 'future'] as const), 'prise a partie',
    'prises a partie', 'came under', 'stormed', 'shot down', 'brought down', 'abattu en vol', 'fired at a', 'fired on a', 'irruption', 'storming', 'prise d assaut', 'pris d assaut', 'small arms fire', 'small-arms fire', 'arms fire', 'tirs d armes legeres',
    // assaulted, stones thrown in more forms ("agressé chez lui", "ont jeté des pierres sur")
    'agresse', 'agresses', 'agressee', 'agressees', 'agression', 'agressions', 'agressent', 'agresseur*', 'jete des pierres', 'jeter des pierres', 'jettent des pierres', 'lance des pierres', 'lancent des pierres', 'lancer des pierres', 'pelted',
  ],
  fighting: [
    // (spoken French for fighting between two sides: "ça cogne entre M23 et wazalendo", "ça tape entre", reports48)
    'ca cogne', 'ca tape entre', 'ca chauffe entre', 'ca barde entre',
    'fighting', 'clash*', 'combat*', 'affrontement*', 'accrochage*', 'heurt*', 'bagarre*', 'rixe*', 'exchange of fire', 'echange de tirs', 'echanges de tirs', 'exchanged fire', 'exchange fire', 'exchanging fire', 'echangent des tirs', 'ont echange des tirs', 'hostilities',
  ],
  abduct: [
    'abduct*', 'kidnap*', 'enlev*', 'hostage*', 'otage*', 'taken hostage', 'pris en otage', 'prises en otage', 'rapt', 'rapts',
    'taken away', 'carried off', 'carried away', 'took away', 'dragged away', 'dragged off', 'led away', 'taken at gunpoint', 'enlvmt', 'enlvmts', 'enlevmt', 'conduits de force', 'conduites de force', 'conduit de force', 'conduite de force', 'emmene de force', 'emmenes de force', 'amenes en brousse', 'emmene* en brousse', 'taken to the bush', 'captured', 'capturing', 'capture', 'captures',
    'whisked away', 'whisked', 'grabbed', 'seized', 'snatch*', 'emmene', 'emmenes', 'emmenee', 'emmenees', 'amenes', 'amenees', 'taken into the bush', 'marched into the bush', 'marched', 'sequestr*', 'ravisseur*', 'abductor*',
    'emmenee de force', 'emmenees de force', 'held captive', 'captive*', 'captif*',
    'taken into the bush', 'led into the bush', 'held hostage', 'detenus en otage', 'ransom', 'rancon', 'rancon*', 'in captivity', 'en captivite',
  ],
  sexual: [
    ['rape*', 'rape'], ['raped', 'rape'], ['viol', 'rape'], ['viols', 'rape'], ['viole', 'rape'], ['violee', 'rape'], ['violees', 'rape'],
    ['violes', 'rape'], ['violer', 'rape'], ['viol collectif', 'rape'], ['gang rape*', 'rape'], 'sexual violence', 'violence sexuelle',
    'violences sexuelles', 'sexual assault*', 'sexually assaulted', 'agression sexuelle', 'agressions sexuelles', 'vbg', 'sgbv', 'gbv',
    'vslc', 'vsbg', 'crsv', ['sexual slavery', 'sexual_slavery'], ['esclavage sexuel', 'sexual_slavery'], ['esclaves sexuelles', 'sexual_slavery'],
    ['violait', 'rape'], ['violaient', 'rape'], ['violent sexuellement', 'rape'], ['rapes', 'rape'], ['raping', 'rape'], 'agressee sexuellement',
    'agressees sexuellement', 'agresse sexuellement', 'agresses sexuellement', 'sexually abused by', 'attouchement*', 'sodomi*', 'vvs', 'vs sur', 'vs contre', 'cas de vs', 'victime de vs', 'victimes de vs', 'vs a l encontre', 'cas vs', 'cas de vsbg', 'cas vsbg',
    // "9 new sv cases registered", "SV survivors referred" (the protection clusters' shorthand; t36c, reports36): never "sv" alone
    'sv case', 'sv cases', 'sv survivor*', 'sv incident*', 'sv victim*',
    // "2 SVS reçues à Panzi" (survivantes de violences sexuelles); "femmes violentées par des hommes en uniforme" (of a woman,
    // Congolese French for a rape): fail closed
    'svs', 'violentee', 'violentees',
    ['become his wife', 'sexual_slavery'], ['become their wife', 'sexual_slavery'], ['become his wives', 'sexual_slavery'], ['devenir sa femme', 'sexual_slavery'], ['devenir son epouse', 'sexual_slavery'], ['devenir leur femme', 'sexual_slavery'], 'attacked sexually', 'sexually attacked', 'attaquee sexuellement', 'attaquees sexuellement', 'violentee sexuellement', 'violentees sexuellement', ['as his wife', 'sexual_slavery'], ['as wife', 'sexual_slavery'], ['as their wife', 'sexual_slavery'], ['as his wives', 'sexual_slavery'], ['as their wives', 'sexual_slavery'], ['as wives', 'sexual_slavery'], ['as a wife', 'sexual_slavery'], ['comme epouse', 'sexual_slavery'], ['comme epouses', 'sexual_slavery'], ['pour epouse', 'sexual_slavery'], ['pour epouses', 'sexual_slavery'], ['comme femme par', 'sexual_slavery'], ['comme femmes par', 'sexual_slavery'], ['comme sa femme', 'sexual_slavery'], ['comme leurs femmes', 'sexual_slavery'], ['sex slave*', 'sexual_slavery'], ['esclave sexuelle', 'sexual_slavery'], ['esclaves sexuels', 'sexual_slavery'], ['sexual slave*', 'sexual_slavery'], ['bush wife', 'sexual_slavery'], ['bush wives', 'sexual_slavery'], ['forced marriage', 'sexual_slavery'], ['mariage force', 'sexual_slavery'], ['mariages forces', 'sexual_slavery'],
    // a girl married off to an armed man: "a 13-year-old girl married off to a Wazalendo commander", "donnée en mariage à un combattant"
    ['married off', 'sexual_slavery'], ['given in marriage', 'sexual_slavery'], ['given as a wife', 'sexual_slavery'], ['donnee en mariage', 'sexual_slavery'], ['donnees en mariage', 'sexual_slavery'], ['donnee comme epouse', 'sexual_slavery'],
    ['epouse* de force', 'sexual_slavery'], ['mariee de force', 'sexual_slavery'], ['mariees de force', 'sexual_slavery'], ['marie de force', 'sexual_slavery'], ['maries de force', 'sexual_slavery'], ['forcibly married', 'sexual_slavery'], ['early marriage', 'sexual_slavery'], ['early marriages', 'sexual_slavery'], ['child marriage', 'sexual_slavery'], ['child marriages', 'sexual_slavery'], ['child bride', 'sexual_slavery'], ['mariage precoce', 'sexual_slavery'], ['mariages precoces', 'sexual_slavery'], ['mariage d enfant', 'sexual_slavery'], ['mariage d enfants', 'sexual_slavery'], ['mariage de mineure', 'sexual_slavery'], ['mariage d une mineure', 'sexual_slavery'], ['forced to marry', 'sexual_slavery'], ['forced into marriage', 'sexual_slavery'], ['defiled', 'rape'], ['defile', 'rape'], ['defilement', 'rape'], ['defloration', 'rape'], ['deflore', 'rape'], ['defloree', 'rape'], ['deflorees', 'rape'], ['deflowered', 'rape'], ['deflowering', 'rape'], ['molest*', 'rape'],
    // "the rapist of a 12-year-old girl arrested", "présumés violeurs interpellés": a report about who raped is about a rape (fail closed)
    ['rapist', 'rape'], ['rapists', 'rape'], ['violeur', 'rape'], ['violeurs', 'rape'],
    // sexual harassment by armed or uniformed men is sexual violence: restricted (fail closed)
    'sexual harassment', 'sexually harassed', 'sexually harassing', 'harcelement sexuel', 'harcelements sexuels', 'harcelee sexuellement', 'harcelees sexuellement', 'harcelent sexuellement',
    // a rape said by its euphemism or by its care (fail closed): "forcée de coucher avec 3 militaires", "3 PEP kits given to women
    // from Kibirizi" (post-exposure prophylaxis is given after a rape), "survivantes prises en charge"
    ['forcee de coucher', 'rape'], ['forcees de coucher', 'rape'], ['obligee de coucher', 'rape'], ['obligees de coucher', 'rape'], ['contrainte de coucher', 'rape'], ['contraintes de coucher', 'rape'],
    ['forced to sleep with', 'rape'], ['forced her to sleep with', 'rape'], ['forced to have sex', 'rape'], ['forced her to have sex', 'rape'], ['forcee a avoir des rapports', 'rape'], ['forcees a avoir des rapports', 'rape'],
    // forced nudity, and a minor made pregnant, are sexual violence (fail closed): "3 adolescentes retrouvées nues en brousse
    // après l'incursion", "cas de grossesse chez une mineure, auteur présumé un élément FARDC"
    'found naked', 'stripped naked', 'forced to undress', 'retrouvee nue', 'retrouvees nues', 'deshabillee de force', 'deshabillees de force', 'forcee a se deshabiller', 'forcees a se deshabiller',
    'grossesse chez une mineure', 'grossesses chez des mineures', 'grossesse d une mineure', 'mineure enceinte', 'mineures enceintes', 'pregnant minor', 'pregnant minors', 'underage pregnancy',
    'pep kit', 'pep kits', 'kit pep', 'kits pep', 'kits de pep', 'kit de pep', 'post exposure prophylaxis', 'prophylaxie post exposition',
    'survivantes prises en charge', 'survivante prise en charge', 'prise en charge des survivantes', 'prise en charge de survivantes', 'prise en charge medicale des survivantes',
    ['gang raped', 'rape'], ['sodomized', 'rape'], ['abusee', 'rape'], ['abusees', 'rape'], ['sodomised', 'rape'], 'assaulted sexually', 'abused sexually', 'violence basee sur le genre', 'violences basees sur le genre', 'gender based violence',
  ],
  // "SEA"/"EAS" in capitals are checked in the parser (the sea, il y a des): too common as words.
  sea: [
    'sexual exploitation', 'exploitation sexuelle', 'exploitation et abus sexuels', 'sexual abuse', 'abus sexuel', 'abus sexuels',
    'transactional sex', 'sexe transactionnel', 'survival sex', 'paternity', 'paternite', 'sexually exploit*', 'sexually abused',
    'sexually abusing', 'exploite sexuellement', 'exploitee sexuellement', 'exploitees sexuellement', 'exploites sexuellement',
    'abuse sexuellement', 'abusee sexuellement', 'abusees sexuellement', 'for sex', 'pour du sexe', 'contre du sexe', 'sex for', 'en echange de sexe',
    'in exchange for sex', 'prostitu*', 'sexual relations with', 'relations sexuelles avec', 'girlfriend*', 'copine*', 'enceinte d un casque',
    'impregnat*', 'engross*', 'had sex', 'having sex', 'sex with', 'fathered', 'sexual relationship*', 'relations sexuelles', 'rapports sexuels',
    'relation sexuelle', 'rapport sexuel', 'sleeping with', 'enceinte d un', 'enceinte des', 'father of her child', 'pere de son enfant',
    'pregnant by', 'made pregnant', 'made her pregnant', 'got her pregnant', 'rendue enceinte', 'mise enceinte', 'engrossee', 'demanded sex', 'demanding sex', 'sex in exchange', 'exige du sexe', 'exigeait du sexe', 'sexe en echange', 'sexe contre', ...['in a relationship with', 'relationship with her', 'relationship with a', 'relation amoureuse', 'relations amoureuses', 'liaison amoureuse', 'liaison avec une', 'en couple avec', 'sort avec', 'vit avec une mineure', 'fathering', 'fathered a child'].map((w) => [w, 'relationship'] as const), 'de l avoir mise enceinte', 'got a girl pregnant', 'getting her pregnant', 'getting a girl pregnant', 'getting girls pregnant', 'got her pregnant', 'left her pregnant', 'l a mise enceinte', 'l a engrossee',
    // sex bought or favours asked, said plainly ('blue helmets buying sex from girls', 'faveurs sexuelles')
    // a child fathered by UN personnel: 'a child born of a peacekeeper father', 'enfant né d'un casque bleu' (paternity, as 'fathered')
    'born of a peacekeeper', 'born to a peacekeeper', 'peacekeeper father', 'father is a peacekeeper', 'father was a peacekeeper', 'ne d un casque bleu', 'nee d un casque bleu', 'nes de casques bleus', 'enfant d un casque bleu', 'enfants de casques bleus', 'pere casque bleu', 'pere est un casque bleu',
    'buying sex', 'bought sex', 'buy sex', 'buys sex', 'paying for sex', 'paid for sex', 'sexual favours', 'sexual favors', 'sexual favour', 'sexual favor', 'faveurs sexuelles', 'faveur sexuelle', 'acheter du sexe', 'achetent du sexe', 'achete du sexe', 'payer pour du sexe', 'paient pour du sexe',
  ],
  unPersonnel: [
    'peacekeeper*', 'peace keeper*', 'casque bleu', 'casques bleus', 'blue helmet*', 'un staff', 'un personnel', 'un employee*',
    'un worker*', 'un contractor*', 'un soldier*', 'un troops', 'un peacekeeper*', 'un police', 'personnel de l onu', 'personnel onusien',
    'agent de l onu', 'agents de l onu', 'agent de la monusco', 'agents de la monusco', 'personnel de la monusco', 'staff de la monusco',
    'militaire de la monusco', 'militaires de la monusco', 'soldat de la monusco', 'soldats de la monusco', 'monusco staff',
    'monusco personnel', 'monusco soldier*', 'monusco peacekeeper*', 'onusien', 'onusiens', 'contingent*', 'monusco contractor*', 'monusco employee*', 'monusco driver*', 'monusco police', 'unpol', 'un police officer*', 'police de la monusco', 'policier de la monusco', 'policiers de la monusco', 'employe de la monusco', 'employes de la monusco', 'chauffeur de la monusco',
    // 'a UN driver sexually exploiting …', 'UN official': UN staff named by their job
    'un driver*', 'un official*', 'un staffer*', 'un volunteer*', 'un civilian staff', 'un national staff', 'un agency staff', 'un guard*',
  ],
  peacekeeper: [
    'peacekeeper*', 'peace keeper*', 'casque bleu', 'casques bleus', 'blue helmet*', 'monusco', 'un base', 'un convoy', 'un patrol', 'un troops',
    'un soldier*', 'un peacekeeper*', 'fib', 'force intervention brigade', 'brigade d intervention', 'contingent*', 'base de la monusco',
    'position de la monusco', 'convoi de la monusco', 'patrouille de la monusco', 'cob', 'tob', 'drone de la force', 'base de la force', 'patrouille de la force', 'convoi de la force', 'drone de surveillance', 'surveillance drone', 'drone de la monusco', 'monusco drone', 'un helicopter', 'helicoptere de la monusco', 'monusco helicopter', 'force drone',
  ],
  child: [
    'child', 'children', 'kid', 'kids', 'minor', 'minors', 'boy', 'boys', 'girl', 'girls', 'pupil*', 'schoolchild*', 'schoolgirl*', 'schoolboy*',
    'infant*', 'baby', 'babies', 'teenager*', 'adolescent*', 'enfant*', 'mineur', 'mineurs', 'mineure', 'mineures', 'fillette*', 'garcon*',
    'eleve', 'eleves', 'ecolier*', 'bebe', 'bebes', 'nourrisson*', 'teen', 'teens', 'teenage', 'under 18', 'under-18', 'underage',
    'moins de 18 ans', 'garconnet*', 'gamin*', 'watoto', 'mtoto',
  ],
  recruit: [
    'recruit*', 'recrut*', 'enrol*', ['child soldier*', 'recruitment'], ['enfant soldat', 'recruitment'], ['enfants soldats', 'recruitment'],
    ['enfants associes', 'recruitment'], ['children associated', 'recruitment'], ['use of children', 'recruitment'],
    ['utilisation d enfants', 'recruitment'], ['enfants utilises', 'recruitment'], ['recrutement d enfants', 'recruitment'],
    ['child recruitment', 'recruitment'], ['recruitment of children', 'recruitment'], ['kadogo*', 'recruitment'],
    ['enfants associes aux groupes armes', 'recruitment'], ['enfant associe', 'recruitment'], ['enrolement de mineurs', 'recruitment'],
    ['enrolement d enfants', 'recruitment'], ['enrolement des enfants', 'recruitment'], ['recrutement de mineurs', 'recruitment'],
    ['recrutement des enfants', 'recruitment'], ['children associated with armed', 'recruitment'], ['caafag', 'recruitment'],
    ['eafga', 'recruitment'], ['eafgas', 'recruitment'], ['esfga', 'recruitment'], ['esfgas', 'recruitment'], ['caafags', 'recruitment'], ['enfants sortis des groupes armes', 'recruitment'], ['child combatant*', 'recruitment'],
    ['enfants combattants', 'recruitment'], ['enfants utilises comme', 'recruitment'], ['children used as', 'recruitment'],
    ['used children', 'recruitment'], ['utilisent des enfants', 'recruitment'], 'conscript*', 'forcibly recruited', 'enrole*', 'enroll*',
    ['kid soldier*', 'recruitment'], ['child fighters', 'recruitment'], 'enlist*', 'recruits', 'forcing', 'forced', 'forcent', 'obliges',
    'contraints', 'to carry', 'porter les', 'as porters', 'comme porteurs', 'pour porter', 'made to carry', 'to carry ammunition', 'carrying ammunition', 'carry their', 'porter leurs', 'porter des munitions', 'porter les munitions', 'se servent d', 'se servent de', 'se sert d', 'se sert de', 'using a child', 'using children', 'used a boy', 'used a girl', 'used boys', 'used girls', 'manned by', 'tenue par des', 'tenues par des', 'gardee par des', 'gardees par des', 'to spy', 'pour espionner', 'as porter', 'comme porteur', 'comme eclaireurs', 'as scouts', 'cook for', 'cuisiner pour', 'carrying guns', 'carrying weapons', 'carrying arms', 'carrying rifles', 'portant des armes', 'portaient des armes', 'armes a la main', 'comme gardes', 'as guards', 'comme espion', 'comme espionne', 'comme espionnes', 'comme porteuse', 'comme porteuses', 'utilise comme espion', 'utilisee comme espionne', 'utilises comme espions', 'utilisees comme espionnes', 'utilise comme porteur', 'utilises comme porteurs', 'utilisee comme porteuse', 'used as a spy', 'used as spies', 'used as porters', 'used as a porter', 'used as cooks', 'used as a cook', 'used as messengers', 'used as a messenger', 'made to cook', 'forced to cook', 'as a spy', 'as a porter', 'as a cook', 'as spies', 'comme espions', 'as messengers', 'as cooks', 'comme cuisiniers', 'as escorts', 'as fighters',
    'comme combattants',
    // used without an article, in SMS: "used as spy", "as cook", "comme messager", "in their ranks"
    'used as spy', 'used as porter', 'used as cook', 'used as messenger', 'used as escort*', 'used as guard*', 'used as scout*', 'used as bodyguard*', 'as spy', 'as cook', 'as messenger', 'as scout', 'as a scout', 'as guard', 'as a guard', 'as escort', 'as an escort', 'as bodyguard*', 'as a bodyguard', 'as lookout*', 'as a lookout',
    'comme messager*', 'comme eclaireur', 'comme garde du corps', 'comme gardes du corps', 'comme cuisinier', 'comme cuisiniere*', 'comme escorte*', 'comme sentinelle*', 'comme guetteur*', 'comme estafette*', 'servent d espion*', 'sert d espion', 'servent de porteur*', 'sert de porteur',
  ],
  school: [
    ['school*', 'attack_on_school'], ['ecole*', 'attack_on_school'], ['classroom*', 'attack_on_school'], ['salle de classe', 'attack_on_school'], ['salles de classe', 'attack_on_school'], ['salle de classes', 'attack_on_school'],
    ['complexe scolaire', 'attack_on_school'], ['institut', 'attack_on_school'], ['lycee*', 'attack_on_school'],
    ['etablissement scolaire', 'attack_on_school'], ['etablissements scolaires', 'attack_on_school'], ['ecole primaire', 'attack_on_school'],
  ],
  hospital: [
    'hospital*', 'hopital', 'hopitaux', 'health centre*', 'health center*', 'health facilit*', 'health post*', 'centre de sante',
    'centres de sante', 'poste de sante', 'postes de sante', 'clinic*', 'clinique*', 'dispensaire*', 'structure sanitaire',
    'structures sanitaires', 'formation sanitaire', 'formations sanitaires', 'maternite', 'maternity', 'hgr', 'csr', 'centre medical',
    'ambulance*',
    // (SMS "cs" for centre de santé, only after a French article: English "CS" is civil society; reports31)
    'le cs', 'du cs', 'au cs', 'un cs',
  ],
  // Armed forces taking over a building (a school or hospital so used is a grave violation against children).
  militaryUse: [
    'occup*', 'used as a base', 'used as a military', 'used as barracks', 'utilise* comme base', 'utilise* comme camp', 'camp militaire',
    'base militaire', 'military base', 'military camp', 'military use', 'utilisation militaire', 'installe* dans', 'stationed in',
    'stationed at', 'cantonn*', 'transforme en', 'transformee en', 'transformes en', 'transformees en', 'turned into', 'converted into',
    'set up base', 'set up camp', 'ont elu domicile', 'barracks', 'caserne', 'taken over', 'took over', 'take over', 'pris le controle',
    'pris possession', 'ont pris possession', 'used as', 'utilise comme', 'utilisee comme', 'servant de base', 'serve as', 'as a base', 'as base',
    'as a military base', 'as barracks', 'as a camp', 'comme base', 'comme camp', 'en base militaire', 'en caserne', 'transforme en caserne',
    // "FARDC installed a position inside Mavivi primary school", "ont installé une position dans l'école"
    // (a position "on the hill above the school" is near it, not in it)
    'installed a position in', 'installed a position inside', 'installed positions in', 'set up a position in', 'set up a position inside', 'position inside', 'positions inside', 'installe une position dans', 'installe des positions dans', 'installent une position dans', 'position a l interieur',
    'leur camp', 'leur base', 'their camp', 'their base', 'military post', 'military position', 'poste militaire', 'position militaire', 'into a base', 'into barracks', 'into a barracks', 'into a camp', 'into their camp', 'into a military camp', // ("turned the school into a camp": reports41)
    'en base', 'en camp', 'en position', 'transform*', 'camping', 'camped', 'campent', 'campaient', 'bivouac*', 'sleeping in', 'dorment dans', 'logent dans', 'squatting', 'installe* leur', 'installed their', 'set up their',
  ],
  detention: [
    'arrest*', 'detain*', 'detention*', 'incommunicado', 'custody', 'arrete', 'arretes', 'arretee', 'arretees', 'arrestation*', 'detenu*',
    'mis aux arrets', 'cachot*', 'incarcer*', 'garde a vue', 'arretent', 'arretaient', 'arreter', 'interpell*', 'apprehend*', 'rafle*',
    'jailed', 'imprison*', 'emprisonn*', 'held without charge', 'without charge', 'without trial', 'sans jugement', 'sans proces', 'sans charge', 'sans inculpation', 'detenues', 'amigo', 'rounded up', 'locked up', 'locked', 'enferme*',
    'container', 'held in a', 'held in an', 'held in the', 'held in custody', 'held in their', 'kept in', 'night raid', 'rafle', 'bouclage',
    // held with no charge, file or word of arrest: "kept by FARDC for a week", "retenus au cachot sans dossier", "still in the cells"
    'kept by', 'held by', 'gardes par', 'detenus par', 'no charge', 'no charges', 'not charged', 'without any charge', 'sans dossier', 'sans motif', 'sans raison', 'no reason given', 'in the cells', 'in cells', 'in a cell', 'in the cell', 'au cachot', 'dans un cachot', 'au cachot de', 'picked up by', 'picked up', 'retenu au', 'retenus au', 'retenue au', 'retenues au', 'retenus dans', 'retenu dans', 'toujours detenu*', 'still held', 'still detained', 'cachots', 'lock up', 'locked in',
  ],
  torture: [
    'tortur*', 'ill treat*', 'ill treatment', 'beaten', 'beating*', 'flogged', 'whipped', 'fouet*', 'mauvais traitement*',
    'traitements inhumains', 'passe a tabac', 'passes a tabac', 'tabass*', 'battu', 'battus', 'sevices', 'bastonn*', 'chicott*',
    'brutalis*', 'maltrait*', 'inhumain*', 'degrading', 'degradant*', 'whipping', 'flogging', 'torturing', 'cruel*', 'beat', 'beats',
    'beaten up', 'tabasse*', 'battue', 'battues', 'roue* de coups', 'rouee de coups', 'coups et blessures', 'mistreat*', 'electric shock*', 'chocs electriques',
    // burns done to a person, not a house: "burnt with cigarettes", "brûlé au fer", "melted plastic"
    'burnt with cigarette*', 'burned with cigarette*', 'burnt with a cigarette', 'burned with a cigarette', 'burnt with hot', 'burned with hot', 'burnt with a hot', 'burned with a hot', 'burnt with an iron', 'burned with an iron',
    'cigarette burn*', 'melted plastic', 'brule a la cigarette', 'brules a la cigarette', 'brulee a la cigarette', 'brulure* de cigarette*', 'brule au fer', 'brules au fer', 'brulee au fer', 'plastique fondu', 'brule avec des cigarettes', 'brules avec des cigarettes',
  ],
  loot: [
    ['loot*', 'looting'], ['pillag*', 'looting'], ['pille', 'looting'], ['pilles', 'looting'], ['pillee', 'looting'], ['pillees', 'looting'],
    ['pillard*', 'looting'], ['took everything', 'looting'], ['taken everything', 'looting'], ['taking everything', 'looting'], ['tout emporte', 'looting'], ['emporte tout', 'looting'], ['emportant tout', 'looting'], ['emportaient tout', 'looting'], ['ont tout pris', 'looting'], ['tout pris', 'looting'], ['burned', 'arson'], ['burnt', 'arson'], ['burning', 'arson'], ['set on fire', 'arson'], ['set ablaze', 'arson'],
    ['torched', 'arson'], ['arson', 'arson'], ['incendi*', 'arson'], ['brule*', 'arson'], 'destroyed', 'destruction', 'detrui*', 'vandal*',
    'razed', 'extort*', 'extorqu*', 'vol a main armee', 'vols a main armee', 'vol a mains armees', 'armed robbery', 'ranconn*', 'stolen', 'stole', 'theft', 'vol de', 'vols de', 'vole', 'voles', 'volee', 'volees', 'cattle rustling',
    ['pilla*', 'looting'], ['pille*', 'looting'], ['pillent', 'looting'], ['plunder*', 'looting'], ['ransack*', 'looting'],
    ['saccag*', 'looting'], 'cambriol*', 'robbed', 'robbery', 'robberies', 'robbing', 'racket*', 'taxes illegales', 'illegal tax*', 'taxe illegale', 'impose une taxe', 'imposent une taxe', 'impose des taxes', 'imposent des taxes', 'taxent', 'taxaient', 'weekly tax*', 'monthly tax*', 'daily tax*', 'taxe hebdomadaire', 'taxe mensuelle', 'imposing tax*', 'imposing a tax', 'levying', 'levied', 'prelev*', 'taxing', 'contribution forcee', 'contributions forcees', 'cotisation forcee', 'cotisations forcees', 'forced to pay', 'contraints de payer', 'obliges de payer',
    ['set fire', 'arson'], ['mis le feu', 'arson'], ['mettent le feu', 'arson'], ['reduit* en cendres', 'arson'], 'demoli*', 'demolish*',
    'emporte* le betail', 'betail emporte', 'vaches emportees', 'livestock stolen', 'cattle raid*', 'raid on cattle', 'razzia*',
    'braqu*', 'carjack*', 'hijack*', 'detrousse*', 'depouill*', 'vol de betail', 'vol de vaches', 'vols de betail', 'seized cattle',
    'seized livestock', 'seized goods', 'seized their', 'took their cattle', 'stole cattle', 'cattle stolen', 'emporte* des vaches',
    'emporte* les vaches', 'ravi des', 'ont ravi', 'emportant', 'ont emporte', 'emporte les', 'emporte leurs', 'took their', 'stole their', 'emporte des biens', 'emporte leurs biens', 'made off with', 'carted off',
    // (cattle rustled: "ADF rustled 12 cows"; herds driven off are read in categories/herd-driven-off.ts; reports45)
    'rustled', 'rustling',
    'carried off', 'main basse', 'fait main basse', ['on fire', 'arson'], ['mis a feu', 'arson'], 'burgl*', 'broke into', 'break into', 'broken into', 'reduite en cendres', 'reduites en cendres', 'reduit en cendres',
    'reduits en cendres', 'burnt to ashes', 'burned to the ground', 'razed to the ground', ['set ablaze', 'arson'],
  ],
  displace: [
    'displac*', 'fled', 'flee', 'flees', 'fleeing', 'village empty', 'villages empty', 'village vide', 'villages vides', 'population gone', 'village abandonne', 'villages abandonnes', 'abandoned village*', // returnees arriving are on the move; returnees back home are not displaced ('other' unless harmed)
    'returnees arriving', 'returnee arriving', 'returnees from', 'rapatries de', 'retournes de', 'rapatries arrivent', 'retournes arrivent', 'expulses de', 'expelled from', 'sleeping in the bush', 'sleep in the bush', 'spend the night in the bush', 'spending the night in the bush', 'nights in the bush', 'passe la nuit en brousse', 'passent la nuit en brousse', 'passe la nuit dans la brousse', 'dorment en brousse', 'dorment dans la brousse', 'nuit en brousse', 'left the town', 'left the village', 'left their homes', 'left their villages', 'abandoned their homes', 'abandoned their villages', 'ont quitte le village', 'ont quitte la ville', 'quitte leurs maisons', 'abandonne leurs maisons', 'deserted', 'desert', 'deserte', 'desertee', 'families arriving', 'households arriving', 'people arriving', 'idps arriving', 'displaced arriving', 'new arrivals', 'nouveaux arrivants', 'arrivee massive', 'arrivees massives', 'influx', 'afflux', 'se deplacent massivement', 'se deplace massivement', 'idps', 'pdi', 'fuir', 'fui', 'fuient', 'fuite', 'fuyant', 'fuyaient', 'deplace', 'deplaces', 'deplacee',
    // (reports48: "dozens of households gone after a night of gunfire", "clashes pushed 2,000 ppl towards Kanyabayonga")
    'families running', 'people running', 'ppl running', 'pop running', 'population running', 'households gone', 'families gone', 'menages partis', 'familles parties', 'pushed approx', 'pushed about', 'pushed some', 'pushed thousands', 'pushed hundreds', 'pushed people', 'pushed ppl', 'pushed the population', 'pousse la population', 'pousse les habitants',
    'deplacees', 'deplacement*', 'exode', 'exodus', 'population movement*', 'mouvement de population', 'mouvements de population',
    'mouvements de populations', 'left their homes', 'refugee*', 'refugie*', 'fuyard*', 'en debandade', 'sought refuge', 'trouve refuge',
    'abandonne* leurs', 'abandoned their', 'villages vides', 'village vide', 'vide de sa population', 'vides de leurs',
    'pop en fuite', 'population en fuite', 'fuyaient', 'fuit', 'fled to', 'have fled', 'displacing', 'ont fui', 'ont fuit', 'ont quitte',
    'quittent', 'quittant', 'have left', 'left their', 'mouvement de pop', 'mvt de pop', 'mouvement des populations', 'mouvement de la population',
    'mouvements de pop', 'pop movement*', 'population movement', 'people on the move', 'sought safety', 'seek safety', 'seeking safety',
    'sheltering', 'taking refuge', 'took refuge', 'as fighting nears', 'as fighting approaches', 'a l approche des combats', 'partent vers', 'partaient vers', 'partent pour', 'partis vers', 'parties vers', 'partis par peur', 'parties par peur', 'partie en brousse', 'partis en brousse', 'parties en brousse', 'refugiee en brousse', 'refugies en brousse', 'cachee en brousse', 'caches en brousse', 'hiding in the bush', 'fled into the bush', 'village est vide', 'localite est vide', 'quartier est vide', 'cite est vide', 'ville est vide', 'villages sont vides', 'maisons sont vides', 'se vide', 'se vident', 'se vidant', 'village vide', 'emptying', 'emptied', 'lies empty', 'village is empty', 'town is empty', 'villages are empty', 'houses are empty', 'stand empty', 'nobody left in', 'no one left in', 'nobody remains', 'no one remains', 'personne n est reste', 'plus personne a', 'plus personne au', 'plus personne dans', 'sleep in the fields', 'sleeping in the fields', 'dorment dans les champs', 'dorment en plein air', 'sleep in the open', 'sleep in the forest', 'dorment en foret', 'dorment dans la foret', 'hh arrived', 'households arrived', 'menages arrives', 'familles arrivees', 'families arrived', 'people arrived', 'personnes arrivees', 'idps arrived', 'deplaces arrives', 'pers arrivees', 'families leaving', 'people leaving', 'residents leaving', 'inhabitants leaving', 'villagers leaving', 'households leaving', 'idps leaving', 'leaving the village', 'leaving their homes', 'leaving their villages', 'households left', 'families left', 'people left', 'residents left', 'inhabitants left',
    'heberge*', 'accueilli*', 'arrivals', 'new arrivals', 'nouvelles arrivees', 'nouveaux arrivants', 'arrivants', 'familles venues', 'familles venant', 'menages venus', 'menages venant', 'families coming from', 'families who came', 'familles arrivees', 'menages arrives', 'families arrived', 'families arriving', 'for protection', 'seeking protection', 'sought protection', 'en quete de protection', 'pour se proteger', 'chercher protection', 'cherchent protection', 'ran to', 'rushed to', 'flocked to', 'couru vers', 'courent vers', 'accouru* vers', 'dorment dehors', 'dormaient dehors', 'dorment a la belle etoile', 'sleeping outside', 'sleeping in the open', 'sleep in the open', 'sleep outside', 'slept outside', 'slept in the open', 'deplacement massif', 'uprooted', 'chased from', 'driven from', 'driven out of', 'chasses de', 'vide de ses habitants', 'videe de ses habitants', 'vides de leurs habitants', 'emptied of',
  ],
  idpSite: [
    'idp site*', 'idp camp*', 'idps site*', 'idps camp*', 'idp settlement*', 'displacement site*', 'displacement camp*', 'camp de deplaces',
    'camp des deplaces', 'camps de deplaces', 'camps des deplaces', 'site de deplaces', 'site des deplaces', 'sites de deplaces',
    'sites des deplaces', 'site de deplacement', 'site de deplacement', 'site d accueil', 'poc site*', 'site de protection', 'site pdi',
    'site de pdi', 'sites de pdi', 'camp pdi', 'camp de pdi', 'camp for displaced', 'displaced persons camp', 'site for displaced',
    'collective centre', 'centre collectif', 'camp de refugies', 'refugee camp*', 'displaced camp', 'displaced persons site', 'displaced site',
    'displacement site', 'idp shelter*', 'abris des deplaces', 'site deplaces', 'sites deplaces', 'camp deplaces', 'site idp', 'site idps',
  ],
  tension: [
    'tension', 'tensions', 'dispute', 'disputes', 'litige', 'litiges', 'differend', 'differends', 'revenge', 'vengeance', 'mobilis*', 'mobiliz*', 'youths mobilising', 'jeunes mobilises', 'land conflict*', 'land dispute*', 'conflit foncier', 'conflits fonciers', 'conflit de terre', 'intercommunal*',
    'intercommunautaire*', 'inter communal*', 'inter communautaire*', 'inter ethnic', 'interethnique*', 'ethnic tension*', 'tensions ethniques',
    'conflit coutumier', 'conflit de pouvoir', 'chieftaincy dispute*', 'succession dispute*', 'conflit de succession', 'between communities',
    'entre communautes', 'entre les communautes', 'mistrust', 'distrust', 'mefiance', 'defiance', 'hostility', 'hostilite*', 'climat tendu',
    'relations tendues', 'tense relations', 'rivalr*', 'rivalite*', 'animosit*', 'antagonis*', 'frictions', 'friction', 'feud*', 'querelle*',
    // farmers and herders: cattle in the fields, transhumance
    'eleveurs et agriculteurs', 'agriculteurs et eleveurs', 'farmers and herders', 'herders and farmers', 'farmer herder', 'herder farmer', 'transhumance',
    'vaches ont devaste', 'betail a devaste', 'champs devastes par', 'cattle destroyed', 'cows destroyed', 'cattle grazing in', 'divagation',
    'dispute over land', 'boundary row', 'boundary dispute', 'land row', 'insults', 'insultes', 'trading insults', 'entre deux clans',
    'between two clans', 'entre clans', 'between clans', 'conflit clanique', 'clan conflict', 'menacent de s affronter', 'threaten to clash',
    'risquent de s affronter', 'on the brink', 'escalate', 's arment', 'arming themselves', 'communal clash*', 'affrontements intercommunautaires', 'represailles', 'reprisal*', 'revenge', 'vengeance',
  ],
  movement: [
    'movement*', 'mouvement*', 'sighted', 'spotted', 'apercu', 'apercus', 'apercue', 'apercues', 'presence', 'positioned', 'positionne*',
    'deployed', 'deployment*', 'deploiement*', 'deploye*', 'massing', 'regroup*', 'advanc*', 'avancee*', 'avancent', 'progression', 'progressing', 'mvt', 'mvts',
    // (phone-typed "mouvement": "mouvmt de Mai-Mai ds les collines", "mvmt of ADF"; reports45)
    'mouvmt', 'mouvmts', 'mvmt', 'mvmts', 'mouvt', 'mouvts', 'mvement',
    // (a place that passed to a group: "Nyamilima passé sous contrôle M23", reports48)
    'passe sous controle', 'passee sous controle', 'passe sous le controle', 'passee sous le controle', 'tombe sous controle', 'tombee sous controle',
    'infiltr*', 'reinforcement*', 'took control', 'taken control', 'seized control', 'take control', 'about to enter', 'entered the town', 'entering the town', 'entered the village', 'entres dans', 'entrent dans', 'entree des', 'new positions', 'nouvelles positions', 'new position', 'nouvelle position', 'une position a', 'a position in', 'a position at', 'took positions', 'taking positions', 'pris position*', 'prennent position*', 'renfort*', 'heading towards', 'heading to', 'se dirigeant', 'marching', 'en provenance de', 'arrival of', 'se dirigent', 'se dirige', 'dirigent', 'head towards', 'headed towards', 'headed to',
    'arrivee de', 'moving', 'seen', 'observed', 'crossing', 'crossed', 'passing through', 'vus', 'observes', ['se deplacant', 'weak'],
    ['se deplacent', 'weak'], 'en mouvement', 'traversant', 'traverse', 'campement*', 'stationed', 'gathering', 'rassembl*', 'renforc*', 'reinforc*',
    'colonne*', 'column*', 'convoy of', 'en direction de', 'heading', 'observe', 'observee', 'observees', 'repli*', 'se replient',
    'retreat*', 'withdr*', 'retrait', 'se retirent', 'se retire', 'se sont retires', 'rodent', 'rodant', 'rodaient', 'prowling', 'roaming', 'lurking', 'redeploy*', 'redeploi*', 'build up', 'buildup', 'concentration de', 'reported moving', 'passage de',
    'passage des', ['circulent', 'weak'], ['circulant', 'weak'], ['circulaient', 'weak'], ['circule', 'weak'], ['patrolling', 'weak'], ['patrouillent', 'weak'], ['patrouillant', 'weak'], ['patrouillaient', 'weak'],
    ['signale', 'weak'], ['signales', 'weak'], ['signalee', 'weak'], ['signalees', 'weak'], ['reported in', 'weak'],
    ['present in', 'weak'], ['presents a', 'weak'], ['presents dans', 'weak'], ['spotted', 'weak'],
  ],
  threat: [
    ['threat*', 'threat'], ['threaten*', 'threat'], ['menac*', 'threat'], 'intimidat*', 'intimid*', ['death threat*', 'death_threat'],
    ['menace de mort', 'death_threat'], ['menaces de mort', 'death_threat'], 'ultimatum*', 'lettre de menace', 'lettres de menace',
    'lettre anonyme', 'lettres anonymes', 'tracts', 'leaflet*', 'harass*', 'harcel*', 'persecut*',
    // A threatened attack is a threat, not an attack (an *imminent* attack stays an attack, critical).
    ['menace d attaque', 'threat_of_attack'], ['menaces d attaque', 'threat_of_attack'], ['menace d attaques', 'threat_of_attack'],
    ['threat of attack', 'threat_of_attack'], ['threat of an attack', 'threat_of_attack'], ['threats of attack', 'threat_of_attack'],
    ['threatened to attack', 'threat_of_attack'], ['threatening to attack', 'threat_of_attack'], ['menace d incursion', 'threat_of_attack'],
    ['risque d attaque', 'threat_of_attack'], ['risk of attack', 'threat_of_attack'], ['risk of an attack', 'threat_of_attack'],
    ['threatened with death', 'death_threat'], ['menace de mort', 'death_threat'], ['menacee de mort', 'death_threat'],
    ['menacent de mort', 'death_threat'], ['menacant de mort', 'death_threat'], ['menacait de mort', 'death_threat'], ['menacaient de mort', 'death_threat'], ['menaces de mort', 'death_threat'], ['menacer de mort', 'death_threat'],
    ['menaces de mort', 'death_threat'], ['menacees de mort', 'death_threat'], ['threatened to kill', 'death_threat'],
    ['threatening to kill', 'death_threat'], ['menace de le tuer', 'death_threat'], ['menace de les tuer', 'death_threat'],
    ['threatens to kill', 'death_threat'], 'threatening letter*', 'threatening call*', 'threatening message*', 'appels anonymes', 'intimide*',
    'intimidated', 'intimidating', 'extortion threat*', 'warned', 'warning', 'avertissement*', 'sommation*', 'somme de quitter',
    'ordered to leave', 'ordonne de quitter', 'will be disappeared', 'be disappeared', 'list of', 'liste de', 'to be killed', 'a abattre',
    'told he will', 'told she will', 'warned that', 'house surrounded', 'home surrounded', 'surrounded his house', 'surrounded the house', 'maison encerclee', 'domicile encercle', 'encercle son domicile', 'encercle sa maison', 'encercle la maison', 'marking houses', 'marked houses', 'houses marked', 'maisons marquees', 'marquent les maisons', 'marque les maisons', 'must leave', 'doivent quitter', 'doit quitter', 'demand that', 'demanded that', 'exigent que', 'within 48 hours', 'within 24 hours', 'dans les 48 heures', 'dans les 24 heures', 'sous 48 heures', 'sous 24 heures',
    // warnings and death promised without the word threat: "tirs de sommation", "promising death to spies", "menacé d'être tué", "porte marquée d'une croix"
    'warning shot*', 'tirs de sommation', 'tir de sommation', ['promising death', 'death_threat'], ['promised death', 'death_threat'], ['promises death', 'death_threat'], ['promettant la mort', 'death_threat'], ['promet la mort', 'death_threat'],
    ['menace d etre tue', 'death_threat'], ['menacee d etre tuee', 'death_threat'], ['menaces d etre tues', 'death_threat'], ['menacees d etre tuees', 'death_threat'], ['risque d etre tue', 'death_threat'], ['will be killed', 'death_threat'], ['seront tues', 'death_threat'], ['sera tue', 'death_threat'], ['sera tuee', 'death_threat'],
    'marquee d une croix', 'marque d une croix', 'marquees d une croix', 'marques d une croix', 'marked with a cross', 'marked with an x', 'marked with a red', 'marked in red', 'marquee en rouge', 'marquees en rouge', 'door marked', 'porte marquee', 'portes marquees', 'balle deposee', 'death note', 'note promising', 'mot de menace',
    // ultimatums and bullets sent: "gave residents 24 hours to leave", "pay or leave", "une balle dans une enveloppe"
    'donne 48h', 'donne 24h', 'donne 72h', 'donne 48 heures', 'donne 24 heures', 'donne 72 heures', 'gave them 48 hours', 'gave them 24 hours', 'given 48 hours', 'given 24 hours', 'gave 48 hours', 'gave 24 hours', 'hours to leave', 'days to leave', 'heures pour quitter', 'heures pour partir', 'jours pour quitter', 'jours pour partir', 'pay or leave', 'payer ou partir', 'payer ou quitter', 'or leave', 'ou partir', 'doit etre vide', 'doivent etre vides', 'must be empty', 'must be emptied', 'be gone by', 'must be gone', 'balle dans une enveloppe', 'bullet in an envelope', 'received a bullet', 'recu une balle', 'recu des balles',
    ['or be killed', 'death_threat'], ['or face death', 'death_threat'], ['or they will be killed', 'death_threat'], ['sous peine de mort', 'death_threat'], ['sous peine d etre tue', 'death_threat'], ['sous peine d etre tues', 'death_threat'], ['ou etre tue', 'death_threat'], ['ou etre tues', 'death_threat'], 'told to leave', 'ordered out', 'or else',
    // the harm of an ultimatum said without a harm keyword: "or you die", "sinon tu meurs", "or be treated as enemies"
    ['or you die', 'death_threat'], ['or you will die', 'death_threat'], ['or you are dead', 'death_threat'], ['ou tu meurs', 'death_threat'], ['sinon tu meurs', 'death_threat'], ['sinon vous mourrez', 'death_threat'], ['ou vous mourrez', 'death_threat'], ['sinon la mort', 'death_threat'], ['sinon c est la mort', 'death_threat'],
    'treated as enemies', 'treated as enemy', 'considered enemies', 'traites comme ennemis', 'traites comme des ennemis', 'consideres comme ennemis', 'consideres comme des ennemis',
  ],
  hrd: [
    'human rights defender*', 'hrd', 'hrds', 'defenseur des droits', 'defenseurs des droits', 'activist*', 'activiste*', 'journalist*',
    'journaliste*', 'informant*', 'informateur*', 'civil society', 'societe civile', 'community leader*', 'leader communautaire',
    'leaders communautaires',
  ],
  hate: [
    'hate speech', 'hate message*', 'discours de haine', 'discours haineux', 'message de haine', 'messages de haine', 'messages haineux',
    'propos haineux', 'incit*', 'call to violence', 'calls to violence', 'appel a la violence', 'appels a la violence', 'appel au meurtre',
    'appels au meurtre', 'appelant au meurtre', 'appellent au meurtre', 'appelle au meurtre', 'appelant a tuer', 'calling for people to kill', 'stigmatis*', 'xenophob*', 'tribalis*', 'hate leaflet*', 'hateful', 'snakes', 'serpents', 'cockroach*', 'cafard*', 'cancrelat*', 'vermine*',
    'inyenzi', 'vermin*', 'extermin*', 'to be crushed', 'a ecraser', 'doivent etre ecrases', 'dehumanis*', 'deshumanis*', 'chants haineux',
    'songs of hate', 'hate song*', 'cleanse', 'cleansing', 'nettoyer', 'epuration', 'purifier', 'drive out', 'chasser les', 'chasser tous',
    'expel', 'expulser', 'urging', 'urged', 'urges', 'exhort*', 'hate filled', 'hate-filled', 'calls to kill', 'calling for the killing',
    'calls for the killing', 'take up arms against', 'taking up arms against', 'prendre les armes contre', 'appels a tuer', 'appel a tuer', 'appelle a tuer', 'appellent a tuer', 'appel au massacre', 'to kill them',
    'les tuer tous', 'kill them all', 'must be eliminated', 'must be killed', 'must die', 'doivent etre elimines', 'doivent etre tues', 'doivent mourir', 'a eliminer', 'go back to rwanda', 'rentrer au rwanda', 'devils', 'demons', 'diables', 'chasse aux', 'hunt down', 'traquer les', 'tuez', 'tuons', 'brulez', 'brulons', 'chassez', 'chassons', 'massacrez', 'exterminez', 'exterminons', 'graffiti*', 'chants anti', 'chansons anti', 'songs against', 'slogans anti', 'slogans haineux', 'tracts haineux', 'or die', 'ou mourir', 'go home or', 'rentrer chez eux ou', 'hate', 'haine', 'haineux', 'haineuse*', 'inflammatory', 'incendiaires', 'etrangers doivent partir', 'foreigners must leave',
  ],
  explosive: [
    ['ied', 'ied'], ['ieds', 'ied'], ['improvised explosive*', 'ied'], ['engin explosif improvise', 'ied'], ['engins explosifs improvises', 'ied'],
    ['eei', 'ied'], ['landmine*', 'landmine'], ['land mine*', 'landmine'], ['anti personnel mine*', 'landmine'],
    ['mine antipersonnel', 'landmine'], ['mines antipersonnel', 'landmine'], ['mine anti personnel', 'landmine'], ['erw', 'erw'],
    ['uxo', 'erw'], ['unexploded*', 'erw'], ['ordnance', 'erw'], ['restes explosifs', 'erw'], ['engin non explose', 'erw'],
    ['engins non exploses', 'erw'], ['obus non explose*', 'erw'], ['munition non explosee', 'erw'], ['munitions non explosees', 'erw'],
    'explosive*', 'explosif*', 'explosion*', ['bomb', 'explosive'], ['bombs', 'explosive'], ['bombe', 'explosive'], ['bombes', 'explosive'],
    ['grenade*', 'grenade'], ['mine found', 'landmine'], ['mine discovered', 'landmine'], ['mine decouverte', 'landmine'],
    ['mine antichar', 'landmine'], ['anti tank mine*', 'landmine'], ['antitank mine*', 'landmine'], ['mine a explose', 'landmine'],
    ['mine exploded', 'landmine'], ['saute sur une mine', 'landmine'], ['sautee sur une mine', 'landmine'], ['sautes sur une mine', 'landmine'],
    ['stepped on a mine', 'landmine'], ['stepped on a landmine', 'landmine'], ['mine a explose', 'landmine'], ['grenade thrown', 'grenade_attack'], ['threw a grenade', 'grenade_attack'], ['grenade attack*', 'grenade_attack'],
    ['lance une grenade', 'grenade_attack'], ['lancer une grenade', 'grenade_attack'], ['grenade lancee', 'grenade_attack'],
    ['jete une grenade', 'grenade_attack'], ['grenade jetee', 'grenade_attack'], ['attaque a la grenade', 'grenade_attack'],
    ['hurled a grenade', 'grenade_attack'], ['lobbed a grenade', 'grenade_attack'], 'suspicious package*', 'suspicious object*', 'suspicious device*', 'colis suspect*', 'objet suspect*', 'engin suspect*',
  ],
  access: [
    ['roadblock*', 'roadblock'], ['road block*', 'roadblock'], ['barriere*', 'roadblock'], ['barrage*', 'roadblock'],
    // barricades put up on a road ("se sont barricadés", people shutting themselves in, is not one)
    ['des barricades', 'roadblock'], ['barricades on', 'roadblock'], ['barricades sur', 'roadblock'], ['barricades across', 'roadblock'], ['barricaded the road', 'roadblock'], ['barricade the road', 'roadblock'], ['barricading the road', 'roadblock'],
    ['checkpoint*', 'roadblock'], 'access denied', 'denied access', 'denied entry', 'denied passage', 'refused access', 'access refused',
    'refus d acces', 'acces refuse', 'acces interdit', 'refuse l acces', 'refuser l acces', 'refusent l acces', 'refusaient l acces', 'refusant l acces', 'refused entry', 'refused entry to', 'empech*', 'blocked', 'bloque*', 'blocking', 'blockade', 'blocus',
    'entrave*', 'obstruct*', 'restriction*', ['sofa', 'sofa_violation'], ['status of forces', 'sofa_violation'], 'freedom of movement',
    'refusent le passage', 'refuse le passage', 'refuser le passage', 'convoi retenu', 'convoy held', 'held up', 'retenu', 'retenus',
    'acces humanitaire', 'humanitarian access', 'acces impossible', 'access impossible', 'prevented', 'prevent', 'prevents', 'preventing',
    'from entering', 'turned back', 'refoule*', 'interdi*', 'acceder', 'inaccessible',
    'route coupee', 'road cut off', 'cut off', 'denied', 'denies', 'denying', 'access to', 'block', 'blocks', 'empeche*', 'barred',
    'not allowed', 'pas autorise*', 'refused entry', 'refused passage', 'no access', 'pas d acces', 'plus acces', 'n ont plus acces',
    'liberte de mouvement', 'liberte de circulation', 'patrol stopped', 'convoy stopped', 'was stopped', 'were stopped', 'turn back', 'rebrousser chemin', 'rebrousse chemin', 'faire demi tour', 'fait demi tour', 'road closed', 'closed the road', 'route fermee', 'ferme la route', 'fermee a la circulation', 'cannot pass', 'can not pass', 'ne peuvent pas passer', 'ne peuvent plus passer',
    // aid that cannot get through, a road held, a permit demanded
    'unable to cross', 'cannot cross', 'could not cross', 'ne peuvent pas traverser', 'ne peuvent plus traverser', 'unable to pass', 'unable to access', 'unable to travel', 'ne peuvent plus livrer', 'ne peuvent pas livrer', 'ne peut plus livrer', 'cannot deliver', 'can not deliver', 'unable to deliver', 'could not deliver', 'unable to reach', 'cannot reach', 'could not reach', 'ne peuvent plus atteindre', 'ne peuvent pas atteindre', 'impossible de livrer', 'impossible d atteindre', 'impossible d acceder', 'ne peuvent plus acceder', 'ne peuvent pas acceder', 'tiennent la route', 'controlent la route', 'controle la route', 'control the road', 'controls the road', 'hold the road', 'holding the road', 'holds the road', 'sans autorisation', 'without authorization', 'without authorisation', 'without a permit', 'with a permit', 'come back with', 'revenir avec', 'laissez passer', 'sent back', 'renvoye par', 'renvoyee par', 'renvoyes par', 'renvoyees par', 'renvoyee a', 'renvoye a', 'forced to return', 'contraints de rebrousser', 'not let through', 'not allowed through', 'refused to let', 'ont refuse a', 'a refuse a', 'refuse a l equipe', 'refuse aux enqueteurs', 'refused the team', 'refused investigators', 'prevented from visiting', 'empeche de visiter', 'empechee de visiter', 'interdit de visiter',
  ],
  humanitarian: [
    'ngo', 'ngos', 'non governmental', 'ong', 'ongs', 'humanitarian*', 'humanitaire*', 'aid worker*', 'aid convoy*', 'msf',
    'medecins sans frontieres', 'icrc', 'cicr', 'red cross', 'croix rouge', 'wfp', 'pam', 'unhcr', 'hcr', 'unicef', 'ocha', 'iom', 'oim',
    'world vision', 'save the children', 'nrc', 'health worker*', 'riposte ebola', 'riposte contre ebola', 'ebola response', 'equipe de la riposte',
    'agents de la riposte', 'agent de la riposte', 'caritas', 'oxfam', 'mercy corps', 'care international', 'aid agency', 'agence humanitaire', 'agent humanitaire', 'agents humanitaires', 'travailleur humanitaire',
    'travailleurs humanitaires', 'responders', 'ebola team*', 'health team*', 'equipe medicale', 'equipes medicales',
  ],
  ...CONTEXT_KEYWORDS,
};

/** A vocabulary family added to the keyword table (vocabulary learnt from one kind of field traffic). */
type VocabularyAddition = (table: Record<Signal, readonly Keyword[]>) => Record<Signal, readonly Keyword[]>;

// In the order they were learnt: a later family may rely on what an earlier one added.
const ADDITIONS: readonly VocabularyAddition[] = [
  withClasses7,
  withFieldTraffic,
  withClasses8,
  withShorthand,
  withClasses9,
  withSwahili,
  withClasses9Tune13,
  withClasses9Tune10,
  withQuickLines,
  withConventionWords,
  withEverydayTraffic12,
  withTune15,
  withEverydayKivu,
  withTune16,
  withT17,
  withT18,
  withT19,
  withPhoneTyped,
  withQuietCategories,
  withConfusedCategories,
  withHarderMisses,
  withSentToRespond,
  withContractedFuture,
  withNightPhone,
  withSwahiliTension, // ("mvutano kati ya wahema na walendu": vocabulary/swahili-tension.ts)
  withLingalaSwahiliHarm, // ("wamechapa viboko", "babetami", "babebisami": vocabulary/lingala-swahili-harm.ts)
  withSwahiliSchools, // ("shule ya msingi imechukuliwa": vocabulary/swahili-schools.ts)
  withSmsTheft, // ("vol chevres boikene": vocabulary/sms-theft.ts)
  withSitrepWounds, // ("3 idps cut w machetes", "lost 2 fingers", "bato mibale babomami": vocabulary/sitrep-wounds.ts)
  withQuickReports32, // ("privé de sommeil", "menacé d'électrocution": vocabulary/quick-reports32.ts)
  withIncitementCalls, // ("'chase them out'", "appelant à la vengeance contre les Lendu": vocabulary/incitement-calls.ts)
  withPeacekeeperShorthand, // ("pkf patrol shot at", "pk convoy ambushed": vocabulary/peacekeeper-shorthand.ts)
  withSiteShelters, // ("1 IDP killed n 2 shelters burned", "abris des déplacés incendiés": vocabulary/site-shelters.ts)
  withShelteredElsewhere, // ("500 civils se sont abrités près de la base": vocabulary/sheltered-elsewhere.ts)
  withQuickReports35, // ("menacés d'être abattus", "threatened with being shot": vocabulary/quick-reports35.ts)
  withReports33b, // ("refusent à l'équipe … l'accès", "obtenir une autorisation", "décharges électriques": vocabulary/reports33b.ts)
];

export const SIGNAL_KEYWORDS: Record<Signal, readonly Keyword[]> = ADDITIONS.reduce((table, add) => add(table), BASE_KEYWORDS);

export { CASUALTY_NOUNS, CHILD_NOUNS, NOT_COUNT_UNITS, NOUN_LINKS, VAGUE_QUANTITIES, VICTIM_FILLERS, VICTIM_NOUNS, VICTIM_VERBS } from '../victims/victim-vocabulary.js';
