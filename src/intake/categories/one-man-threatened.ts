import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * A harm promised to one person by youths of one community (pending reports48): "Hutu youths told the Hunde chief of Nyabiondo
 * he will be killed if he keeps the field", "des jeunes Hunde ont promis de brûler la maison du chef hutu s'il ne part pas".
 * Two communities are named, but the report is a threat against one man: `threat_intimidation`, not intercommunal tension.
 * Look-alikes kept out (main corpus: tension): threats traded between the two sides ("youths exchanging threats", "se
 * menacent", "des deux côtés"), threats against a whole people ("will burn the houses of the Hutu", r35fr-074), a harm done.
 */

const ONE_MAN = /^(chief|chef|mwami|he|him|his|il|lui|sa|son|notable|pasteur|pastor|teacher|enseignant|headman)$/;
const IF = /^(if|unless|s|si|sinon|otherwise)$/;
const MUTUAL = /^(each|other|mutual|mutuelles?|exchanging|exchanged|trading|traded|echangent|echange|se|deux|both|sides|cotes|between|entre)$/;
const DONE: readonly string[] = ['kill', 'injure', 'attack', 'loot', 'abduct', 'sexual', 'fighting', 'hate'];

export function oneManThreatenedFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'intercommunal_tension' || !s.has('threat') || !s.has('community')) return ranked;
  const tokens = s.tokens;
  // (the harm promised is read as a threat's words, not as a harm done: "will be killed", "promis de brûler")
  if (DONE.some((d) => s.all(d as never).some((h) => !s.all('threat').some((t) => h.start >= t.start && h.start < t.end)))) return ranked;
  if (!tokens.some((t) => ONE_MAN.test(t.norm)) || !tokens.some((t, i) => IF.test(t.norm) && (t.norm !== 's' || /^(il|ils)$/.test(tokens[i + 1]?.norm ?? '')))) return ranked;
  if (tokens.some((t) => MUTUAL.test(t.norm))) return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation') ?? { ...ranked[0], category: 'threat_intimidation' as CategoryId, subType: null };
  return [threat, ...ranked.filter((r) => r !== threat)];
}
