import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * Reports12: goods taken or people arrested, told first, with a beating after it ("soldiers took goats and beat a
 * man who protested", "looted cattle, owners beaten", "arrested 20 youths, some beaten at the station"): the
 * report is the looting or the arrest; the beaten stay counted as injured (C3). A beating told first, or a
 * torture word ("tortured", "sévices"), keeps ill-treatment.
 */
// ("ont enlevé des motos", "seized their bikes", "confisqué les téléphones": a taking verb already read as goods taken)
const ROBBED = /^(rob\w*|pill\w*|loot\w*|vol|vols|vole|voles|volee|volees|volent|depouill\w*|stole|stolen|steal\w*|took|taken|grabbed|seized|saisi\w*|confisqu\w*|enlev\w*|emport\w*|ransack\w*|raid\w*|ravi\w*|razzi\w*)$/;
const ARRESTED = /^(arrest\w*|arret\w*|interpell\w*|rafl\w*|rounded|picked|apprehend\w*|wamekamatwa|wameshikwa)$/;
const BEATING = /^(beat|beats|beaten|beating|bastonn\w*|battu\w*|tabass\w*|frapp\w*|fouett\w*|whipped|rou\w*|molested|passes?|passee?s?)$/;

/** The category the beating is told after (looting or arrest), or null. */
export function beatingAfterOtherHarm(s: Signals): CategoryId | null {
  const torture = s.all('torture');
  if (torture.length === 0 || !torture.every((h) => BEATING.test(s.tokens[h.start]!.norm))) return null;
  const firstBeating = Math.min(...torture.map((h) => h.start));
  const first = (hits: readonly { start: number; end: number }[], word: RegExp): number =>
    Math.min(Infinity, ...hits.filter((h) => s.tokens.slice(h.start, h.end).some((t) => word.test(t.norm))).map((h) => h.start));
  const loot = first(s.all('loot'), ROBBED);
  const arrest = first(s.all('detention'), ARRESTED);
  if (Math.min(loot, arrest) >= firstBeating) return null;
  return loot < arrest ? 'looting_destruction' : 'arbitrary_detention';
}
