import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * The peacekeeping force in the mission's own shorthand (reports29): "pkf patrol shot at near the airport", "PKF convoy
 * ambushed", "pk patrol fired upon", "patrouille PKF prise à partie". "PK" alone is also the French kilometre mark
 * ("au PK 12"), so only "pkf" and "pk"/"pks" with a unit after it name the force. Added to the keyword table by
 * `withPeacekeeperShorthand`.
 */
const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

const PKF: readonly Keyword[] = [
  'pkf',
  ...combine(['pk', 'pks'], ['patrol', 'patrols', 'convoy', 'convoys', 'base', 'position', 'positions', 'troops', 'escort', 'team', 'patrouille', 'convoi', 'escorte']),
  ...combine(['patrouille', 'convoi', 'base', 'position', 'escorte'], ['pkf', 'des pk']),
];

const WORDS: Partial<Record<Signal, readonly Keyword[]>> = { peacekeeper: PKF };

export function withPeacekeeperShorthand(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(WORDS) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
