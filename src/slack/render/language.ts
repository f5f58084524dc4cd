import type { Mission, Section } from '../../config/mission.js';
import type { Alert } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';

/**
 * Whose language a message is in. A channel post follows its section (`sections[].language`, the
 * mission's `language` by default); a channel that is no section's (escalation, leadership) follows
 * the mission. A message to one person (DM, ephemeral) follows the language they wrote their report
 * in when it is about their own report, else the mission's.
 */

export function sectionLanguage(section: Pick<Section, 'language'> | null | undefined, mission: Pick<Mission, 'language'>): Language {
  return section?.language ?? mission.language;
}

export function channelLanguage(mission: Pick<Mission, 'language' | 'sections'>, channel: string): Language {
  return sectionLanguage(
    mission.sections.find((s) => s.channel === channel),
    mission,
  );
}

export function personLanguage(mission: Pick<Mission, 'language'>, user: string, about: Pick<Alert, 'reportedBy' | 'language'> | null): Language {
  return about && about.reportedBy === user ? about.language : mission.language;
}

/** The mission as a section's channel reads it: cards and stubs take their words from `language`. */
export function missionIn<M extends Pick<Mission, 'language'>>(mission: M, language: Language): M {
  return language === mission.language ? mission : { ...mission, language };
}
