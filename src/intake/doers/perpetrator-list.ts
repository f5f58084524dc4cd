import type { Perpetrator } from '../../domain/alert.js';
import type { ActorIndex } from './actors.js';

/**
 * A perpetrator field as typed in the form or sent to the API ("ADF, Mai-Mai"): each part that is
 * exactly a known actor's name, alias or id becomes that actor; any other part is kept as typed.
 */
export function perpetratorsFromList(text: string, actors: ActorIndex): Perpetrator[] {
  return text
    .split(/[,;\n]|\s+(?:and|et)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const actor = actors.lookup(part);
      return actor ? actors.perpetrator(actor) : { actorId: null, name: part };
    });
}
