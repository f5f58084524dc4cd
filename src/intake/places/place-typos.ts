import { byWord } from '../word-memo.js';
import type { Place } from '../../config/mission.js';
import { phraseKey, type Token } from '../normalize.js';
import type { PlaceTokenMatch } from './gazetteer.js';
import { LOCAL_LOOKALIKES } from '../constructions/tolls-and-danger.js';

/**
 * Place names as typed on a phone: one letter wrong, missing, doubled or swapped ("Kasindii",
 * "Kamnago", "Eringetti"), or spelt the other usual way ("Rutchuru", "Bounia", "Kitchanga").
 * Only single-word names of at least 5 letters are matched so, and only a word that looks like a
 * name (a capital, or after "à", "in", "near"…) and is not a common word: "bien" is never Beni,
 * "gomme" never Goma (both too short to be guessed at all).
 */
const MIN_TYPO_LENGTH = 5;

// Words that sit within one letter of a place name, or are too common to guess from.
const COMMON = new Set([
  'sang', 'sage', 'sages', 'range', 'songe', 'tango', 'tonga', 'vira', 'virage', 'bambou', 'bamboo', 'pingo', 'marabout', 'katanga',
  'about', 'after', 'again', 'along', 'among', 'armed', 'armee', 'attack', 'avant', 'avec', 'being', 'below', 'between', 'camps', 'cause',
  'centre', 'center', 'cette', 'chaque', 'comme', 'contre', 'depuis', 'during', 'encore', 'entre', 'every', 'femme', 'heure', 'heures',
  'homme', 'hommes', 'leurs', 'local', 'maison', 'maisons', 'market', 'marche', 'matin', 'monde', 'morning', 'night', 'nuit', 'other',
  'place', 'plaine', 'point', 'route', 'rural', 'ville', 'while', 'where', 'which', 'their', 'there', 'these', 'those', 'today', 'under',
  'village', 'villages', 'whose', 'would', 'could', 'should', 'might', 'selon', 'situation', 'sources', 'source', 'suite', 'toute',
  'toutes', 'apres', 'alors', 'aussi', 'autre', 'autres', 'bonne', 'carre', 'case', 'cases', 'champ', 'champs', 'chemin', 'colline',
  'commune', 'mines', 'minerai', 'mineral', 'lundi', 'mardi', 'jeudi', 'samedi', 'monday', 'friday', 'sunday', 'group', 'groupe',
  'tribe', 'tribu', 'ethnie', 'police', 'polices', 'civil', 'civils', 'menace', 'menaces', 'force', 'forces', 'mission', 'patrol',
  'patrouille', 'alerte', 'alert', 'report', 'rapport', 'people', 'personne', 'personnes', 'enfant', 'enfants', 'school', 'ecole',
  'eglise', 'church', 'river', 'riviere', 'forest', 'foret', 'brousse', 'territoire', 'territory', 'province', 'secteur', 'sector',
  'chefferie', 'groupement', 'localite', 'quartier', 'avenue', 'cellule', 'bloc', 'kilometre', 'kilometres', 'heading', 'sake',
  'vers', 'dans', 'pres', 'bien', 'gomme', 'benin', 'benito', 'kinshasa', 'bunias', 'kilima', 'large', 'larges', 'largo',
  ...LOCAL_LOOKALIKES,
  // real villages one letter from a gazetteer name: Ntoyo (Lubero) is not Ntoto (Walikale)
  'ntoyo',
]);

// Words after which a lowercase word is taken for a name: "a kasindii", "in eringetti".
const CUES = new Set(['a', 'au', 'aux', 'in', 'at', 'near', 'pres', 'vers', 'dans', 'towards', 'toward', 'from', 'depuis', 'village', 'localite', 'de', 'of', 'on', 'sur', 'around', 'autour', 'nr', 'ds']);

/** One letter wrong, missing, added, or two neighbours swapped (optimal string alignment ≤ 1). */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const SHORT_LENGTH = 4;
const VOWEL = /^[aeiou]$/;
/** Same length, one vowel typed for another and nothing else: "mbao" for "mbau". */
function oneVowelOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff > 0 && VOWEL.test(a[diff]!) && VOWEL.test(b[diff]!);
}

/** The usual alternative spellings folded together: tsh/tch/ch, ou/u, y/i, gue/ge, doubled letters. */
export function skeleton(word: string): string {
  return word
    .replace(/ts?ch|tsh/g, 'ch')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/ph/g, 'f')
    // French "gu" before e/i for a hard g: "Erigueti" for Eringeti, "Bunyaguenge" (reports45)
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/(.)\1+/g, '$1');
}

interface Name {
  key: string;
  skel: string;
  places: Place[];
}

export interface TypoIndex {
  find(tokens: readonly Token[], skip?: Uint8Array): PlaceTokenMatch[];
}

const LEVEL_RANK: Record<Place['level'], number> = { locality: 0, territory: 1, province: 2 };

export function createTypoIndex(places: readonly Place[]): TypoIndex {
  const byKey = new Map<string, Name>();
  for (const place of places) {
    for (const name of new Set([place.name, ...place.aliases])) {
      const key = phraseKey(name);
      if (key.includes(' ') || key.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(key)) continue;
      const entry = byKey.get(key) ?? { key, skel: skeleton(key), places: [] };
      if (!entry.places.includes(place)) entry.places.push(place);
      byKey.set(key, entry);
    }
  }
  for (const e of byKey.values()) e.places.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  // (reports28) Four-letter names ("Mbau", "Luna", "Lolwa"… typed "Mbao", "Lunа"): guessed only by one vowel typed for
  // another, the word capitalised and after a cue ("attack on Mbao"), and one place only so close.
  const short = new Map<string, Place[]>();
  for (const place of places) {
    for (const name of new Set([place.name, ...place.aliases])) {
      const key = phraseKey(name);
      if (key.length === SHORT_LENGTH && /^[a-z]+$/.test(key) && !(short.get(key) ?? []).includes(place)) short.set(key, [...(short.get(key) ?? []), place]);
    }
  }
  const lookupShort = byWord((word: string): Place | null => {
    if (short.has(word) || byKey.has(word)) return null;
    const near = new Set<Place>();
    for (const [key, list] of short) if (oneVowelOff(word, key)) near.add(list.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level])[0]!);
    return near.size === 1 ? [...near][0]! : null;
  });
  // Bucketed by length so a word is compared only with names one letter longer or shorter.
  const byLength = new Map<number, Name[]>();
  for (const e of byKey.values()) {
    for (const len of [e.key.length, e.skel.length]) {
      const list = byLength.get(len) ?? [];
      if (!list.includes(e)) list.push(e);
      byLength.set(len, list);
    }
  }

  // A raw one-letter typo or a usual spelling beats a typo of the folded spelling; two places equally
  // close are not guessed between.
  // (each compares the word with every name one letter longer or shorter: once per word, word-memo.ts)
  const lookup = byWord((word: string): Place | null => {
    if (byKey.has(word)) return null; // an exact name is the gazetteer's, not a typo
    const skel = skeleton(word);
    let best = 3;
    let found: Place | null = null;
    let tie = false;
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      for (const e of byLength.get(len) ?? []) {
        const score = withinOne(word, e.key) || skel === e.skel ? 1 : skel.length >= MIN_TYPO_LENGTH && withinOne(skel, e.skel) ? 2 : 3;
        if (score > best || score === 3) continue;
        const place = e.places[0]!;
        if (score < best) {
          best = score;
          found = place;
          tie = false;
        } else if (place !== found) tie = true;
      }
    }
    return tie ? null : found;
  });

  // One raw letter off a single name (no folded spelling): what a lowercase word with no cue needs.
  const lookupStrict = byWord((word: string): Place | null => {
    if (byKey.has(word)) return null;
    const near = [...(byLength.get(word.length - 1) ?? []), ...(byLength.get(word.length) ?? []), ...(byLength.get(word.length + 1) ?? [])].filter((e) => withinOne(word, e.key));
    const places = new Set(near.map((e) => e.places[0]!));
    return places.size === 1 ? [...places][0]! : null;
  });

  return {
    find(tokens, skip) {
      const out: PlaceTokenMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (skip?.[i]) continue;
        const t = tokens[i]!;
        const word = t.norm;
        if (word.length < MIN_TYPO_LENGTH - 1 || word.length > 20 || !/^[a-z]+$/.test(word) || COMMON.has(word)) continue;
        const capital = /^\p{Lu}/u.test(t.text) && !(t.text === t.text.toUpperCase() && word.length > 5);
        const cued = (i > 0 && !t.breakBefore && CUES.has(tokens[i - 1]!.norm)) ||
          // "kanyabayunga: m23 shelling", "rutshru - 4 jeunes enlevés": a name heading the report
          (i === 0 && tokens.length > 2 && (tokens[1]!.breakBefore || tokens[1]!.start - t.end > 1));
        // A lowercase word anywhere, typed as on a phone ("attaked mangena"), only when long and one raw letter off.
        const loose = !capital && !cued && word.length >= 6;
        if (!capital && !cued && !loose) continue;
        const place = (word.length === SHORT_LENGTH && capital && cued && t.text !== t.text.toUpperCase() ? lookupShort(word) : null) ?? (loose ? lookupStrict(word) : lookup(word));
        if (place) out.push({ place, start: i, end: i + 1 });
      }
      return out;
    },
  };
}
