/**
 * The alert taxonomy. Category ids are a contract with other programs (exports, the API);
 * labels are for people and come in English and French.
 */
export const CATEGORY_IDS = [
  'attack_on_civilians',
  'abduction',
  'crsv',
  'child_violation',
  'arbitrary_detention',
  'torture_ill_treatment',
  'looting_destruction',
  'displacement',
  'attack_on_idp_site',
  'intercommunal_tension',
  'armed_group_movement',
  'threat_intimidation',
  'hate_speech_incitement',
  'explosive_hazard',
  'access_denial',
  'attack_on_humanitarians',
  'attack_on_peacekeepers',
  'other',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];
export type Language = 'en' | 'fr';

interface CategoryInfo {
  label: Record<Language, string>;
  /** CRSV and child violations are restricted by default: survivors and children are named in them. */
  restrictedByDefault: boolean;
}

export const CATEGORIES: Record<CategoryId, CategoryInfo> = {
  attack_on_civilians: { label: { en: 'Attack on civilians', fr: 'Attaque contre des civils' }, restrictedByDefault: false },
  abduction: { label: { en: 'Abduction', fr: 'Enlèvement' }, restrictedByDefault: false },
  crsv: { label: { en: 'Conflict-related sexual violence', fr: 'Violences sexuelles liées aux conflits' }, restrictedByDefault: true },
  child_violation: { label: { en: 'Grave violation against children', fr: 'Violation grave contre des enfants' }, restrictedByDefault: true },
  arbitrary_detention: { label: { en: 'Arbitrary detention', fr: 'Détention arbitraire' }, restrictedByDefault: false },
  torture_ill_treatment: { label: { en: 'Torture or ill-treatment', fr: 'Torture ou mauvais traitements' }, restrictedByDefault: false },
  looting_destruction: { label: { en: 'Looting or destruction', fr: 'Pillage ou destruction' }, restrictedByDefault: false },
  displacement: { label: { en: 'Displacement', fr: 'Déplacement' }, restrictedByDefault: false },
  attack_on_idp_site: { label: { en: 'Attack on IDP site', fr: 'Attaque contre un site de déplacés' }, restrictedByDefault: false },
  intercommunal_tension: { label: { en: 'Intercommunal tension', fr: 'Tension intercommunautaire' }, restrictedByDefault: false },
  armed_group_movement: { label: { en: 'Armed group movement', fr: 'Mouvement de groupe armé' }, restrictedByDefault: false },
  threat_intimidation: { label: { en: 'Threat or intimidation', fr: 'Menace ou intimidation' }, restrictedByDefault: false },
  hate_speech_incitement: { label: { en: 'Hate speech or incitement', fr: 'Discours de haine ou incitation' }, restrictedByDefault: false },
  explosive_hazard: { label: { en: 'Explosive hazard', fr: 'Engin explosif' }, restrictedByDefault: false },
  access_denial: { label: { en: 'Access denial', fr: "Refus d'accès" }, restrictedByDefault: false },
  attack_on_humanitarians: { label: { en: 'Attack on humanitarians', fr: 'Attaque contre des humanitaires' }, restrictedByDefault: false },
  attack_on_peacekeepers: { label: { en: 'Attack on peacekeepers', fr: 'Attaque contre des Casques bleus' }, restrictedByDefault: false },
  other: { label: { en: 'Other', fr: 'Autre' }, restrictedByDefault: false },
};

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

export function categoryLabel(id: CategoryId, language: Language = 'en'): string {
  return CATEGORIES[id].label[language];
}

export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SOURCE_TYPES = [
  'community_alert_network',
  'patrol',
  'unpol',
  'human_rights_monitoring',
  'humanitarian_partner',
  'media',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
