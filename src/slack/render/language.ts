import type { Mission, Section } from '../../config/mission.js';
import type { Alert } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';

/**
 * Whose language a message is in. A channel post follows its section (`sections[].language`, the
 * mission's `language` by default); a channel that is no section's (escalation, leadership) follows
 * the mission. A message to one person (DM, ephemeral, modal) follows the language they wrote their
 * report in when it is about their own report, else their Slack locale, else the mission's.
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

/**
 * A message to one person: about their own report, the language they wrote it in; else their Slack
 * locale (`slack`, asked of users.info and cached: src/slack/locales.ts); else the mission's.
 */
export function personLanguage(mission: Pick<Mission, 'language'>, user: string, about: Pick<Alert, 'reportedBy' | 'language'> | null, slack: Language | null = null): Language {
  if (about && about.reportedBy === user) return about.language;
  return slack ?? mission.language;
}

/** Slack's locale ("fr-FR", "en-GB") as a language Veille writes, or null for one it does not. */
export function localeLanguage(locale: string | null | undefined): Language | null {
  const code = locale?.slice(0, 2).toLowerCase();
  return code === 'fr' ? 'fr' : code === 'en' ? 'en' : null;
}

/** The mission as a section's channel reads it: cards and stubs take their words from `language`. */
export function missionIn<M extends Pick<Mission, 'language'>>(mission: M, language: Language): M {
  return language === mission.language ? mission : { ...mission, language };
}

/** The language of what goes to `user` alone (an answer, a modal), asking Slack their locale if need be. */
export async function readerLanguage(
  deps: { veille: { mission: Pick<Mission, 'language'> }; slack: { languageOf?(user: string): Promise<Language | null> } },
  user: string,
  about: Pick<Alert, 'reportedBy' | 'language'> | null = null,
): Promise<Language> {
  if (about && about.reportedBy === user) return about.language;
  return personLanguage(deps.veille.mission, user, about, (await deps.slack.languageOf?.(user)) ?? null);
}
