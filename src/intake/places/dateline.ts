import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';

/**
 * An officer's dateline, "Bunia, 06 déc. Selon la coordination des déplacés, … le site de Komanda",
 * "Irumu, 03/12/2026. D'après la radio, … Tchabi": the place before the date is where the report
 * was written; another place named in the text is where it happened, so the dateline's place goes last.
 */
const MONTHS = /^(jan\w*|janv\w*|feb\w*|fev\w*|mar|mars|march|apr\w*|avr\w*|may|mai|jun\w*|juin|jul\w*|juil\w*|aug\w*|aout|sep\w*|oct\w*|nov\w*|dec\w*)$/;
const WEEKDAYS = /^(mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/;

function dateAt(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]?.norm ?? '';
  if (WEEKDAYS.test(w)) return true;
  if (!/^\d{1,2}$/.test(w)) return false;
  const next = tokens[at + 1]?.norm ?? '';
  return MONTHS.test(next) || (/^\d{1,2}$/.test(next) && !tokens[at + 1]!.breakBefore);
}

export function afterDateline(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  if (places.length < 2) return places;
  const head = places[0]!;
  if (head.start !== 0 || !tokens[head.end]?.breakBefore || !dateAt(tokens, head.end)) return places;
  const body = places.filter((p) => p.start >= head.end);
  if (body.length === 0) return places;
  return [...body, ...places.filter((p) => p.start < head.end)];
}
