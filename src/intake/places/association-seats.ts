import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Everyday traffic relayed from associations (reports12): "Asso des femmes de Mahagi: … à Angumu", "Selon la
 * présidente des femmes de Ngote, …", "Women's association of Aru reports …", "le président des jeunes de Bule".
 * The town an association or its leader is "of" is where the report comes from, not where it happened: that place
 * is set aside, even when no other place is named (the report then says no place). "3 femmes de Jiba enlevées"
 * (women from a place, no association) still happened there. A child protection network is one too: "Selon le RECOPE de
 * Gety, 5 civils tués à Bukiringi" (no place the gazetteer knows).
 */
const BODY_WORDS = ['asso', 'assos', 'association', 'associations', 'ass', 'presidente', 'president', 'presidents', 'presidence', 'chairwoman', 'chairman', 'chairperson', 'leader', 'leaders', 'representante', 'representant', 'coordinatrice', 'coordinateur', 'coordinator', 'collectif', 'union', 'forum', 'noyau', 'cellule', 'comite', 'committee', 'mutuelle', 'ong', 'ngo', 'recope', 'recopes', 'reseau', 'network'];
const BODY = oneOf(BODY_WORDS);
// (an association's seat needs its body word, or a focal point's)
const SEAT_SAID = trigger([...BODY_WORDS, 'focal']);
const MEMBERS = /^(femmes|fmmes|mamans|mamas|wamama|jeunes|youth|youths|women|womens|mothers|meres|veuves|widows|paysans|farmers|cultivateurs|commercants|traders|motards|taximen|vendeuses|afd|afdi)$/;
const OF = /^(de|d|du|des|of|from)$/;
const RELAY = /^(cla|clas|relais|relaye|relayee|relayed|via)$/;

/** True when the place at `start` names the seat of an association or of its leader. */
function associationSeat(tokens: readonly Token[], start: number): boolean {
  if (focalPointAt(tokens, start)) return true;
  if (!OF.test(tokens[start - 1]?.norm ?? '')) return false;
  // back over "des femmes", "de l'AFD", "women's", up to the association word, within the same clause
  for (let k = start - 2; k >= 0 && k >= start - 5; k--) {
    const w = tokens[k]!.norm;
    if (BODY.test(w)) return true;
    if (tokens[k + 1]!.breakBefore || !(MEMBERS.test(w) || OF.test(w) || /^(la|le|l|les|the|s)$/.test(w))) return false;
  }
  return false;
}

// "Per CAN focal point in Oicha, …", "le point focal CAN de Beni", "focal point at Mangina reports": where the network's
// focal point sits, as an association's seat.
const FOCAL_AT = /^(in|at|a|de|d|of|du)$/;
const NETWORK = /^(can|cla|clas|recope|cbcpm)$/;
function focalPointAt(tokens: readonly Token[], start: number): boolean {
  if (!FOCAL_AT.test(tokens[start - 1]?.norm ?? '')) return false;
  let k = start - 2;
  if (NETWORK.test(tokens[k]?.norm ?? '')) k--;
  const a = tokens[k - 1]?.norm;
  const b = tokens[k]?.norm;
  return (a === 'focal' && b === 'point') || (a === 'point' && b === 'focal');
}

// "… tuée par son voisin à Angumu", "arrivés de Djalasiga": a place the gazetteer does not know, named where it happened.
const AT = /^(a|au|at|in|dans|near|pres)$/;
const FROM = /^(de|d|from)$/;
const FLED = /^(arriv\w*|fled|fleeing|fui\w*|fuy\w*|venus?|venues?|chasse\w*)$/;
function unknownPlaceNamed(tokens: readonly Token[], known: (i: number) => boolean): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!(AT.test(w) || (FROM.test(w) && FLED.test(tokens[i - 1]!.norm)))) continue;
    // ("près de Ngite")
    const at = w === 'pres' && /^(de|d)$/.test(tokens[i + 1]!.norm) ? i + 2 : i + 1;
    const next = tokens[at];
    if (next && !next.breakBefore && !known(at) && /^\p{Lu}\p{Ll}{2,}/u.test(next.text)) return true;
  }
  return false;
}

/**
 * The places with those that only name an association's seat set last; left out when the report names, besides,
 * a place the gazetteer does not know ("La présidente des femmes de Nioka signale 3 femmes violées" is Nioka;
 * "Asso des femmes de Mahagi: une femme tuée à Angumu" is no place the gazetteer knows).
 */
export function withoutAssociationSeats<P extends { start: number }>(places: P[], tokens: readonly Token[], known: (i: number) => boolean): P[] {
  if (places.length === 0 || !said(tokens, SEAT_SAID)) return places;
  const seats = places.filter((p) => associationSeat(tokens, p.start));
  if (seats.length === 0) return places;
  // ("Relayé par CLA Mahagi: la présidente des femmes de Nioka signale …": the relay's office comes after the seat)
  const relays = places.filter((p) => !seats.includes(p) && [1, 2].some((d) => RELAY.test(tokens[p.start - d]?.norm ?? '')));
  const others = places.filter((p) => !seats.includes(p) && !relays.includes(p));
  if (others.length > 0) return [...others, ...seats, ...relays];
  return unknownPlaceNamed(tokens, known) ? [] : [...seats, ...relays];
}

/**
 * "Djalasiga (Mahagi): …", "Ngongo (territoire de Djugu)": a name in brackets after a place the gazetteer does not
 * know names the territory it lies in, not the town of that name.
 */
export function bracketedTerritory<P extends { start: number; place: { level: string } }>(places: P[], tokens: readonly Token[], text: string): P[] {
  const first = places[0];
  if (!first || first.place.level === 'territory' || text[tokens[first.start]!.start - 1] !== '(') return places;
  const territory = places.find((q) => q.start === first.start && q.place.level === 'territory');
  return territory ? [territory, ...places.filter((q) => q !== territory)] : places;
}
