import type { Place } from '../../config/mission.js';
import { VICTIM_KEYS, VICTIM_LABELS, type Alert, type Victims } from '../../domain/alert.js';
import { maskContacts } from '../../domain/redact.js';
import { categoryLabel, type Language, type Priority } from '../../domain/taxonomy.js';

/** Short phrases shared by cards, confirmations, lists and digests. */

export const PRIORITY_EMOJI: Record<Priority, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '⚪' };

const PRIORITY_WORD: Record<Language, Record<Priority, string>> = {
  en: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
  fr: { critical: 'critique', high: 'haute', medium: 'moyenne', low: 'basse' },
};

export function priorityWord(priority: Priority, language: Language = 'en'): string {
  return PRIORITY_WORD[language][priority];
}

/**
 * "Kamango (Beni, North Kivu)" — the locality with where it sits. A place typed outside the
 * gazetteer is someone's words: contacts in it are masked here, for every surface that shows it.
 */
export function placeLabel(place: Place | null, locationText: string | null = null, language: Language = 'en'): string {
  const fr = language === 'fr';
  if (!place) return locationText ? `${maskContacts(locationText)} (${fr ? 'hors répertoire' : 'not in gazetteer'})` : fr ? 'lieu non précisé' : 'place not given';
  const province = provinceName(place, language);
  if (place.level === 'province') return placeName(place, language);
  if (place.level === 'territory') return fr ? `${place.name_fr ?? `territoire de ${bare(place.name)}`}, ${province}` : `${bare(place.name)} territory, ${province}`;
  return `${placeName(place, language)} (${place.territory}, ${province})`;
}

/** A gazetteer name in the reader's language: `name_fr` for French where the gazetteer gives it. */
export function placeName(place: Pick<Place, 'name' | 'name_fr'>, language: Language = 'en'): string {
  return language === 'fr' && place.name_fr ? place.name_fr : place.name;
}

function provinceName(place: Pick<Place, 'province' | 'province_fr'>, language: Language): string {
  return language === 'fr' && place.province_fr ? place.province_fr : place.province;
}

/** A section's name in the reader's language (`name_fr` in the config for French). */
export function sectionName(section: { name: string; name_fr?: string | undefined }, language: Language = 'en'): string {
  return language === 'fr' && section.name_fr ? section.name_fr : section.name;
}

/** What a stub may say of a place: the territory, never the village. */
export function territoryLabel(place: Place | null, language: Language = 'en'): string {
  const fr = language === 'fr';
  if (!place) return fr ? 'lieu non précisé' : 'place not given';
  if (place.level === 'province') return placeName(place, language);
  return fr ? `territoire de ${bare(place.territory)}, ${provinceName(place, language)}` : `${place.territory} territory, ${place.province}`;
}

/** "Beni territory" → "Beni" (territory entries carry the word in English). */
function bare(name: string): string {
  return name.replace(/ territory$/i, '');
}

export function victimsLabel(victims: Victims, language: Language = 'en'): string {
  const parts = VICTIM_KEYS.filter((k) => victims[k] !== null).map((k) => `${victims[k]} ${VICTIM_LABELS[k][language]}`);
  return parts.length > 0 ? parts.join(', ') : language === 'fr' ? 'victimes inconnues' : 'victims unknown';
}

/** Known actors by name; a free-text perpetrator is someone's words, masked like any other. */
export function perpetratorsLabel(alert: Pick<Alert, 'perpetrators'>, language: Language = 'en'): string {
  if (alert.perpetrators.length === 0) return language === 'fr' ? 'auteur non précisé' : 'perpetrator not given';
  return alert.perpetrators.map((p) => (p.actorId ? p.name : maskContacts(p.name))).join(', ');
}

export function categoryText(alert: Pick<Alert, 'category'>, language: Language = 'en'): string {
  return categoryLabel(alert.category, language);
}

export function sectionLink(channel: string): string {
  return `<#${channel}>`;
}
