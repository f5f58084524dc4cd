import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An armed group, its commander or its "administration" ordering or forbidding civilians what to do (reports36): "a
 * Nyatura commander told Hutu families … not to let Hunde farmers back onto their fields", "M23 administration ordered
 * displaced families back to their villages by Friday", "un commandant Nyatura … interdit le retour des cultivateurs hunde
 * dans leurs champs", "l'administration M23 somme les déplacés de regagner leurs villages". An order given by force to
 * civilians is intimidation (`threat_intimidation`, medium), whatever it is about: no return happened, no access was denied
 * to aid workers, nobody fled yet. Look-alikes that stay as they were: money demanded (C6, a levy), children called up
 * (recruitment-call.ts, children-called-up.ts), the state's forces giving orders, a group ordering its own fighters, and
 * an order given to a group ("FARDC ordered M23 to withdraw").
 * Cheap: a Set lookup on each token; the rest only at an order word.
 */
const ORDER_WORDS: ReadonlySet<string> = new Set([
  'ordered', 'orders', 'ordering', 'told', 'tells', 'telling', 'instructed', 'instructs', 'forbade', 'forbid', 'forbids', 'forbidden',
  'banned', 'bans', 'prohibited', 'prohibits', 'barred', 'bars', 'ordonne', 'ordonnent', 'ordonnant', 'interdit', 'interdisent',
  'interdisant', 'somme', 'somment', 'sommant', 'enjoint', 'enjoignent', 'intime', 'intiment', 'empeche', 'empechent',
]);
const ORDER_SAID = trigger([...ORDER_WORDS]);
// The civilians the order is given to, or whose doing it forbids.
const CIVILIANS = /^(families|familles|farmers|cultivateurs|cultivatrices|agriculteurs|population|habitants|residents|villagers|villageois|displaced|deplaces|deplacees|idps?|pdis?|traders|commercants|commercantes|fishermen|pecheurs|women|femmes|people|gens|menages|households|returnees|retournes|herders|eleveurs|eleves|pupils|parents|chiefs|chefs|notables|civilians|civils)$/;
// Money demanded is the levy (C6); youths or children called up are a recruitment.
const NOT_AN_ORDER = /^(pay|payer|paient|payent|paying|fc|francs|dollars|usd|taxe|taxes|tax|jeton|jetons|contribution|cotisation|recruit\w*|recrut\w*|enrol\w*|training|formation|join|rejoindre|fighters|combattants|elements|troops|troupes)$/;
const CHIEF_OF_GROUP = /^(commander|commandant|cdt|administration|leader|leaders|chef|chief|officer|officier|elements?|fighters?|combattants?|militiamen|miliciens)$/;

/** Threat hits at the order words of an armed group that order or forbid civilians something. */
export function groupOrderHits(tokens: readonly Token[], groupEndsAt: (k: number) => boolean): SignalHit[] {
  if (!said(tokens, ORDER_SAID)) return [];
  const out: SignalHit[] = [];
  for (let o = 1; o < tokens.length; o++) {
    if (!ORDER_WORDS.has(tokens[o]!.norm)) continue;
    if (!groupBefore(tokens, o, groupEndsAt) || !civiliansAfter(tokens, o)) continue;
    if (moneyOrCallUp(tokens, o)) continue;
    out.push({ value: { signal: 'threat', subType: null }, start: o, end: o + 1 });
  }
  return out;
}

// The group named in the same sentence, at most 8 words before the order ("un commandant Nyatura a réuni les familles hutu
// et interdit…"), or its commander or administration right after it ("M23 administration ordered").
function groupBefore(tokens: readonly Token[], o: number, groupEndsAt: (k: number) => boolean): boolean {
  for (let k = o; k >= 1 && k >= o - 8; k--) {
    if (groupEndsAt(k)) return true;
    if (tokens[k]!.stopBefore) return false;
    if (CHIEF_OF_GROUP.test(tokens[k - 1]!.norm) && groupEndsAt(k - 1)) return true;
  }
  return false;
}

function civiliansAfter(tokens: readonly Token[], o: number): boolean {
  for (let k = o + 1; k < tokens.length && k <= o + 6; k++) {
    if (tokens[k]!.stopBefore) return false;
    if (CIVILIANS.test(tokens[k]!.norm)) return true;
  }
  return false;
}

function moneyOrCallUp(tokens: readonly Token[], o: number): boolean {
  for (let k = o + 1; k < tokens.length && k <= o + 14; k++) {
    if (tokens[k]!.stopBefore) return false;
    if (NOT_AN_ORDER.test(tokens[k]!.norm) || /\$/.test(tokens[k]!.text)) return true;
  }
  return false;
}
