import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * One-line quick reports (reports14): families of words the earlier tables missed, in both
 * languages. Added to the keyword table by `withQuickLines`.
 */

// Troop-contributing countries' units are peacekeepers: "bangladeshi patrol", "contingent népalais", "BANBAT".
// (Rwandan, Ugandan, Burundian troops are foreign armies, not the UN: left out.)
const TCC_EN = ['bangladeshi', 'nepalese', 'nepali', 'indian', 'pakistani', 'uruguayan', 'south african', 'malawian', 'tanzanian', 'moroccan', 'indonesian', 'guatemalan', 'chinese', 'egyptian', 'senegalese', 'beninese', 'bolivian', 'jordanian'];
const TCC_FR = ['bangladais', 'bangladaise', 'bangladaises', 'nepalais', 'nepalaise', 'nepalaises', 'indien', 'indienne', 'indiens', 'indiennes', 'pakistanais', 'pakistanaise', 'pakistanaises', 'uruguayen', 'uruguayenne', 'uruguayens', 'uruguayennes', 'sud africain', 'sud africaine', 'sud africains', 'sud africaines', 'malawite', 'malawites', 'malawien', 'malawiens', 'tanzanien', 'tanzanienne', 'tanzaniens', 'tanzaniennes', 'marocain', 'marocaine', 'marocains', 'marocaines', 'indonesien', 'indonesienne', 'indonesiens', 'guatemalteque', 'guatemalteques', 'chinois', 'chinoise', 'egyptien', 'egyptienne', 'egyptiens', 'senegalais', 'senegalaise', 'beninois', 'beninoise', 'jordanien', 'jordaniens'];
const UNITS_EN = ['patrol', 'patrols', 'convoy', 'convoys', 'base', 'contingent', 'battalion', 'troops', 'peacekeepers', 'peacekeeper', 'company', 'platoon', 'soldiers', 'soldier', 'engineers', 'fpu', 'camp', 'position', 'helicopter'];
const UNITS_FR = ['patrouille', 'patrouilles', 'convoi', 'convois', 'base', 'contingent', 'bataillon', 'troupes', 'casques bleus', 'casque bleu', 'compagnie', 'section', 'soldats', 'soldat', 'militaires', 'genie', 'camp', 'position', 'helicoptere'];
const BATTALIONS = ['banbat', 'indbat', 'pakbat', 'nepbat', 'urubat', 'malbat', 'tanzbat', 'sanbat', 'sandf', 'gubat', 'morbat', 'indobat', 'benbat', 'banfpu', 'indfpu', 'senfpu'];
const PEACEKEEPER_UNITS: readonly Keyword[] = [
  ...TCC_EN.flatMap((n) => UNITS_EN.map((u) => `${n} ${u}`)),
  ...TCC_FR.flatMap((n) => UNITS_FR.map((u) => `${u} ${n}`)),
  ...BATTALIONS,
];

const QUICK_LINES: Partial<Record<Signal, readonly Keyword[]>> = {
  // "ville morte" is a shutdown day, not a death: "arrested during the ville morte", "journée ville morte".
  neutral: ['ville morte', 'villes mortes', 'journee ville morte', 'journees ville morte', 'journees villes mortes', 'operation ville morte', 'operations villes mortes', 'dead city', 'dead cities', 'ghost town'],
  // An inflammatory speech is hate speech, not arson: "discours incendiaire à la radio", "incendiary remarks".
  hate: [
    'discours incendiaire', 'discours incendiaires', 'propos incendiaire', 'propos incendiaires', 'message incendiaire', 'messages incendiaires', 'declaration incendiaire', 'declarations incendiaires', 'chanson incendiaire', 'chansons incendiaires', 'tract incendiaire', 'tracts incendiaires',
    'incendiary speech*', 'incendiary remark*', 'incendiary statement*', 'incendiary message*', 'incendiary comment*', 'inflammatory speech*', 'inflammatory remark*', 'inflammatory statement*', 'inflammatory message*', 'inflammatory comment*',
  ],
  // "roués de coups" (the table's "roue* de coups" only matched one form)
  torture: ['roues de coups', 'rouees de coups', 'roue de coup', 'roues de coup', 'rouee de coup', 'rouees de coup'],
  // held by whoever holds them, and held without the rights of a detainee: "l'armée détient", "no access to lawyer"
  detention: [
    // ("les FDLR détiennent onze cultivateurs capturés": an armed group holding people it captured stays an abduction)
    ...['detient', 'detiennent', 'detenait', 'detenaient'].flatMap((v) => [`${v} illegalement`, `${v} arbitrairement`, `${v} sans`, `${v} au cachot`, `${v} au camp`]), 'illegalement detenu*', 'detention illegale', 'detentions illegales', 'detenu illegalement', 'detenus illegalement', 'detenue illegalement', 'detenues illegalement',
    'illegal detention', 'illegally detained', 'illegally held', 'unlawfully detained', 'unlawfully held', 'unlawful detention', 'arbitrary arrest*', 'arbitrarily arrested', 'arbitrarily detained', 'arrete arbitrairement', 'arretes arbitrairement', 'arretee arbitrairement', 'arretees arbitrairement', 'arrete* arbitrairement',
    'no access to lawyer', 'no access to a lawyer', 'no access to lawyers', 'no access to his lawyer', 'no access to their lawyer*', 'no access to counsel', 'no access to legal counsel', 'without access to a lawyer', 'without access to lawyer*', 'without a lawyer', 'without lawyer', 'no lawyer', 'denied a lawyer',
    'denied access to a lawyer', 'denied access to lawyer*', 'denied access to his lawyer', 'not brought before a judge', 'never brought before a judge', 'not seen a judge', 'without seeing a judge',
    'sans avocat', 'sans acces a un avocat', 'sans acces a son avocat', 'sans acces a leur avocat', 'pas d acces a un avocat', 'pas d acces a son avocat', 'pas d avocat', 'prive d avocat', 'prives d avocat', 'privee d avocat', 'sans voir un juge', 'sans etre presente a un juge', 'sans etre presentes a un juge', 'jamais presente a un juge', 'jamais presentes a un juge',
  ],
  // Taking a building apart and carrying it off: "dismantling the school roof", "ont démonté les tôles".
  loot: [
    'dismantl*', 'demonte', 'demontes', 'demontee', 'demontees', 'demontent', 'demontaient', 'demontait', 'demonter', 'demontage', 'demontant',
    'toles emportees', 'toles enlevees', 'toles enleves', 'tole enlevee', 'enleve les toles', 'enlevent les toles', 'ont enleve les toles', 'emporte les toles', 'emportent les toles', 'toitures emportees', 'toiture emportee',
    'removed the roof*', 'removing the roof*', 'took the roof*', 'taking the roof*', 'stripped the roof*', 'stripping the roof*', 'roof sheets taken', 'roof sheets stolen', 'roof sheets removed', 'iron sheets taken', 'iron sheets stolen',
  ],
  // An ultimatum to pay: "pay or ur shops burn", "payez sinon on brûle".
  threat: [
    'pay or', 'payez ou', 'payer ou', 'paie ou', 'paye ou', 'payez sinon', 'payer sinon', 'paie sinon', 'or we burn', 'or we will burn', 'or we ll burn', 'or your shops', 'or ur shops', 'or your houses', 'or ur houses', 'or your house', 'or ur house', 'or else we',
    'sinon on brule', 'sinon nous brulons', 'sinon on va bruler', 'sinon nous allons bruler', 'sinon vos maisons', 'sinon vos boutiques', 'sinon ta maison', 'sinon ta boutique',
  ],
  // Children coming out of an armed group were in its ranks: "12 children released from Nyatura ranks", "enfants démobilisés".
  recruit: ['ranks', 'rangs', 'demobilis*', 'demobiliz*'],
  // Two communities trading blame or close to blows, not yet fighting: "trading accusations", "risque d'affrontements".
  tension: [
    'trading accusations', 'trade accusations', 'traded accusations', 'traded blame', 'accusations mutuelles', 'echangent des accusations', 'echange d accusations', 'echanges d accusations',
    'risk of clashes', 'risk of clash', 'risk of violence', 'risk of escalation', 'fear of clashes', 'clashes feared', 'could escalate', 'getting violent', 'turning violent', 'turned violent',
    'risque d affrontement*', 'risques d affrontement*', 'risque de heurts', 'risque de violence*', 'risque de conflit', 'risque d escalade', 'crainte d affrontement*', 'peur d affrontement*', 'risque de degenerer', 'menace de degenerer', 'degenere', 'degenerent',
  ],
  peacekeeper: PEACEKEEPER_UNITS,
  // "released from ADF captivity": held by them before (the table had "in captivity" only)
  abduct: ['captivity', 'captivite', 'from captivity', 'de captivite'],
  // the area closed off after the fact: "area cordoned off by MONUSCO", "zone sécurisée par la MONUSCO"
  response: ['cordoned', 'cordoned off', 'cordon off', 'sealed off', 'secured', 'securise', 'securisee', 'securises', 'securisees', 'boucle', 'bouclee', 'boucles', 'bouclees'],
  // communities of the Kivus and Ituri the table lacked: "Bafuliro and Banyamulenge", "Bahavu et Batembo"
  community: ['bafuliro', 'fuliro', 'bahema', 'walendu', 'balendu', 'gegere', 'bagegere', 'banyanga', 'nyanga', 'bahavu', 'havu', 'batembo', 'banyindu', 'nyindu', 'barundi', 'bahutu', 'batutsi', 'bakonjo', 'konjo', 'banyabwisha', 'bakusu', 'kusu', 'bapere', 'babira', 'walese', 'lese', 'bambuba', 'mbuba'],
  // armed men settling into a building ("installés dans l'EPA"): the table's "installe* dans" matched one form only
  militaryUse: ['installes dans', 'installee dans', 'installees dans', 'se sont installes dans', 'utilises comme base', 'utilisee comme base', 'utilisees comme base', 'utilise comme camp', 'utilisee comme camp',
    // the place said by its pronoun: "chassés de l'école par des Wazalendo qui s'y installent", "y ont établi leur base"
    's y installent', 's y sont installes', 's y sont installees', 's y est installe', 's y installe', 's y installaient', 'y ont elu domicile', 'y ont etabli leur', 'y campent', 'y ont campe', 'who moved in', 'and moved in', 'who took it over', 'and took it over'],
  // "EP Kanyabayonga", "l'EPA de Bule": a primary school by its initials.
  school: [['ep', 'attack_on_school'], ['epa', 'attack_on_school'], ['epp', 'attack_on_school'], ['e p', 'attack_on_school']],
  // People leaving their homes: "leaving their villages", "ont quitté leurs maisons".
  displace: [
    'leaving their homes', 'leaving their home', 'leaving their village*', 'leaving the village', 'left their homes', 'left their village*', 'left the village', 'abandoning their homes', 'abandoned their homes',
    'se deplace', 'se deplacent', 'se sont deplaces', 'se sont deplacees', 'se deplacant',
    'quittent leurs maisons', 'quittent leurs villages', 'quittent le village', 'ont quitte leurs maisons', 'ont quitte leurs villages', 'ont quitte le village', 'quittant leurs maisons', 'quittant leurs villages', 'abandonnent leurs maisons', 'abandonnent leurs villages', 'ont abandonne leurs maisons', 'ont abandonne leurs villages',
  ],
};

/** The keyword table with the quick-line families added. */
export function withQuickLines(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(QUICK_LINES) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
