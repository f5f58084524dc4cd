import type { Db } from '../store/db.js';
import type { SmsReplySettings } from '../reporter/sms-send.js';
import type { KnownMember } from './intake.js';
import { findMember } from './network/members.js';

/** What the gateway endpoints need from the environment (DESIGN.md, configuration contract). */
export interface GatewaySettings {
  /** PUBLIC_URL: the address gateways reach Veille at; Twilio signs this plus the path. */
  publicUrl?: string;
  /** TWILIO_AUTH_TOKEN: without it the Twilio endpoint is off (503). */
  twilioAuthToken?: string;
  /** INTAKE_HASH_KEY: the key of the known members' phone hashes; without it every sender is unverified. */
  intakeHashKey?: string | null;
  /** TWILIO_ACCOUNT_SID…, RAPIDPRO_API_URL…: the outbound APIs for SMS replies to reporters (src/reporter). */
  replies?: SmsReplySettings;
}

/** The known-member registry as the common intake path asks it: by phone number. */
export function memberLookup(db: Db, settings: GatewaySettings): ((phone: string) => KnownMember | null) | undefined {
  const key = settings.intakeHashKey;
  if (!key) return undefined;
  return (phone) => {
    const member = findMember(db, key, phone);
    return member ? { place: member.placeId, name: member.name } : null;
  };
}
