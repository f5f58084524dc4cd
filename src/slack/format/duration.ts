import type { Language } from '../../domain/taxonomy.js';

/**
 * The one way Veille writes how long something took or has waited, in every message: the two
 * largest units, each counted down (never rounded up: at 91 s an alert has waited 1 min 31 s, not
 * 2 min), the second left out when it is zero. "59 s", "1 min 31 s", "1 h", "1 h 5 min",
 * "2 d 3 h" / "2 j 3 h".
 */

const SECOND = 1000;
const UNITS: Record<Language, Array<[ms: number, unit: string]>> = {
  en: [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [SECOND, 's'],
  ],
  fr: [
    [86_400_000, 'j'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [SECOND, 's'],
  ],
};

export function formatDuration(ms: number, language: Language = 'en'): string {
  const units = UNITS[language];
  // A negative span (a clock set back) reads as its size; under a second is "0 s".
  let rest = Math.floor(Math.abs(ms) / SECOND) * SECOND;
  const first = units.findIndex(([size]) => rest >= size);
  if (first === -1) return '0 s';
  const [bigSize, bigUnit] = units[first]!;
  const big = Math.floor(rest / bigSize);
  rest -= big * bigSize;
  const next = units[first + 1];
  const small = next ? Math.floor(rest / next[0]) : 0;
  return small > 0 && next ? `${big} ${bigUnit} ${small} ${next[1]}` : `${big} ${bigUnit}`;
}
