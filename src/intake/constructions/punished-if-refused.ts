import type { SignalHit, Signals } from '../categories/categories.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A punishment promised to whoever refuses to pay (C6: a threat said with a levy makes it a threat; reports28):
 * "traders told they will be locked up if they refuse", "ceux qui ne paient pas seront arrêtés", "s'ils refusent ils
 * seront fouettés", "will be beaten if they don't pay". The arrest or beating has not happened: it is the threat.
 * (constructions/barriers-and-money.ts refusersOnly reads "those who refuse are detained", said as the barrier's rule.)
 */
const HARM = new Set(['detention', 'torture', 'injure', 'kill']);
const WILL = /^(will|would|shall|seront|sera|vont|va|risquent|risque|gonna)$/;
// (a harm is promised only with a word of the future, or after "sinon", "otherwise", "or else", "sous peine", "on pain", "failing which")
const PROMISED_SAID = trigger(['will', 'would', 'shall', 'seront', 'sera', 'vont', 'va', 'risquent', 'risque', 'gonna', 'sinon', 'otherwise', 'else', 'peine', 'pain', 'which']);
const IF = /^(if|si|sinon|otherwise|or|else|unless)$/;
const REFUSE = /^(refuse|refuses|refused|refusent|refusez|don|dont|do|not|ne|n|paient|paye|pay|payent|wanaokataa)$/;

function promisedOnRefusal(h: SignalHit, tokens: readonly Token[]): boolean {
  return HARM.has(h.value.signal) && said(tokens, PROMISED_SAID) && promisedAt(h, tokens);
}

function promisedAt(h: SignalHit, tokens: readonly Token[]): boolean {
  if (elseBefore(tokens, h.start)) return true;
  let future = false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 3 && !tokens[k + 1]!.breakBefore; k--) if (WILL.test(tokens[k]!.norm)) future = true;
  if (!future) return false;
  for (let k = h.end; k < tokens.length && k <= h.end + 4 && !tokens[k]!.stopBefore; k++) {
    if (!IF.test(tokens[k]!.norm) && !(tokens[k]!.norm === 's' && /^(ils|il|elles|elle)$/.test(tokens[k + 1]?.norm ?? ''))) continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (REFUSE.test(tokens[j]!.norm) || /^refus/.test(tokens[j]!.norm)) return true;
  }
  // ("those who do not pay will be arrested", "ceux qui ne paient pas seront arrêtés")
  for (let k = h.start - 2; k >= 0 && k >= h.start - 8 && !tokens[k + 1]!.stopBefore; k--) if (/^(qui|who)$/.test(tokens[k]!.norm) && /^(refus\w*|ne|don|do|dont|fail|fails)$/.test(tokens[k + 1]?.norm ?? '')) return true;
  return false;
}

// The harm named as the price of refusing, with no verb (t29b, reports29): "extorquent 5000 FC à chaque commerçant, sinon
// arrestation", "sous peine d'arrestation", "or else arrest", "otherwise the cell", "on pain of a beating", "failing which
// prison": the harm is the threat, not done.
// ("or they will be arrested", "sinon ils seront détenus": the future said between, reports51)
const ELSE_SKIP = /^(la|le|l|les|d|de|du|the|a|an|une|un|au|en|they|ils|face|risk|risquent|will|would|be|b|get|seront|sera|serez|vont|va)$/;
const ELSE_FUTURE = /^(will|would|seront|sera|serez|vont|va)$/;
const PERSON_HARM = /^(arrest\w*|arret\w*|detenu\w*|detained|locked|arrestations?|prison|cachot|cell|jail|detention|emprisonn\w*|beat\w*|fouet\w*|tabass\w*|chicott\w*|bastonn\w*|death|mort|kill\w*|execution)$/;
function elseBefore(tokens: readonly Token[], start: number): boolean {
  // (a harm to people: "sinon marchandises confisquées" is the levy's own sanction on goods, C6 looting)
  if (!PERSON_HARM.test(tokens[start]?.norm ?? '')) return false;
  let k = start - 1;
  let future = false;
  while (k >= start - 4 && k > 0 && ELSE_SKIP.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) future = ELSE_FUTURE.test(tokens[k--]!.norm) || future;
  if (k < 0 || (tokens[k + 1]?.breakBefore && k + 1 !== start && k + 1 <= start)) return false;
  const w = tokens[k]!.norm;
  const before = tokens[k - 1]?.norm ?? '';
  // ("5000 FC each or they will be arrested": "or" with the future between; "beaten or arrested" is a list)
  if (w === 'or' && future) return true;
  return w === 'sinon' || w === 'otherwise' || (w === 'else' && before === 'or') || (w === 'peine' && before === 'sous') || (w === 'pain' && before === 'on') || (w === 'which' && before === 'failing');
}

/** The harm hits so promised, set aside (read-signals.ts): they tell of no harm done. */
export function punishedIfRefused(h: SignalHit, tokens: readonly Token[]): boolean {
  return promisedOnRefusal(h, tokens);
}

/** A threat hit on each harm promised to those who refuse. */
export function punishmentThreatHits(hits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  return hits.filter((h) => promisedOnRefusal(h, tokens)).map((h) => ({ value: { signal: 'threat' as const, subType: null }, start: h.start, end: h.end }));
}

/**
 * The threat first when a levy is read beside it (C6: "a threat said with it makes it threat_intimidation"): "Mai-Mai demand
 * 1000 FC per moto at the barrier, drivers will be beaten if they don't pay".
 */
export function promisedPunishmentFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  // (a detention read from the force's arrest verb that is itself the promise: "sinon ils arrêtent le conducteur")
  const top = ranked[0]?.category;
  const onlyPromised = top === 'arbitrary_detention' && !s.all('detention').some((h) => !promisedAt(h, s.tokens));
  if ((top !== 'looting_destruction' && !onlyPromised) || !s.all('threat').some((h) => h.value.subType === null && promisedAt(h, s.tokens))) return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation');
  return threat ? [threat, ...ranked.filter((r) => r !== threat)] : ranked;
}
