import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';

/**
 * C12 told through marks: "un jeune enlevé par les CODECO est revenu avec des traces de cordes aux poignets", "farmer taken
 * by ADF came back with rope marks on his wrists". The marks make the person injured (C3, C22, victims/marks-of-blows.ts),
 * but nothing but the taking is told as done: the taking names the report (abduction), not an attack on civilians. Any
 * wound, attack, killing, torture or sexual violence told in words of their own leaves the ranking as it was.
 */
export function takenAndBackWithMarks(s: Signals, victims: Victims): boolean {
  if ((victims.abducted ?? 0) <= 0 || (victims.injured ?? 0) <= 0 || (victims.killed ?? 0) > 0) return false;
  return !(['kill', 'injure', 'attack', 'sexual', 'torture', 'fighting', 'explosive'] as const).some((x) => s.has(x));
}
