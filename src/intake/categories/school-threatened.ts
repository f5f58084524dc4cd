import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import type { CategoryReading, Signals } from './categories.js';

/**
 * A school closed, or its teachers gone, because of threats (reports46): "EP Kalunguta closed since Monday after Mai-Mai
 * threatened teachers", "EP de Bambo fermée, les enseignants ont reçu des menaces des éléments M23", "les enseignants ont
 * fui après les menaces de la milice Zaire", "teachers fled after CODECO letters accusing them". The threat is the report
 * (`threat_intimidation`, medium), not a closure for a cause (`other`, constructions/everyday-kivu.ts) nor the teachers'
 * flight (a few people singled out, not a population displaced). A school attacked, looted or occupied stays C13, a harm
 * done stays that harm, and people fleeing in numbers ("600 personnes ont fui … suite aux menaces") stay a displacement.
 */
const CLOSED_WORDS = ['closed', 'shut', 'ferme', 'fermee', 'fermees', 'fermes', 'fermeture', 'closure', 'suspended', 'suspendus', 'suspendue', 'suspendues', 'paralysee', 'paralysees'];
const STAFF_WORDS = ['teachers', 'teacher', 'enseignants', 'enseignant', 'enseignantes', 'enseignante', 'instituteurs', 'professeurs', 'teaching', 'walimu', 'mwalimu', 'headmaster', 'directeur', 'prefet'];
const NOTE_WORDS = ['letter', 'letters', 'lettre', 'lettres', 'tract', 'tracts', 'leaflet', 'leaflets', 'note', 'notes', 'barua'];
const CLOSED = new Set(CLOSED_WORDS);
const STAFF = new Set(STAFF_WORDS);
const NOTE = new Set(NOTE_WORDS);
const SCHOOL_THREAT_SAID = trigger([...CLOSED_WORDS, ...STAFF_WORDS]);
const HARMS = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'recruit', 'militaryUse', 'explosive', 'attack', 'fighting'] as const;

export function schoolThreatenedFirst<R extends CategoryReading>(ranked: R[], s: Signals, tokens: readonly Token[]): R[] {
  if (!said(tokens, SCHOOL_THREAT_SAID) || !s.has('school') || ranked.length === 0 || HARMS.some((x) => s.has(x))) return ranked;
  const threatened = s.has('threat') || tokens.some((t) => NOTE.has(t.norm));
  if (!threatened) return ranked;
  const closed = tokens.some((t) => CLOSED.has(t.norm));
  const staffFled = s.has('displace') && tokens.some((t) => STAFF.has(t.norm)) && ranked[0]!.category === 'displacement';
  if (!closed && !staffFled) return ranked;
  if (ranked[0]!.category !== 'other' && ranked[0]!.category !== 'displacement') return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation') ?? ({ ...ranked[0]!, category: 'threat_intimidation', subType: null } as R);
  return [threat, ...ranked.filter((r) => r !== threat)];
}
