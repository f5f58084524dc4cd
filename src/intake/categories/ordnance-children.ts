import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';
import { reportStart, type Token } from '../normalize.js';
import { CHILD_NOUNS } from '../victims/victim-vocabulary.js';

/**
 * Children who played with or picked up ordnance are the ones it killed or hurt (reports18): "kids playing with an old
 * shell, it blew, 1 dead, 2 injured", "grenade ramassée par des enfants, explosée, 1 mort". The dead and injured then
 * count as children affected, when no other count of children is said (or a count of one child among them: "kids playing w
 * a grenade, 1 child dead 2 hurt" is 3); so do they when the report is headed by children ("kids at the school: 4 wounded
 * when a grenade exploded"). Children only seen near ordnance ("les enfants
 * y jouent") with nobody hurt count nobody; nor do they when adults are named among the hurt.
 */
const HANDLED = /^(play|plays|playing|played|jou\w*|ramass\w*|pick|picks|picked|picking|manipul\w*|touch|touched|touching|handl\w*|kucheza|walikuwa|wakicheza)$/;

// Adults named among the victims, or a grenade thrown at people: the children are not (all) the ones hurt.
const ADULTS = /^(adults?|adultes?|men|women|hommes|femmes|parents?|mothers?|meres?|fathers?|peres?|man|woman|homme|femme)$/;

const PART = /^(dont|including|incl|among|parmi|compris|whom)$/;

export function ordnanceHandledByChildren(tokens: readonly Token[], signals: Signals, victims: Victims): void {
  if (!signals.has('explosive')) return;
  const harmed = (victims.killed ?? 0) + (victims.injured ?? 0);
  // ("kids playing w a grenade, 1 child dead 2 hurt": the child counted is one of them, the others too)
  // (not a breakdown said: "3 blessés dont deux enfants")
  if (victims.childrenAffected !== null && (victims.childrenAffected >= harmed || tokens.some((t) => PART.test(t.norm)))) return;
  if (harmed === 0 || signals.all('explosive').some((h) => h.value.subType === 'grenade_attack')) return;
  // ("kids at the school: 4 wounded when a grenade exploded": children as the heading, the bare counts are theirs)
  const start = reportStart(tokens);
  let handled = start > 0 && tokens.slice(0, start).some((t) => CHILD_NOUNS.has(t.norm));
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (ADULTS.test(w)) return;
    if (handled || !HANDLED.test(w)) continue;
    // the children within three words of the handling, on either side: "kids playing", "ramassée par des enfants"
    for (let k = Math.max(0, i - 3); k <= i + 3 && k < tokens.length; k++) if (k !== i && CHILD_NOUNS.has(tokens[k]!.norm)) handled = true;
  }
  if (handled) victims.childrenAffected = harmed;
}
