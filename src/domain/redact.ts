/**
 * Free text is scanned for phone numbers and e-mail addresses before anything is posted:
 * informants have faced reprisals, and a number in a channel is a number anyone can call.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// International or local numbers of 8+ digits, allowing spaces, dots, dashes and brackets between groups.
const PHONE = /(?<![\p{L}\p{N}-])\+?\(?\d[\d\s().-]{6,}\d(?![\p{L}\p{N}])/gu;

const DATE = /^\d{1,4}[-.]\d{1,2}[-.]\d{1,4}$/;

export function maskContacts(text: string): string {
  // Every card, reply and confirmation passes here: skip the scans that cannot change anything
  // (an address needs an "@"; a number masked needs 8 digits, and \d is ASCII in these expressions).
  const withoutEmail = text.includes('@') ? text.replace(EMAIL, '[e-mail hidden]') : text;
  if (!hasDigits(withoutEmail, 8)) return withoutEmail;
  return withoutEmail.replace(PHONE, (match) => (digitCount(match) >= 8 && !DATE.test(match.trim()) ? '[phone hidden]' : match));
}

function hasDigits(text: string, atLeast: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++found >= atLeast) return true;
  }
  return false;
}

function digitCount(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}
