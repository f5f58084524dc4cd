import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * The site displaced victims live at, named to say who they are, is not where they were harmed: "IDP from Bulengo
 * site found dead in Mugunga quarter" (Mugunga), "2 déplacés du site de Rhoe tués à Largu" (Largu). Only when the
 * report is a harm, not a flight: for a displacement, where people came from is the place ("IDPs from Kishishe
 * arrived in Kiwanja" stays Kishishe, places/where.ts).
 */
const IDP_WORDS = ['idp', 'idps', 'deplace', 'deplaces', 'deplacee', 'deplacees', 'displaced', 'pdi', 'pdis'];
const IDP = oneOf(IDP_WORDS);
const IDP_SAID = trigger(IDP_WORDS);
const OF = /^(from|frm|of|du|de|d)$/;
const SITE = /^(site|sites|camp|camps|the|le|la|l)$/;

function home(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && SITE.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (!OF.test(tokens[k]?.norm ?? '') || tokens[k + 1]?.breakBefore) return false;
  const idp = IDP.test(tokens[k - 1]?.norm ?? '') ? k - 1 : SITE.test(tokens[k - 1]?.norm ?? '') && IDP.test(tokens[k - 2]?.norm ?? '') ? k - 2 : -1;
  // ("le site de déplacés de Plaine Savo", "camp des déplacés de Rhoe": the site itself, not people from it)
  return idp >= 0 && !(/^(de|des|d|of|for)$/.test(tokens[idp - 1]?.norm ?? '') && /^(site|sites|camp|camps|centre|center)$/.test(tokens[idp - 2]?.norm ?? ''));
}

export function victimsHomeLast<P extends { start: number }>(places: P[], tokens: readonly Token[], category: CategoryId): P[] {
  if (places.length < 2 || category === 'displacement' || !said(tokens, IDP_SAID)) return places;
  const homes = places.filter((p) => home(tokens, p.start));
  const rest = places.filter((p) => !homes.some((h) => h.start === p.start));
  return homes.length === 0 || rest.length === 0 ? places : [...rest, ...homes];
}
