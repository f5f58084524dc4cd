/**
 * Phone numbers as gateways send them (`+243 81 234 5678`, `00243-812-345-678`, `tel:+243…`,
 * `whatsapp:+243…`) in one form, E.164 (`+243812345678`), so the same phone always gives the same
 * hash. A number without its country code cannot be placed on the map of numbers: it is refused,
 * not guessed.
 */

// E.164: a + and at most 15 digits, the first not 0; below 8 digits it is a short code, not a phone.
const E164 = /^\+[1-9]\d{7,14}$/;
// What gateways put before the number: RapidPro's URNs (tel:), Twilio's WhatsApp and SMS channels.
const SCHEME = /^(?:tel|sms|whatsapp|mms):/i;

/** The number in E.164, or null when it is not an international number. */
export function toE164(text: string): string | null {
  let number = text.trim().replace(SCHEME, '');
  // "+243 (0)81 …": the (0) is the trunk prefix dialled at home, not part of the international number.
  number = number.replace(/\(0\)/g, '');
  number = number.replace(/[\s\u00a0\-.()/]/g, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  return E164.test(number) ? number : null;
}
