import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An attack said as what happens if people do not obey is the threat, not an attack (reports34): "codeco tells pop to
 * leave b4 sunday or b attacked", "leave the village or be attacked", "quittez le village sinon vous serez attaqués",
 * "partir avant dimanche, faute de quoi ils seront attaqués", "otherwise they will attack". The attack word after "or
 * (be)", "sinon", "otherwise", "faute de quoi". Look-alikes: "attacked or looted" (a list), "Mai-Mai or ADF attacked"
 * (who), "2 killed or wounded".
 */
const OR_ELSE = /^(or|sinon|otherwise|autrement|else|quoi)$/;
const FILL = /^(be|b|bee|will|would|get|they|ils|elles|vous|you|we|nous|on|seront|serez|serons|sera|seraient|be|else|face|risk|risquent|risquez|else|allons|vont|va|les|la|le|l|get)$/;

export function attackIfNotObeyed(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'attack') return false;
  let k = h.start - 1;
  while (k >= h.start - 4 && k >= 0 && FILL.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || (k === h.start - 1 && tokens[k]!.norm === 'or')) return false; // ("looted or attacked": a list, with nothing between)
  if (!OR_ELSE.test(tokens[k]!.norm)) return false;
  // ("faute de quoi")
  if (tokens[k]!.norm === 'quoi' && !(tokens[k - 1]?.norm === 'de' && tokens[k - 2]?.norm === 'faute')) return false;
  return true;
}
