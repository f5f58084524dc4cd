import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * The one who did the harm arrested afterwards (reports29): "un militaire ivre a blessé par balle 2 civils dans un bar,
 * arrêté par la police militaire", "a drunk soldier shot 2 civilians in a bar, he was arrested by the military police",
 * "le policier qui a tué le motard a été arrêté". The arrest is the response to the harm, not a detention of civilians:
 * the shooting or wounding is the report (attack on civilians). Only when every arrest told comes after the harm, as a
 * bare participle opening a clause or after "il a été" / "he was" / "has been", with no word of abuse in custody
 * ("sans mandat", "tabassé au cachot"), and civilians hurt or killed. Called only when the ranking put a custody
 * category first, so other reports pay nothing.
 */
const CUSTODY: ReadonlySet<CategoryId> = new Set(['torture_ill_treatment', 'arbitrary_detention']);
const ARREST = /^(arrete|arretes|arretee|arrested|apprehended|interpelle|apprehende|detained|detenu)$/;
const WAS = /^(a|ete|was|been|has|have|is|est|il|he|they|ils|already|deja|aussitot|immediately|later|since|depuis|then|puis|ensuite)$/;
const ABUSE = /^(sans|without|cachot|cell|tabass\w*|battu\w*|beaten|torture\w*|fouett\w*|incommunicado|arbitrair\w*|arbitrar\w*|mandat|warrant|detenus|detainees?)$/;

export function shooterArrestedFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (!CUSTODY.has(ranked[0]?.category as CategoryId) || !(s.has('injure') || s.has('kill') || s.has('attack'))) return ranked;
  const harm = Math.min(...[...s.all('injure'), ...s.all('kill'), ...s.all('attack')].map((h) => h.start));
  const arrests = s.all('detention');
  if (arrests.length === 0 || !arrests.every((h) => arrestAfterHarm(s, h.start, harm))) return ranked;
  if (s.tokens.some((t) => ABUSE.test(t.norm))) return ranked;
  const attack = ranked.find((r) => r.category === 'attack_on_civilians');
  return attack ? [attack, ...ranked.filter((r) => r !== attack)] : ranked;
}

function arrestAfterHarm(s: Signals, start: number, harm: number): boolean {
  const { tokens } = s;
  if (start <= harm || !ARREST.test(tokens[start]?.norm ?? '')) return false;
  // ", arrêté par la PM", "; he was arrested", ", il a été arrêté"
  for (let k = start; k >= start - 4 && k > harm; k--) {
    if (tokens[k]!.breakBefore) return true;
    if (!WAS.test(tokens[k - 1]?.norm ?? '')) return false;
  }
  return false;
}
