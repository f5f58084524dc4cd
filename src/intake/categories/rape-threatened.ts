import type { Token } from '../normalize.js';
import type { SignalHit } from './categories.js';

/**
 * A threat whose harm is rape ("told them they would be raped", "menacées de viol"): no survivor is counted, but the
 * report holds a sexual-violence term, so it is restricted (fail closed, C17). Rapes someone denounced or documented
 * ("threats since she denounced the rapes of Nioka") are what the threatened person spoke of, not the threat.
 */
const SPOKE_OF = /^(denonc\w*|denounc\w*|document\w*|report\w*|investigat\w*|enquet\w*|about|sur|campaign\w*|campagne|plaidoyer|advoca\w*|temoign\w*|testif\w*)$/;

const RAPE = /^(rape|raped|rapes|raping|viol|viols|violer|violera|violeront|viole|violes|violee|violees|violees|ubakaji|kubaka|watabakwa)$/;

export function rapeThreatened(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  return hits.some((h) => {
    // ("threatened to rape the women", "seront violées": the threat's own phrase names the rape)
    const named = h.value.signal === 'sexual' || (h.value.signal === 'threat' && tokens.slice(h.start, h.end).some((t) => RAPE.test(t.norm)));
    if (!named) return false;
    for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) if (SPOKE_OF.test(tokens[k]!.norm)) return false;
    return true;
  });
}
