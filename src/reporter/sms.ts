import type { Alert } from '../domain/alert.js';
import { t } from '../slack/i18n/index.js';
import type { ReporterSms, SmsGateway } from './facts.js';

/** The SMS back to a reporter: its words, and the number it goes to, read from the alert when sent. */

export const SMS_LENGTH = 160;

/** The step in the reporter's language, with the reference only: ≤ 160 characters. */
export function smsText(alert: Pick<Alert, 'language'>, sms: Pick<ReporterSms, 'reference' | 'step'>): string {
  return t(alert.language).reporter.sms[sms.step](sms.reference).slice(0, SMS_LENGTH);
}

const DOOR: Record<SmsGateway, string> = { twilio: 'Twilio', rapidpro: 'RapidPro' };

/**
 * The sender's number from the alert's source identity (src/gateways/source.ts `sourceIdentity`:
 * "Twilio: +243… · unverified source"), or null when there is none (anonymous, or redacted by
 * retention). Never logged, never stored anywhere else.
 */
export function reporterNumber(sourceDetail: string | null, gateway: SmsGateway): string | null {
  if (!sourceDetail) return null;
  const match = new RegExp(`^${DOOR[gateway]}: (\\+?\\d{4,15})(?: · |$)`).exec(sourceDetail);
  return match ? match[1]! : null;
}
