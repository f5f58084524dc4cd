import type { Signals } from './categories.js';
import type { CategoryId } from '../../domain/taxonomy.js';

/**
 * Beaten where they are held: "arrested …, beaten in custody", "battu au cachot", "tabassés en détention", "whipped in the
 * cell". The ill-treatment is the report, before the arrest that brought them there (the main corpus reads "des
 * policiers ont arrêté un élève et l'ont battu au cachot" torture first). A round-up where "some" were beaten on the way is
 * not this, nor "12 arrested, some beaten in the cell": only some of those held were beaten, the arrest names the report.
 */
const AT = /^(in|au|aux|en|ds|dans|while|pendant|a)$/;
const SOME = /^(some|certains|certaines|quelques|few|several|plusieurs|them|eux|elles|\d{1,3}|two|three|deux|trois)$/;
const HELD = /^(custody|cachot|cachots|detention|cell|cells|jail|prison|lockup|cellule|cellules|garde|detained|detenu|detenus)$/;

export function beatenInCustodyFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'arbitrary_detention') return ranked;
  const t = s.tokens;
  const inCustody = s.all('torture').some((h) => {
    // ("12 arrested, some beaten in the cell": a part of those arrested beaten leaves the arrest the report)
    if (SOME.test(t[h.start - 1]?.norm ?? '') || SOME.test(t[h.start - 2]?.norm ?? '')) return false;
    let k = h.end;
    if (!AT.test(t[k]?.norm ?? '') || t[k]!.breakBefore) return false;
    k++;
    if (/^(the|le|la|l|leur|their|his|her|sa|son)$/.test(t[k]?.norm ?? '')) k++;
    return HELD.test(t[k]?.norm ?? '') && !t[k]!.breakBefore;
  });
  if (!inCustody) return ranked;
  const torture = ranked.find((r) => r.category === 'torture_ill_treatment') ?? { ...ranked[0]!, category: 'torture_ill_treatment' as CategoryId, subType: null };
  return [torture, ...ranked.filter((r) => r !== torture)];
}
