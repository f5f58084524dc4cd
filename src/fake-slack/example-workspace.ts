import type { Mission } from '../config/mission.js';
import type { FakeChannelInit, FakeUserInit } from './types.js';

/**
 * The example mission's people and channels, for the tests and the playground: a focal point in
 * Beni, officers of each section, section leads, a CRSV adviser in the restricted section, leadership,
 * and a protection officer in Bunia whose Slack is in French.
 */
export const PEOPLE = {
  focalPoint: { id: 'U0FOCALBNI', name: 'kahindo', real_name: 'Kahindo Mumbere (CLA, Beni)', tz: 'Africa/Lubumbashi', locale: 'en-US' },
  pocOfficer: { id: 'U0POCOFF01', name: 'amina', real_name: 'Amina Diallo (PoC officer)', tz: 'Africa/Kinshasa', locale: 'en-US' },
  hrOfficer: { id: 'U0HROFF001', name: 'jean', real_name: 'Jean-Pierre Lokwa (Human Rights)', tz: 'Africa/Kinshasa', locale: 'en-US' },
  crsvAdviser: { id: 'U0CRSVADV1', name: 'grace', real_name: 'Grace Uwimana (CRSV adviser)', tz: 'Africa/Lubumbashi', locale: 'en-US' },
  pocLead: { id: 'U0POCLEAD1', name: 'olivier', real_name: 'Olivier Ndaye (PoC section lead)', tz: 'Africa/Kinshasa', locale: 'en-US' },
  leadership: { id: 'U0LEADER01', name: 'srsg-office', real_name: 'Marie Koné (SMG-P)', tz: 'Africa/Kinshasa', locale: 'en-US' },
  hrLead: { id: 'U0HRLEAD01', name: 'fatou', real_name: 'Fatou Sarr (HR section lead)', tz: 'Africa/Kinshasa', locale: 'en-US' },
  crsvLead: { id: 'U0CRSVLEAD', name: 'nadia', real_name: 'Nadia Benali (WPA lead)', tz: 'Africa/Kinshasa', locale: 'en-US' },
  cpLead: { id: 'U0CPLEAD01', name: 'samuel', real_name: 'Samuel Okello (Child Protection lead)', tz: 'Africa/Kinshasa', locale: 'en-US' },
  beniLead: { id: 'U0BENILEAD', name: 'paul', real_name: 'Paul Kasereka (Head of Office Beni)', tz: 'Africa/Lubumbashi', locale: 'en-US' },
  buniaLead: { id: 'U0BUNIALD1', name: 'esther', real_name: 'Esther Dz’ba (Head of Office Bunia)', tz: 'Africa/Lubumbashi', locale: 'en-US' },
  /** Writes and reads Slack in French: private answers, modals and DMs to her are French. */
  buniaOfficer: { id: 'U0BUNIAOF1', name: 'josephine', real_name: 'Joséphine Maki (protection, Bunia)', tz: 'Africa/Lubumbashi', locale: 'fr-FR' },
  gomaLead: { id: 'U0GOMALEAD', name: 'claude', real_name: 'Claude Bahati (Head of Office Goma)', tz: 'Africa/Lubumbashi', locale: 'en-US' },
} satisfies Record<string, FakeUserInit>;

export const GENERAL_CHANNEL = 'C0GENERAL1';

/** Restricted channels hold only their section's people; every other channel holds everyone. */
const RESTRICTED_MEMBERS: Record<string, string[]> = {
  crsv: [PEOPLE.crsvAdviser.id, PEOPLE.crsvLead.id],
  cp: [PEOPLE.cpLead.id],
};

export function exampleWorkspace(mission: Mission): { users: FakeUserInit[]; channels: FakeChannelInit[] } {
  const users = Object.values(PEOPLE);
  const channels: FakeChannelInit[] = [{ id: GENERAL_CHANNEL, name: 'general' }];
  for (const section of mission.sections) {
    channels.push({
      id: section.channel,
      name: section.id === 'poc' ? 'poc-alerts' : `${section.id}-alerts`,
      is_private: section.restricted,
      ...(section.restricted ? { members: RESTRICTED_MEMBERS[section.id] ?? section.leads } : {}),
    });
  }
  channels.push({ id: mission.escalationChannel, name: 'joc-escalations' });
  channels.push({ id: mission.leadershipDigest.channel, name: 'smg-p-digest' });
  channels.push({ id: mission.conductChannel, name: 'conduct-discipline' });
  return { users, channels: dedupe(channels) };
}

function dedupe(channels: FakeChannelInit[]): FakeChannelInit[] {
  const seen = new Set<string>();
  return channels.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
