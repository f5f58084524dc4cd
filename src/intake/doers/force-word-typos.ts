import type { ForceKind } from './host-forces.js';

/**
 * The host forces' words typed on a phone with one letter dropped or two letters swapped (pending reports31, cheap-phone
 * SMS): "mlitaires ont tabassé un motard", "militaies", "soliders beat a trader", "policers", "plociers". Conventions C1
 * and C2 read police and soldiers who did the harm as the host police and army; a thumb's slip must not hide them. Only
 * words of at least 7 letters are guessed (a short word one letter away is too often another word), never a word that is
 * itself English or French ("solders", "militants", "polices"), and the rest of the reading (who did what, UN or foreign
 * soldiers, victims) stays host-forces.ts's: this only says which force word a typed word stands for.
 */

const FORCE_WORDS: ReadonlyArray<readonly [string, ForceKind]> = [
  ['militaires', 'army'], ['militaire', 'army'], ['soldiers', 'army'], ['soldier', 'army'], ['military', 'army'], ['wanajeshi', 'army'],
  ['policiers', 'police'], ['policier', 'police'], ['policeman', 'police'], ['policemen', 'police'], ['policieres', 'police'],
];
// Real words one slip away from a force word.
const REAL = new Set(['solders', 'soldies', 'militant', 'militants', 'militair', 'policer', 'polices', 'policies', 'militar']);
const MIN = 7;

function variants(word: string): string[] {
  const out: string[] = [];
  // a letter dropped inside the word (the first kept: "oldiers" is no slip anyone reads)
  for (let p = 1; p < word.length; p++) out.push(word.slice(0, p) + word.slice(p + 1));
  // two neighbouring letters swapped
  for (let p = 1; p < word.length - 1; p++) out.push(word.slice(0, p) + word[p + 1] + word[p] + word.slice(p + 2));
  return out;
}

const TYPOS: ReadonlyMap<string, ForceKind> = (() => {
  const known = new Set(FORCE_WORDS.map(([w]) => w));
  const m = new Map<string, ForceKind>();
  for (const [word, kind] of FORCE_WORDS) {
    for (const v of variants(word)) if (v.length >= MIN && v !== word && !known.has(v) && !REAL.has(v)) m.set(v, kind);
  }
  return m;
})();

/** Every slip forceWordTypo reads (trigger words). */
export const FORCE_TYPOS: readonly string[] = [...TYPOS.keys()];

/** The force a word typed with one slip stands for ("mlitaires": army), or null (a Map lookup, no scan). */
export function forceWordTypo(word: string): ForceKind | null {
  return TYPOS.get(word) ?? null;
}
