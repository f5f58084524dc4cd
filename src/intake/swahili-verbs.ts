import type { VictimKey } from '../domain/alert.js';
import type { Keyword, Signal } from './categories/keywords.js';

/**
 * Swahili verbs in Kivu SMS reports ("3 watu wameuawa", "2 maman wamebakwa", "wanapigana", "watu wanakimbia").
 * A Swahili verb is subject + tense + root: wa-me-uawa (they have been killed), a-li-tekwa (he was taken),
 * wa-na-kimbia (they are fleeing). Every subject and tense is listed with each root, so SMS spellings of one
 * verb all read the same. Relative and negative forms are left out on purpose: "hakuna aliyeuawa" (nobody was
 * killed), "hawajauawa" (they were not killed) are no killing.
 */
const SUBJECTS = ['a', 'wa', 'zi', 'i', 'tu', 'm', 'u', 'ni', 'mu', 'ya', 'li'];
const TENSES = ['me', 'li', 'na', 'ta', 'mesha', 'liku'];

const verbs = (roots: readonly string[]): string[] => SUBJECTS.flatMap((s) => TENSES.flatMap((t) => roots.map((r) => s + t + r)));

// Roots by what they say was done. Passive roots end in -wa ("uawa" killed, "bakwa" raped, "tekwa" taken).
const KILLED = ['uawa', 'fariki', 'kufa', 'chinjwa'];
const KILL = ['ua', 'chinja'];
const INJURED = ['jeruhiwa', 'jeruhi', 'katwa panga', 'pigwa risasi', 'pigwa panga'];
const ABDUCTED = ['tekwa', 'tekwa nyara', 'teka', 'teka nyara', 'chukuliwa mateka', 'shikwa mateka'];
const RAPED = ['bakwa', 'baka'];
const FIGHT = ['pigana'];
const FLEE = ['kimbia', 'hama', 'kimbilia'];
const BURN = ['choma', 'chomwa', 'choma moto'];
const LOOT = ['iba', 'ibiwa', 'pora', 'porwa', 'nyang anya'];
const ATTACK = ['shambulia', 'shambuliwa', 'vamia', 'vamiwa'];
const ENTER = ['ingia', 'pita', 'zunguka'];
const THREATEN = ['tishia', 'tishiwa'];

/** Swahili keywords by signal, added to the keyword table by `withSwahili`. */
const SWAHILI: Partial<Record<Signal, readonly Keyword[]>> = {
  kill: [...verbs([...KILLED, ...KILL]), 'mauaji', 'wameuwawa', 'wameuliwa', 'waliuliwa', 'ameuliwa', 'aliuliwa'],
  injure: [...verbs(INJURED), 'majeruhi'],
  abduct: [...verbs(ABDUCTED), 'utekaji nyara', 'utekaji', 'mateka'],
  sexual: [...verbs(RAPED), 'ubakaji'].map((k) => [k, 'rape'] as const),
  fighting: [...verbs(FIGHT), 'mapigano', 'vita'],
  displace: [...verbs(FLEE), 'wakimbizi'],
  loot: [...verbs(BURN).map((k) => [k, 'arson'] as const), ...verbs(LOOT).map((k) => [k, 'looting'] as const), 'uporaji'],
  attack: [...verbs(ATTACK), 'shambulio', 'mashambulizi', 'mashambulio', 'risasi', 'milio ya risasi'],
  movement: verbs(ENTER),
  threat: verbs(THREATEN),
  // "amepigwa", "walipigwa": beaten ("amepigwa risasi", shot, is read as a wound above)
  torture: verbs(['pigwa']),
  // "hakuna aliyeuawa", "hakuna aliyejeruhiwa": nobody was killed, nobody hurt.
  neutral: ['hakuna aliyeuawa', 'hakuna aliyekufa', 'hakuna aliyejeruhiwa', 'hakuna mtu aliyeuawa', 'hakuna mtu aliyejeruhiwa', 'hakuna aliyetekwa'],
};

/** The keyword table with the Swahili verbs added. */
export function withSwahili(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(SWAHILI) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}

/** Swahili victim verbs (one token) → the count they feed: "watu 3 wameuawa" counts 3 killed. */
export const SWAHILI_VICTIM_VERBS: ReadonlyArray<readonly [string, VictimKey]> = [
  ...verbs(KILLED).map((w) => [w, 'killed'] as const),
  // "amepigwa (risasi)": he was hit (shot), beaten: hurt either way
  ...verbs(['jeruhiwa', 'pigwa']).map((w) => [w, 'injured'] as const),
  ...verbs(['tekwa']).map((w) => [w, 'abducted'] as const),
  ...verbs(['bakwa']).map((w) => [w, 'crsvSurvivors'] as const),
  ...verbs(['kimbia', 'hama']).map((w) => [w, 'displaced'] as const),
];

/** Swahili words for people counted: "watu" (people), "mtu" (a person), "wamama" (women). */
export const SWAHILI_VICTIM_NOUNS = ['bato', 'mwalimu', 'walimu', 'mchungaji', 'dereva', 'madereva', 'mwanafunzi', 'wanafunzi', 'mfanyabiashara', 'wafanyabiashara', 'mvuvi', 'wavuvi', 'mzee', 'wazee', 'watu', 'mtu', 'wanawake', 'mwanamke', 'wamama', 'mama', 'maman', 'mamans', 'mamas', 'vijana', 'kijana', 'bijana', 'bilenge', 'wakulima', 'mkulima', 'wasichana', 'msichana'];

/** Swahili number words, as counts: "mtu mmoja" (one person), "watu wawili" (two people). */
export const SWAHILI_NUMBERS: Record<string, number> = {
  mmoja: 1, moja: 1, wawili: 2, mbili: 2, watatu: 3, tatu: 3, wanne: 4, nne: 4, watano: 5, tano: 5,
  sita: 6, saba: 7, wanane: 8, nane: 8, tisa: 9, kumi: 10, ishirini: 20, thelathini: 30,
  // Lingala, in the same messages: "bato mibale" (two people), "bana misato" (three children)
  moko: 1, mibale: 2, misato: 3, minei: 4, mitano: 5, motoba: 6, nsambo: 7, mwambe: 8, libwa: 9, zomi: 10,
};
