import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An armed group or force that left a place moved; nobody was displaced: "Les wazalendo ont quitté Kalengera cette nuit
 * vers Rugari", "les M23 ont quitté Kibumba", "ADF have left their positions at Mamove", "les Mai-Mai quittent Kipese"
 * (reports20). The leaving word ("ont quitté", "have left") is a displacement keyword when people leave; with an actor's
 * name as its subject it is the group's movement. Look-alikes kept: "la population a quitté Kibumba", "people left Mamove
 * when ADF came", "les habitants ont quitté le village à l'arrivée des M23" (the actor is not the subject).
 */
const LEAVING = /^(quitte|quittent|quittaient|quittant|quitter|left|leave|leaves|leaving)$/;
const AUX = new Set(['ont', 'a', 'have', 'has', 'had', 'sont', 'already', 'deja', 'reportedly', 'finally', 'enfin', 'auraient', 'aurait']);

/** `actorEndsAt(k)`: an actor's name ends right before token k. Returns the displacement hits to drop and the movement to read. */
export function groupLeft(hits: readonly SignalHit[], tokens: readonly Token[], actorEndsAt: (k: number) => boolean): { drop: (h: SignalHit) => boolean; hits: SignalHit[] } {
  const dropped: SignalHit[] = [];
  for (const h of hits) {
    if (h.value.signal !== 'displace') continue;
    let v = h.start;
    while (v < h.end && !LEAVING.test(tokens[v]!.norm)) v++;
    if (v >= h.end) continue;
    // back from the verb over auxiliaries to the subject
    let k = v;
    while (k > 0 && k > v - 3 && AUX.has(tokens[k - 1]!.norm) && !tokens[k]!.breakBefore) k--;
    if (!tokens[k]!.breakBefore && actorEndsAt(k)) dropped.push(h);
  }
  if (dropped.length === 0) return { drop: () => false, hits: [] };
  return { drop: (h) => dropped.includes(h), hits: dropped.map((h) => ({ value: { signal: 'movement', subType: null }, start: h.start, end: h.end })) };
}
