import type { Token } from '../normalize.js';

/**
 * The host force that found, reported or cleared ordnance is no doer of the hazard (C1; pending reports31): "IED found on
 * the MSR near Kasindi junction by FARDC, EOD team tasked", "UXO discovered by FARDC soldiers near Kasindi", "les FARDC
 * ont découvert un engin explosif à Mbau". Only for an explosive hazard; a force that fired or planted stays ("FARDC
 * shelling left UXO in the fields").
 */
const FOUND = new Set(['found', 'discovered', 'detected', 'spotted', 'reported', 'recovered', 'removed', 'destroyed', 'defused', 'cleared', 'collected', 'handed', 'secured',
  'trouve', 'trouvee', 'trouves', 'decouvert', 'decouverte', 'decouverts', 'signale', 'signalee', 'detruit', 'detruite', 'desamorce', 'desamorcee', 'ramasse', 'ramassee', 'recupere', 'recuperee', 'remis', 'remise']);
const BY = new Set(['by', 'par']);
// ("FARDC team came and removed it", "une équipe FARDC est venue et l'a détruit": the team that came to clear it, reports51)
const BETWEEN = new Set(['the', 'les', 'des', 'la', 'l', 'a', 'an', 'un', 'une', 'ont', 'have', 'has', 'soldiers', 'soldats', 'militaires', 'elements', 'patrol', 'patrouille',
  'team', 'equipe', 'eod', 'came', 'come', 'venue', 'venus', 'venu', 'est', 'sont', 'and', 'et', 'then', 'puis', 'quickly', 'later']);

export function forceFoundOrdnance(tokens: readonly Token[], start: number, end: number, category: string): boolean {
  if (category !== 'explosive_hazard') return false;
  // "… found … by FARDC"
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && BETWEEN.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k >= 0 && BY.has(tokens[k]!.norm)) {
    for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
      if (tokens[j + 1]!.stopBefore) break;
      if (FOUND.has(tokens[j]!.norm)) return true;
    }
  }
  // "FARDC found an IED", "les FARDC ont découvert"
  for (let j = end; j < tokens.length && j <= end + 5; j++) {
    if (j > end && tokens[j]!.breakBefore) break;
    if (FOUND.has(tokens[j]!.norm)) return true;
    if (!BETWEEN.has(tokens[j]!.norm)) break;
  }
  return false;
}
