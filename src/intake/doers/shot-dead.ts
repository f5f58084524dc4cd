import type { Token } from '../normalize.js';

/**
 * "A soldier shot dead a moto driver", "Police shot dead 2 protesters", "Soldiers shot and killed a farmer": the
 * force shot someone, it is not the one shot ("2 soldiers shot dead in an ambush"). `verb` is the index of "shot";
 * true when "dead" (or "and killed") is followed, in the same clause, by who was killed (reports23, C1, C2).
 */
const OBJECT = /^(\d+|a|an|the|two|three|four|five|several|his|her|their|one|civilians?|people|villagers?|farmers?|traders?|women|men|children|youths?|protesters?|demonstrators?|students?|drivers?|motorcyclists?|passengers?|fishermen|him|them)$/;

export function shotSomeoneDead(tokens: readonly Token[], verb: number): boolean {
  // ("gunned down a pastor", "cut down a farmer": the same with "down")
  const down = /^(gunned|cut|mowed)$/.test(tokens[verb]?.norm ?? '') && tokens[verb + 1]?.norm === 'down';
  if (tokens[verb]?.norm !== 'shot' && !down) return false;
  let k = verb + 1;
  if (down) k = verb + 1;
  else if (tokens[k]?.norm === 'and' && /^(killed|wounded|injured)$/.test(tokens[k + 1]?.norm ?? '')) k++;
  else if (tokens[k]?.norm !== 'dead') return false;
  const object = tokens[k + 1];
  return object !== undefined && !object.breakBefore && !tokens[k]!.breakBefore && OBJECT.test(object.norm);
}
