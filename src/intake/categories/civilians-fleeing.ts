import type { Token } from '../normalize.js';

/**
 * Civilians named only as fleeing beside a fight between armed actors (pending reports31): "Mai-Mai attacked the FARDC
 * position at Alimbongo, 2 soldiers killed, pop of Alimbongo fleeing to Lubero-centre", "attaque ADF contre la position
 * FARDC de Mamove, un militaire tué, la population en fuite vers Oicha". The people said are not harmed: the attack on the
 * position stays fighting (C4: the army is the target, C21: people fleeing in numbers are a displacement, either reading
 * accepted). Civilians harmed ("2 civilians caught in crossfire killed") are no flight.
 */
const FLEEING = /^(fleeing|fled|flee|flees|fuient|fuit|fui|fuite|fuyant|fuyaient|running|ran|moving|moved|leaving|left|deplacee?s?|displaced|quittent|quittant|partent|evacuated|evacuee?s?|wanakimbia|wamekimbia)$/;
const BETWEEN = /^(of|de|d|du|des|la|le|les|l|the|is|are|was|were|est|sont|en|a|has|have|ont|already|deja|massively|massivement)$/;

/** True when the civilian word at `i` is the subject of a flight ("pop of Alimbongo fleeing", "la population en fuite"). */
export function civiliansFleeing(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (FLEEING.test(tokens[k]!.norm)) return true;
    // (a place's name between: "pop of Alimbongo fleeing")
    if (!BETWEEN.test(tokens[k]!.norm) && !/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  }
  return false;
}
