/**
 * Free text is scanned for phone numbers and e-mail addresses before anything is posted:
 * informants have faced reprisals, and a number in a channel is a number anyone can call.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// International or local numbers of 8+ digits, allowing spaces, dots, dashes and brackets between groups.
const PHONE = /(?<![\p{L}\p{N}-])\+?\(?\d[\d\s().-]{6,}\d(?![\p{L}\p{N}])/gu;

const DATE = /^\d{1,4}[-.]\d{1,2}[-.]\d{1,4}$/;

export function maskContacts(text: string): string {
  return text.replace(EMAIL, '[e-mail hidden]').replace(PHONE, (match) => (digitCount(match) >= 8 && !DATE.test(match.trim()) ? '[phone hidden]' : match));
}

function digitCount(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}
