import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * A patrol or troops sent after the harm respond to it (reports27): "3 killed at Lopa by Zaire militia, fardc + monusco ptl
 * sent", "une patrouille MONUSCO envoyée sur place", "patrouille dépêchée", "QRF on the way". Said of a patrol, troops or
 * reinforcements only (not "sent threatening messages"), so the peacekeepers beside them are no target of the attack.
 */
const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));
const UNITS = ['patrol', 'patrols', 'ptl', 'patrouille', 'patrouilles', 'troops', 'troupes', 'reinforcements', 'renforts', 'qrf'];
const SENT = ['sent', 'dispatched', 'on the way', 'en route', 'envoyee', 'envoyees', 'envoye', 'envoyes', 'depechee', 'depechees', 'depeche', 'depeches', 'mobilisee', 'mobilisees', 'mobilised', 'mobilized'];
const SENT_BEFORE = ['sent a', 'sent', 'dispatched a', 'envoye une', 'envoye des', 'a envoye une', 'a depeche une', 'ont envoye une', 'ont depeche une', 'depeche une'];

export function withSentToRespond(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  // ("une patrouille MONUSCO envoyée": the owner between, the feminine agrees with the patrol)
  return { ...table, response: [...table.response, ...combine(UNITS, SENT), 'envoyee', 'envoyees', 'depechee', 'depechees', ...combine(SENT_BEFORE, ['patrol', 'patrouille', 'troops', 'reinforcements', 'renforts'])] };
}
