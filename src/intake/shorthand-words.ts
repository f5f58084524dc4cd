import type { VictimKey } from '../domain/alert.js';
import type { Keyword, Signal } from './categories/keywords.js';

/**
 * Shorthand of everyday field traffic (reports12): the battalions' military abbreviations ("2 civ KIA,
 * 1 pax WIA") and the Swahili verbs of SMS reports from Ituri and the Beni/Lubero areas ("watu 3
 * wameuawa", "ADF wameteka watu 15"). Swahili verbs are listed in the forms the field types: the subject
 * (wa-/a-/i-) and tense (-me-/-li-/-na-) prefixes, active and passive.
 */

// Swahili verb forms: subject × tense × stem.
const forms = (stems: readonly string[], subjects = ['wa', 'a', 'i', 'zi']): string[] =>
  stems.flatMap((s) => subjects.flatMap((p) => ['me', 'li', 'na'].map((t) => `${p}${t}${s}`)));

// "wameua/wameuawa/wameuliwa" (killed), "amekufa/wamekufa" (died): the killing itself.
const SW_KILLED = [...forms(['ua', 'uawa', 'uliwa', 'kufa']), 'maiti', 'mauaji', 'kuuawa'];
// "wamejeruhiwa" (were wounded), "majeruhi" (the wounded).
const SW_INJURED = [...forms(['jeruhiwa', 'jeruhi']), 'majeruhi'];
// "wameteka/wametekwa" (kidnapped), "wamechukuliwa" (were taken away), "wamewachukua" (took them), "mateka" (hostages).
// ("wamechukua" alone takes goods: "wanachukua 1000fc", kept out)
const SW_ABDUCTED = [...forms(['teka', 'tekwa', 'chukuliwa', 'wachukua', 'mchukua']), 'mateka'];
// "wamekimbia" (fled), "wanahama" (are moving out).
const SW_FLED = forms(['kimbia', 'hama']);
// ("wamekamatwa/wameshikwa" arrested, "inakamata" is arresting: in the detention list below)
// "wamechoma" (burnt), "wamepora" (looted), "wameiba" (stole).
const SW_BURNT = forms(['choma', 'chomwa', 'pora', 'porwa', 'iba', 'ibiwa']);
// "wamepiga" (beat; "wamepiga risasi" shot), "wamepigwa" (were beaten).
const SW_BEATEN = forms(['piga', 'pigwa']);

/** Victim verbs the count readers add to their table: "2 civ KIA", "watu 6 wamekufa", "wameteka watu 15". */
export const SHORTHAND_VICTIM_VERBS: ReadonlyArray<readonly [string, VictimKey]> = [
  ['kia', 'killed'], ['kiad', 'killed'], ['wia', 'injured'], ['casevac', 'injured'], ['casevaced', 'injured'], ['medevac', 'injured'], ['medevaced', 'injured'],
  ...SW_KILLED.map((w) => [w, 'killed'] as const),
  ...SW_INJURED.map((w) => [w, 'injured'] as const),
  ...SW_ABDUCTED.map((w) => [w, 'abducted'] as const),
  ...SW_FLED.map((w) => [w, 'displaced'] as const),
];

/** Who is counted, in shorthand and Swahili: "2 pax", "watu 3", "bijana 2", "mwalimu 1". */
export const SHORTHAND_PERSONS: readonly string[] = [
  'pax', 'persons', 'watu', 'mtu', 'bijana', 'vijana', 'kijana', 'wanawake', 'mwanamke', 'wanaume', 'mwanaume', 'mwalimu', 'walimu', 'wakulima', 'mkulima',
  'wafanyabiashara', 'mfanyabiashara', 'wachimbaji', 'wavuvi', 'mvuvi', 'raia', 'wakimbizi',
];

// A general strike ("ville morte") is no death; a false alarm corrected ("fausse alerte", "faux, c'était un accident").
const NOT_HARM: readonly Keyword[] = [
  'ville morte', 'villes mortes', 'journee ville morte', 'journees ville morte', 'journees villes mortes', 'operation ville morte', 'villes-mortes',
  ...['fausse alerte', 'false alarm', 'faux c etait', 'c etait un accident', 'it was an accident', 'was only an accident', 'hakuna shida', 'fausse alarme'].map((w) => [w, 'false_alarm'] as const),
];
// Armed men seen somewhere: "wanamgambo … ont vu", "M23 positions reported at 5km", "ADF sighted near Mayimoya".
const SEEN: readonly Keyword[] = ['ont vu', 'positions reported', 'position reported', 'positions signalees', 'position signalee', 'reported at', 'seen near', 'seen at', 'sighted near', 'sighted at', 'vus pres', 'vus a', 'apercus pres', 'apercus a', 'apercus vers', 'wameonekana'];

// Rumours denied in the plural: "denies rumours of a massacre", "dément les rumeurs d'attaque".
const RUMOURS_DENIED: readonly Keyword[] = ['denies rumours', 'denied rumours', 'deny rumours', 'denies rumors', 'denied rumors', 'deny rumors', 'dismissed rumours', 'dismisses rumours', 'dement les rumeurs', 'dementent les rumeurs', 'a dementi les rumeurs', 'ont dementi les rumeurs', 'dementi les rumeurs', 'rumeurs dementies', 'rumours denied', 'rumors denied'].map((w) => [w, 'false_alarm'] as const);
const SHORTHAND: Partial<Record<Signal, readonly Keyword[]>> = {
  neutral: [...NOT_HARM, ...RUMOURS_DENIED],
  detention: forms(['kamatwa', 'kamata', 'shikwa']),
  // "conflit entre pêcheurs hema et alur": a quarrel between two sides is a clash
  fighting: ['conflit entre', 'conflits entre', 'conflict between', 'conflicts between', 'dispute between', 'disputes between', 'querelle entre', 'querelles entre', 'quarrel between', 'altercation entre', 'altercation between', 'dispute entre'],
  // a health worker with no agency named is health staff ("abducted a health worker", "agent de santé tué")
  humanitarian: ['health worker', 'health workers', 'healthworker', 'healthworkers', 'agent de sante', 'agents de sante'].map((w) => [w, 'health_staff'] as const),
  movement: SEEN,
  kill: ['kia', 'kiad', ...SW_KILLED],
  injure: ['wia', 'casevac', 'casevaced', 'medevac', 'medevaced', ...SW_INJURED],
  abduct: SW_ABDUCTED,
  displace: SW_FLED,
  // ("wanachukua 1000fc": they take money)
  loot: [...SW_BURNT.map((w) => [w, /ch/.test(w) ? 'arson' : 'looting'] as const), ...forms(['chukua'])],
  torture: SW_BEATEN,
  // "risasi nyingi" (much gunfire), "wamepiga risasi" (shot), "shambulio" (attack)
  attack: ['risasi', 'risasi nyingi', 'shambulio', 'mashambulizi', ...forms(['shambulia'])],
  // "wanamgambo" (militiamen), "askari" (soldiers or police)
  armed: ['wanamgambo', 'mgambo', 'askari'],
};

/** The keyword table with the shorthand above added. */
export function withShorthand(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, words] of Object.entries(SHORTHAND) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...table[signal], ...words];
  return out;
}
