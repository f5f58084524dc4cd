import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { heldByForce } from './camp-custody-words.js';

/**
 * A camp named by its place where a detainee is held or beaten is the army's camp, not an IDP site (reports27: "FARDC
 * soldiers beat a detainee at the Komanda camp until he passed out", "un détenu torturé au camp de Rumangabo"): the
 * camp's site hit is set aside when the report tells of a detainee or prisoner and of no displaced people. Look-alikes kept: "gunmen attacked the Komanda camp, 2 IDPs killed", "IDPs detained at the
 * Komanda camp" (displaced people named), "Kiwanja camp attacked" (no detainee).
 */
const DETAINEE = /^(detainee|detainees|detenu|detenus|detenue|detenues|prisoner|prisoners|prisonnier|prisonniers|captive|captives|inmate|inmates|cachot|cell|custody)$/;
const DISPLACED = /^(idps?|deplacee?s?|pdi|displaced|refugees?|refugiee?s?|menages|households)$/;

const CAMP = /^(camp|camps|campement)$/;

// (reports35: "FARDC military police arrested 2 civilians and beat them at the camp": people the army or police arrested,
// held at "the camp", are at the army's camp too)
const ARRESTED = /^(arrested|arrest|arrests|detained|arrete|arretes|arretee|arretees|ont arrete|interpelle|interpelles|apprehended)$/;
const FORCE = /^(fardc|military|militaire|militaires|soldiers|soldats|army|armee|pm|mp|police|pnc|policiers|policemen)$/;

export function detentionCamp(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'idpSite' || !CAMP.test(tokens[h.end - 1]?.norm ?? '')) return false;
  if (tokens.some((t) => DISPLACED.test(t.norm))) return false;
  // (rounded up, held, released by the force: camp-custody-words.ts)
  return tokens.some((t) => DETAINEE.test(t.norm)) || (tokens.some((t) => ARRESTED.test(t.norm)) && tokens.some((t) => FORCE.test(t.norm))) || heldByForce(tokens);
}
