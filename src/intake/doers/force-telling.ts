import type { Token } from '../normalize.js';
import type { CategoryId } from '../../domain/taxonomy.js';

/**
 * The host police or army named only as who tells, looks into or stands by what happened, in everyday traffic where no
 * doer is named at all (pending reports26): "2 motorbikes stolen overnight, PNC investigating", "PNC reports 2 grenades
 * found behind the market", "La PNC signale 2 cas de vol avec effraction", "enquête ouverte par la PNC", "IED exploded near
 * the market, PNC and FARDC on site". Naming them the perpetrator sets the HRDDP flag on a force that did nothing (C1, C2).
 * Look-alikes kept out: what a force does itself and may tell ("PNC reports 12 arrests", "la PNC a dispersé les
 * manifestants"): a detention, ill-treatment or dispersal in the report keeps a force that reports it; a force after "by"
 * or "par" with a harm ("shot by police") is no reporter.
 */
const TELLS = /^(reports?|reported|reporting|says?|said|signale\w*|rapporte\w*|indique\w*|informe\w*|investigating|investigates|investigate|enquete\w*|looking|cherche\w*|recherche\w*)$/;
// "PNC and FARDC on site", "PNC sur place", "FARDC deployed to the area", "police at the scene"
const ON_SITE = /^(sur|on|at|present|presents|presente|deployed|deployes?|deployee|arrived|arrives|arrivee|alerted|alertee?s?|informed|informee?s?|notified)$/;
const SITE_WORD = /^(place|site|scene|spot|lieux)$/;
// "enquête ouverte par la PNC", "investigation opened by police", "a case opened by PNC"
const OPENED = /^(ouverte?s?|opened|menee?s?|led|conducted|lancee?s?|launched)$/;
const INQUIRY = /^(enquete\w*|investigation\w*|inquiry|case|dossier|pv|plainte)$/;
// What a force does itself and may report on its own acts.
const OWN_ACTS: ReadonlySet<CategoryId> = new Set(['arbitrary_detention', 'torture_ill_treatment']);
const OTHER_FORCE = /^(pnc|fardc|police|army|armee|et|and|na|&|\+|la|l|the)$/;

export function forceOnlyTelling(tokens: readonly Token[], start: number, end: number, category: CategoryId): boolean {
  if (OWN_ACTS.has(category)) return false;
  // skip a second force joined to the first and a place name after it: "PNC et FARDC sur place", "PNC Bunia signale"
  let k = end;
  while (k < tokens.length && k < end + 3 && !tokens[k]!.breakBefore && (OTHER_FORCE.test(tokens[k]!.norm) || /^\p{Lu}/u.test(tokens[k]!.text)) && !TELLS.test(tokens[k]!.norm)) k++;
  const next = tokens[k];
  if (next && !next.breakBefore) {
    // "la PNC a ouvert une enquête", "PNC is investigating", "PNC has opened a case"
    const aux = /^(a|ont|is|are|has|have|was|were|est|sont)$/.test(next.norm) && !tokens[k + 1]?.breakBefore;
    const v = aux ? k + 1 : k;
    const verb = tokens[v]?.norm ?? '';
    if (TELLS.test(verb)) return true;
    if (/^(ouvert|opened|launched|lance)$/.test(verb) && [1, 2].some((d) => INQUIRY.test(tokens[v + d]?.norm ?? ''))) return true;
    // (the clause ends there: "FARDC on site looting the shops" is what they did)
    const placed = /^(sur|on|at)$/.test(verb);
    const site = placed ? (tokens[v + 1]?.norm === 'the' ? v + 2 : v + 1) : v;
    const after = tokens[site + 1];
    const ends = !after || after.breakBefore || /^(after|apres|since|depuis|to|pour|for)$/.test(after.norm);
    if (ON_SITE.test(verb) && (!placed || SITE_WORD.test(tokens[site]?.norm ?? '')) && ends) return true;
  }
  // "enquête ouverte par la PNC"
  let b = start - 1;
  while (b >= 0 && /^(la|l|le|les|the)$/.test(tokens[b]!.norm)) b--;
  if (b >= 1 && /^(par|by)$/.test(tokens[b]!.norm) && !tokens[b + 1]?.breakBefore) {
    return OPENED.test(tokens[b - 1]!.norm) && (INQUIRY.test(tokens[b - 2]?.norm ?? '') || INQUIRY.test(tokens[b - 3]?.norm ?? ''));
  }
  return false;
}
