import type { Token } from '../normalize.js';
import type { SignalHit } from './categories.js';

/**
 * "Going door to door" reads as a threat (men searching houses for someone: vocabulary/long-tail.ts), but said with a levy
 * it is how the levy is collected (C6, reports29): "M23 elts going door to door since this morning collecting 'taxes',
 * 2000 FC per household", "les Wazalendo passent de porte en porte pour ramasser l'effort de guerre". The levy is the
 * report (looting); a threat said besides keeps its own hit. Only threat hits that hold "door"/"porte" pay for the look.
 */
const DOOR = new Set(['door', 'porte']);
// (the words of a levy collected; a sum demanded alone, "demanding 1000 fc per house", is read by the money readers or stays the threat)
const LEVY = /^(collect\w*|taxes?|tax|taxe|levy|levies|cotis\w*|contributions?|jetons?|effort|ramass\w*|percev\w*|percoi\w*|preleve\w*)$/;

export function doorToDoorLevy(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'threat' || !(DOOR.has(tokens[h.end - 1]?.norm ?? '') || DOOR.has(tokens[h.start + 1]?.norm ?? ''))) return false;
  for (let k = h.end; k < tokens.length && k < h.end + 8; k++) {
    if (tokens[k]!.stopBefore) return false;
    if (LEVY.test(tokens[k]!.norm)) return true;
  }
  return false;
}
