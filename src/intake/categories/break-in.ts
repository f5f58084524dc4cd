import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';

/**
 * A break-in with nobody hurt: "Hommes armés ont fait irruption chez un enseignant, l'ont menacé avec une arme et sont repartis
 * avec son téléphone", "armed men burst into the pastor's house and threatened him". Bursting in is how they came, not an
 * attack on the people: the report is the threat (or the theft, when goods are said taken, C6's reading of property taken).
 * Any killing, wound, rape, abduction, fighting or shooting told leaves the attack as it was.
 */
const BREAK_IN = /^(irruption|irruptions|burst|bursting|barged|stormed|forced|defonce|defonces|defoncee|enfonce|enfoncee|broke|break|breaking)$/;
const HARM = ['kill', 'injure', 'sexual', 'abduct', 'fighting', 'explosive', 'child', 'recruit'] as const;

export function breakInWithoutHarm(s: Signals, victims: Victims): 'threat_intimidation' | 'looting_destruction' | null {
  if ((['killed', 'injured', 'abducted', 'crsvSurvivors'] as const).some((k) => (victims[k] ?? 0) > 0)) return null;
  if (HARM.some((x) => s.has(x)) || !s.has('attack')) return null;
  if (!s.all('attack').every((h) => BREAK_IN.test(s.tokens[h.start]!.norm))) return null;
  if (s.has('loot')) return 'looting_destruction';
  return s.has('threat') ? 'threat_intimidation' : null;
}
