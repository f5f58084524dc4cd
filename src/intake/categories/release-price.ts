import type { Token } from '../normalize.js';

/**
 * A price for the release of people held, said in the ways reports47 showed that `group-arrests.ts` ransomSaid did not
 * read (C23: held until they pay is a taking by a non-state group, a detention by the state; the doer is decided there):
 * - "families asked $50 per head", "asked $20 each to let them go" (the past "asked");
 * - "familles doivent payer 50$ par tête", "must pay $100 each", "have to pay 20$ per person" (a price per head owed);
 * - "relâchés lundi contre 150$ chacun", "released yesterday against 10,000 FC" (a day or time between the verb and the price);
 * - "released after the driver paid", "relâché sain et sauf après paiement de la communauté" (a payer or words between).
 * Not a fine or tax with no one released nor a price per head ("pay 1000 FC per passenger at the barrier": no HEAD word).
 */
const FREED = /^(released|freed|liberes?|liberee?s?|relache\w*|let)$/;
const FOR = /^(after|apres|contre|against|moyennant|once|upon)$/;
const PAY = /^(pay|pays|paid|paying|payment|paiement|payer|paye|payee|payes|paie|paient|payent|verse|versement|ransom|rancon)$/;
const ASKED = /^(asked|demanded|exigeaient|reclamaient|demandaient)$/;
const OWE = /^(must|doivent|doit|devront|devaient)$/;
const MONEY = /^(\d[\d.,]*|\d[\d.,]*(\$|usd|fc)|\$|dollars?|usd|fc|francs?)$/;
const EACH = /^(chacun|chacune|each|apiece|a_head)$/;
const PER = /^(per|par)$/;
const HEAD = /^(head|tete|person|personne|hostage|otage|captive|captif|prisoner|prisonnier)$/;
const RELEASE = /^(go|liberer|relacher|release|free|liberation|relache|freedom)$/;
// Between a release verb and its price: a time, "safe and sound", a payer ("the driver", "la communauté").
const FILLER = /^(yesterday|hier|today|ce|matin|soir|night|evening|morning|last|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sain|saine|sains|et|sauf|saufs|unharmed|safe|and|sound|finally|enfin|later|plus|tard)$/;

const TIME = /^(days?|jours?|nights?|nuits?|weeks?|semaines?|months?|mois|hours?|heures?|h|hrs?|minutes?|min|ans?|years?|am|pm)$/;

/** A sum for each person between from and to, in one clause: "chacun", "each", "per head", "par personne", "par otage". */
export function perHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    if (k > from && tokens[k]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    if (EACH.test(w) || (PER.test(w) && HEAD.test(tokens[k + 1]?.norm ?? ''))) return true;
  }
  return false;
}

function within(tokens: readonly Token[], re: RegExp, from: number, to: number): number {
  for (let k = from; k < to && k < tokens.length; k++) {
    if (k > from && tokens[k]!.breakBefore) return -1;
    if (re.test(tokens[k]!.norm)) return k;
  }
  return -1;
}

/** True when the text puts a price on the release of people held (the kinds above). */
export function releasePriceSaid(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "asked $50 per head", "asked $20 each to let them go"
    if (ASKED.test(w)) {
      const m = within(tokens, MONEY, i + 1, i + 4);
      if (m >= 0 && (perHead(tokens, m + 1, m + 5) || within(tokens, RELEASE, m + 1, m + 8) >= 0)) return true;
    }
    // "doivent payer 50$ par tête", "must pay $100 each"
    if (OWE.test(w) && /^(pay|payer)$/.test(tokens[i + 1]?.norm ?? '')) {
      const m = within(tokens, MONEY, i + 2, i + 5);
      if (m >= 0 && (perHead(tokens, m + 1, m + 5) || within(tokens, RELEASE, m + 1, m + 8) >= 0)) return true;
    }
    // "relâchés lundi contre 150$", "released after the driver paid", "relâché sain et sauf après paiement"
    if (FREED.test(w)) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 4 && !tokens[k]!.breakBefore && FILLER.test(tokens[k]!.norm)) k++;
      if (k >= tokens.length || tokens[k]!.breakBefore || !FOR.test(tokens[k]!.norm)) continue;
      const paid = within(tokens, PAY, k + 1, k + 5);
      const sum = within(tokens, MONEY, k + 1, k + 3);
      // (a number that counts time is no price: "released after 3 days")
      if (paid >= 0 || (sum >= 0 && /\d/.test(tokens[sum]!.norm) && !TIME.test(tokens[sum + 1]?.norm ?? ''))) return true;
    }
  }
  return false;
}
