import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "pay or turn back", "payez ou rebroussez chemin", "paie ou retourne": the toll's alternative is to go no further, no
 * harm promised; the levy stays a looting (C6), not a threat (reports39). The "pay or" threat words (vocabulary/quick-lines.ts)
 * hold for a harm after them: "pay or we burn your shop", "payez ou vous serez battus".
 */
const BACK = /^(turn|go|return|walk|rebrousser|rebroussez|rebroussent|rebrousse|retourner|retournez|retournent|retourne|rentrer|rentrent|rentrez|demi|wait|attendre|attendent|stay|rester|restent|detour|contourner)$/;

export function payOrGoBack(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'threat' || !/^(pay|payez|payer|paie|paye|payent)$/.test(tokens[h.start]!.norm) || !/^(or|ou|sinon)$/.test(tokens[h.start + 1]?.norm ?? '')) return false;
  const next = tokens[h.end];
  const after = next && /^(faire|faites|fais|fait|make)$/.test(next.norm) ? tokens[h.end + 1] : next;
  return after !== undefined && !after.breakBefore && BACK.test(after.norm);
}
