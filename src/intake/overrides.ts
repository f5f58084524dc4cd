import { normalize } from './normalize.js';

/**
 * `key:value` and `key:"quoted value"` tokens in a quick report. Only a word at the start of the
 * text or after a space can be a key, its value must touch the colon, and URL schemes are not
 * keys: `http://x`, `10:30` and `<mailto:a@b>` stay text.
 */
type OverrideKey =
  | 'priority' | 'place' | 'category' | 'perp' | 'restricted' | 'source'
  | 'killed' | 'injured' | 'abducted' | 'childrenAffected' | 'displaced';

const KEYS: Record<string, OverrideKey> = {
  priority: 'priority', priorite: 'priority', prio: 'priority',
  place: 'place', lieu: 'place', location: 'place', localite: 'place',
  type: 'category', category: 'category', categorie: 'category', cat: 'category',
  perp: 'perp', perps: 'perp', perpetrator: 'perp', perpetrators: 'perp', auteur: 'perp', auteurs: 'perp',
  restricted: 'restricted', restreint: 'restricted', restreinte: 'restricted',
  source: 'source',
  killed: 'killed', dead: 'killed', tues: 'killed', morts: 'killed',
  injured: 'injured', wounded: 'injured', blesses: 'injured',
  abducted: 'abducted', kidnapped: 'abducted', enleves: 'abducted',
  children: 'childrenAffected', enfants: 'childrenAffected',
  displaced: 'displaced', deplaces: 'displaced',
};
// Never overrides, never warned about.
const SCHEMES = new Set(['http', 'https', 'ftp', 'mailto', 'tel', 'www', 'file', 'slack', 'sms', 'whatsapp', 'geo']);

export interface RawOverride {
  /** The understood key, or null when the key is not one Veille knows. */
  key: OverrideKey | null;
  /** The token as typed, for messages: `priority:urgent`. */
  raw: string;
  value: string;
  /** Character span of the whole token in the text. */
  start: number;
  end: number;
}

// key, then a quoted value ("…", “…”, «…») or a bare one up to the next space.
const OVERRIDE = /(^|[\s(])([\p{L}\p{M}_]+):(?:"([^"]*)"|“([^”]*)”|«\s*([^»]*?)\s*»|([^\s"“«]+))/gu;

export function findOverrides(text: string): RawOverride[] {
  const out: RawOverride[] = [];
  for (const m of text.matchAll(OVERRIDE)) {
    const rawKey = m[2]!;
    const keyNorm = normalize(rawKey);
    let value = m[3] ?? m[4] ?? m[5] ?? m[6] ?? '';
    const quoted = m[6] === undefined;
    if (SCHEMES.has(keyNorm) || (!quoted && value.startsWith('//'))) continue;
    let end = m.index + m[0].length;
    if (!quoted) {
      // "perp:ADF," — the comma belongs to the sentence, not the value.
      const trimmed = value.replace(/[.,;:!?)\]]+$/, '');
      end -= value.length - trimmed.length;
      value = trimmed;
      if (value === '') continue;
    }
    const start = m.index + m[1]!.length;
    out.push({ key: KEYS[keyNorm] ?? null, raw: text.slice(start, end), value: value.trim(), start, end });
  }
  return out;
}

/** The text without the given spans; the space a span leaves is closed up, the rest kept as typed. */
export function removeSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    out += text.slice(at, span.start);
    at = span.end;
    // A comma that only separated the override goes with it: "priority:high, 4 killed" → "4 killed".
    if (/(^|[,;])\s*$/.test(out) && /^[,;]/.test(text.slice(at))) at++;
    // Close up: "a priority:high b" → "a b", not "a  b".
    if (/(^|[ \t])$/.test(out)) while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  }
  out += text.slice(at);
  // "looting in Komanda, restricted:oui" → "looting in Komanda": the comma only led to the override.
  if (sorted.length > 0 && text.slice(sorted[sorted.length - 1]!.end).trim() === '') out = out.replace(/\s*[,;]\s*$/, '');
  return out.trim();
}
