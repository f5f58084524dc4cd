import type { Perpetrator } from '../../domain/alert.js';
import { UNKNOWN_ACTOR_ID } from './actors.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { namedInOperation, rescuedOrOperated } from './rescuers.js';
import { forceInResponse } from './force-in-response.js';

/**
 * C14 (conventions settled 2026-12-06): a foreign state's forces named by nationality or acronym who did the harm are
 * perpetrators in free text, as written — "militaires burundais", "Burundian troops", "soldats rwandais", "l'armée
 * ougandaise", "UPDF", "RDF", "FDNB" — never the host army (C2 leaves them out of FARDC: doers/host-forces.ts). Look-alikes:
 * the force as a target ("attacking a Burundian army post") or as victims ("2 soldats burundais tués"), nationals who are
 * not forces ("3 Ugandan nationals detained", "refugees from Rwanda"), and UN contingents (peacekeepers are never
 * perpetrators of a protection alert; their units are read as peacekeepers, vocabulary/quick-lines.ts).
 */
const NATIONS = new Set([
  'burundais', 'burundaise', 'burundaises', 'burundian', 'burundians', 'rwandais', 'rwandaise', 'rwandaises', 'rwandan', 'rwandans',
  'ougandais', 'ougandaise', 'ougandaises', 'ugandan', 'ugandans', 'kenyan', 'kenyans', 'kenyane', 'kenyanes',
  'sudanese', 'soudanais', 'soudanaise', 'soudanaises', 'centrafricains', 'centrafricain',
]);
// The country's own name before the force word, as SMS English types it (reports33): "burundi soldiers arested 4
// fishermen", "Uganda army burned canoes", "Rwanda troops". Only in that order: "fled to Burundi" names no force.
const COUNTRIES = new Set(['burundi', 'rwanda', 'uganda', 'ouganda', 'kenya']);
// Armed men of a neighbouring country who are no state force, named the same way (as written): "South Sudanese armed
// herders", "éleveurs armés sud-soudanais", "Ugandan armed men".
const ARMED_NOUN = /^(herders|herdsmen|pastoralists|men|group|groups|elements|bandits|cattle|bouviers|eleveurs|hommes|elements|vachers|mbororo)$/;
const ARMED = /^(armed|armes)$/;
const ACRONYMS = new Set(['updf', 'rdf', 'fdnb', 'kdf']);
const FORCE = /^(soldiers?|soldats?|militaires?|troops|troupes|army|armee|forces|military|wanajeshi|jeshi|elements?|elts|patrol|patrols|patrouilles?|units?|unites|navy|marine|naval|navale|coastguards?)$/; // ("la marine ougandaise", "Ugandan navy": reports34)
// (a foreign force is named by its acronym, its nation or its country)
const FOREIGN_SAID = trigger([...ACRONYMS, ...COUNTRIES, ...NATIONS]);
// Said after them: a post they hold that was attacked, or harm they suffered.
const TARGET_AFTER = /^(post|posts|poste|postes|position|positions|camp|camps|base|bases|barracks|caserne|killed|dead|wounded|injured|tues?|tuee?s?|blesses?|blessee?s?|morts?|captured|captures?|abducted|enleves?)$/;
const TARGET_BEFORE = /^(against|contre|attacked|attacking|attaque|attaquent|attaquant|ambushed|ambush|embuscade|on|sur|targeted|visant)$/;

interface Mention {
  actor: { id: string; hostState?: boolean };
  start: number;
  end: number;
}

/**
 * The perpetrators with the foreign forces named as doers added (an unknown doer then says less); an actor read only
 * inside their name ("l'armée ougandaise": "l'armée" is the host army's alias) is theirs, not the host's.
 */
export function withForeignForces(read: Perpetrator[], tokens: readonly Token[], description: string, mentions: readonly Mention[]): Perpetrator[] {
  if (!said(tokens, FOREIGN_SAID)) return read;
  // (a foreign force that freed hostages or ran an operation against an armed group named did not do it: rescuers.ts)
  const groupNamed = mentions.some((m) => !m.actor.hostState && m.actor.id !== UNKNOWN_ACTOR_ID);
  const actorAt = (k: number): boolean => mentions.some((o) => o.start <= k && k < o.end);
  const { names: found, spans } = foreignForces(tokens, description, (start, end) => (groupNamed && (rescuedOrOperated(tokens, end, actorAt) || namedInOperation(tokens, start))) || forceInResponse(tokens, start, end)); // ("FARDC and UPDF pursuing": force-in-response.ts)
  if (found.length === 0) return read;
  const inside = (m: Mention): boolean => spans.some(([a, b]) => m.start < b && a < m.end);
  const swallowed = new Set(mentions.filter(inside).map((m) => m.actor.id).filter((id) => !mentions.some((m) => m.actor.id === id && !inside(m))));
  const words = (s: string): string => ` ${s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const named = read.filter((p) => p.actorId === null).map((p) => words(p.name));
  const out = read.filter((p) => p.actorId !== UNKNOWN_ACTOR_ID && !(p.actorId !== null && swallowed.has(p.actorId)));
  for (const name of found) if (!named.some((n) => n.includes(words(name)) || words(name).includes(n))) out.push({ actorId: null, name });
  return out;
}

function foreignForces(tokens: readonly Token[], description: string, answered: (start: number, end: number) => boolean): { names: string[]; spans: Array<[number, number]> } {
  const out: string[] = [];
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    let span: [number, number] | null = null;
    if (ACRONYMS.has(w) && tokens[i]!.text === tokens[i]!.text.toUpperCase()) span = [i, i + 1];
    else if (COUNTRIES.has(w) && FORCE.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) span = [i, i + 2];
    else if (NATIONS.has(w)) {
      // "militaires burundais", "l'armée ougandaise" / "Burundian troops", "Rwandan army"
      const from = /^(south|sud)$/.test(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore ? i - 1 : i;
      if (i > 0 && FORCE.test(tokens[i - 1]!.norm) && !tokens[i]!.breakBefore) span = [i - 1, i + 1];
      // "militaires sud-soudanais" (reports23: the force word before "sud-")
      else if (from === i - 1 && from > 0 && FORCE.test(tokens[from - 1]!.norm) && !tokens[from]!.breakBefore) span = [from - 1, i + 1];
      else if (FORCE.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) span = [from, i + 2];
      else if (ARMED.test(tokens[i + 1]?.norm ?? '') && ARMED_NOUN.test(tokens[i + 2]?.norm ?? '') && !tokens[i + 1]!.breakBefore && !tokens[i + 2]!.breakBefore) span = [from, i + 3];
      else if (from > 1 && ARMED.test(tokens[from - 1]!.norm) && ARMED_NOUN.test(tokens[from - 2]!.norm) && !tokens[from]!.breakBefore && !tokens[from - 1]!.breakBefore) span = [from - 2, i + 1];
    }
    if (!span || !doer(tokens, span[0], span[1]) || answered(span[0], span[1])) continue;
    // "Burundian soldiers (FDNB)": one force, named by its acronym.
    const near = spans.findIndex(([a, b]) => span[0] - b <= 2 && a - span[1] <= 2);
    if (near >= 0) {
      if (ACRONYMS.has(w)) {
        spans[near] = span;
        out[near] = description.slice(tokens[span[0]]!.start, tokens[span[1] - 1]!.end);
      }
      continue;
    }
    spans.push(span);
    out.push(description.slice(tokens[span[0]]!.start, tokens[span[1] - 1]!.end));
  }
  return { names: out, spans };
}

function doer(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  if (after && !after.breakBefore && TARGET_AFTER.test(after.norm)) return false;
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    if (tokens[k + 1]!.breakBefore) break;
    if (TARGET_BEFORE.test(tokens[k]!.norm)) return false;
  }
  return true;
}
