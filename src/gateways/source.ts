/**
 * Who sent a gateway message, as Veille keeps it. The sender's number (or a form's submitter) is a
 * source identity: it goes only into the alert's source_detail, which is never posted to a channel,
 * is left out of API answers and exports without `restricted:read`, and is redacted by retention.
 * What channels may see is only the kind of source: a known network member or an unverified one.
 */

const GATEWAYS = ['twilio', 'rapidpro', 'kobo'] as const;
export type Gateway = (typeof GATEWAYS)[number];

export const GATEWAY_NAMES: Record<Gateway, string> = { twilio: 'Twilio', rapidpro: 'RapidPro', kobo: 'KoBoToolbox' };

/** Whether the sender is a registered community-alert-network member. */
export type SourceStanding = 'member' | 'unverified';

/** The alert's reporter for a gateway message: no person, only the door and the standing (`twilio:member`). */
export function gatewayReporter(gateway: Gateway, standing: SourceStanding): string {
  return `${gateway}:${standing}`;
}

/** Reads a reporter written by gatewayReporter; null for a Slack user or an API token. */
export function readGatewayReporter(reportedBy: string): { gateway: Gateway; standing: SourceStanding } | null {
  const match = /^(twilio|rapidpro|kobo):(member|unverified)$/.exec(reportedBy);
  return match ? { gateway: match[1] as Gateway, standing: match[2] as SourceStanding } : null;
}

/** A phone number as gateways give it (`+243 99 123 4567`, `tel:+243991234567`, `whatsapp:+243…`): digits and a leading +. */
function normalizePhone(text: string): string | null {
  const bare = text.trim().replace(/^(tel|sms|whatsapp):/i, '');
  if (!/^\+?[\d\s().-]{4,30}$/.test(bare)) return null;
  const digits = bare.replace(/\D/g, '');
  return digits.length >= 4 && digits.length <= 15 ? `${bare.startsWith('+') ? '+' : ''}${digits}` : null;
}

/**
 * The source identity stored in source_detail: the sender, the door, and the member's registered
 * name when it is one. Null when the gateway gave no sender (an anonymous form).
 */
export function sourceIdentity(gateway: Gateway, sender: string | undefined, member?: { name: string }): string | null {
  const who = sender?.trim();
  if (!who && !member) return null;
  // Starts with the gateway's name: an identity starting with + would read as a formula in a spreadsheet.
  const standing = member ? `known network member: ${member.name.slice(0, 100)}` : 'unverified source';
  return `${GATEWAY_NAMES[gateway]}: ${[who ? (normalizePhone(who) ?? who.slice(0, 200)) : null, standing].filter(Boolean).join(' · ')}`;
}
