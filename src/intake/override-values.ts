import { noVictims } from '../domain/alert.js';
import { CATEGORIES, CATEGORY_IDS, isCategoryId, type CategoryId, type Priority, type SourceType } from '../domain/taxonomy.js';
import { decideCategory, Signals } from './categories/categories.js';
import type { IntakeContext } from './context.js';
import { normalize, phraseKey, tokenize } from './normalize.js';

/** The values override keys accept, English and French, accent- and case-insensitive. */

const PRIORITY_WORDS: Record<string, Priority> = {
  critical: 'critical', critique: 'critical', crit: 'critical',
  high: 'high', haute: 'high', haut: 'high', elevee: 'high', eleve: 'high',
  medium: 'medium', moyenne: 'medium', moyen: 'medium', med: 'medium',
  low: 'low', basse: 'low', bas: 'low', faible: 'low',
};

export function priorityValue(value: string): Priority | null {
  return PRIORITY_WORDS[normalize(value.trim())] ?? null;
}

const YES = new Set(['yes', 'oui', 'true', 'y', 'o', '1', 'vrai']);
const NO = new Set(['no', 'non', 'false', 'n', '0', 'faux']);

export function yesNoValue(value: string): boolean | null {
  const v = normalize(value.trim());
  return YES.has(v) ? true : NO.has(v) ? false : null;
}

const SOURCE_WORDS: Record<string, SourceType> = {
  community_alert_network: 'community_alert_network', can: 'community_alert_network', rac: 'community_alert_network',
  community: 'community_alert_network', communaute: 'community_alert_network',
  patrol: 'patrol', patrouille: 'patrol',
  unpol: 'unpol', police: 'unpol',
  human_rights_monitoring: 'human_rights_monitoring', hr: 'human_rights_monitoring', dh: 'human_rights_monitoring',
  unjhro: 'human_rights_monitoring', bcnudh: 'human_rights_monitoring', human_rights: 'human_rights_monitoring',
  humanitarian_partner: 'humanitarian_partner', humanitarian: 'humanitarian_partner', humanitaire: 'humanitarian_partner',
  partner: 'humanitarian_partner', partenaire: 'humanitarian_partner',
  media: 'media', medias: 'media', social_media: 'media', press: 'media', presse: 'media', reseaux_sociaux: 'media',
  other: 'other', autre: 'other',
};

export function sourceValue(value: string): SourceType | null {
  return SOURCE_WORDS[normalize(value.trim()).replace(/[\s-]+/g, '_')] ?? null;
}

// Short names reporters use for categories, beside the ids and the labels.
const CATEGORY_WORDS: Record<string, CategoryId> = {
  attack: 'attack_on_civilians', attaque: 'attack_on_civilians', killing: 'attack_on_civilians', meurtre: 'attack_on_civilians',
  kidnapping: 'abduction', enlevement: 'abduction', sv: 'crsv', gbv: 'crsv', vbg: 'crsv', sexual: 'crsv', vs: 'crsv', vslc: 'crsv',
  cp: 'child_violation', child: 'child_violation', children: 'child_violation', enfant: 'child_violation', enfants: 'child_violation',
  mrm: 'child_violation', detention: 'arbitrary_detention', arrest: 'arbitrary_detention', arrestation: 'arbitrary_detention',
  torture: 'torture_ill_treatment', looting: 'looting_destruction', pillage: 'looting_destruction', arson: 'looting_destruction',
  displacement: 'displacement', deplacement: 'displacement', idp: 'attack_on_idp_site', idp_site: 'attack_on_idp_site',
  tension: 'intercommunal_tension', movement: 'armed_group_movement', mouvement: 'armed_group_movement', threat: 'threat_intimidation',
  menace: 'threat_intimidation', hate: 'hate_speech_incitement', hate_speech: 'hate_speech_incitement', ied: 'explosive_hazard',
  erw: 'explosive_hazard', uxo: 'explosive_hazard', mine: 'explosive_hazard', explosive: 'explosive_hazard', access: 'access_denial',
  acces: 'access_denial', roadblock: 'access_denial', humanitarian: 'attack_on_humanitarians', humanitarians: 'attack_on_humanitarians',
  humanitaires: 'attack_on_humanitarians', peacekeepers: 'attack_on_peacekeepers', casques_bleus: 'attack_on_peacekeepers',
  other: 'other', autre: 'other',
};
const LABELS = new Map<string, CategoryId>(
  CATEGORY_IDS.flatMap((id) => Object.values(CATEGORIES[id].label).map((label) => [phraseKey(label).replace(/ /g, '_'), id] as const)),
);

/** A category id, label or keyword (`abduction`, `enlèvement`, `viol`, `cp`); null when it names none. */
export function categoryValue(value: string, ctx: IntakeContext): { category: CategoryId; subType: string | null } | null {
  const key = phraseKey(value).replace(/ /g, '_');
  if (!key) return null;
  const direct = isCategoryId(key) ? key : (CATEGORY_WORDS[key] ?? LABELS.get(key));
  if (direct) return { category: direct, subType: null };
  const tokens = tokenize(value);
  return decideCategory(new Signals(ctx.signals.find(tokens), tokens), noVictims());
}
