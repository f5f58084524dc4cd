import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Tension between communities said in Swahili (pending reports38): "mvutano kati ya wanyamulenge na babembe" (tension between
 * the Banyamulenge and the Babembe), "uhasama kati ya wahema na walendu" (hostility between…), and youths arming themselves
 * ("vijana wamechukua mapanga", "wamejipanga na mapanga": took up / lined up with machetes). As "tension entre…" is.
 */
const TABLE: Partial<Record<Signal, readonly Keyword[]>> = {
  tension: ['mvutano', 'mivutano', 'uhasama', 'wamechukua mapanga', 'wamejipanga na mapanga', 'wamejiandaa na mapanga', 'wamebeba mapanga', 'wamechukua silaha'],
};

export function withSwahiliTension(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(TABLE) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}
