import { maskContacts } from '../../domain/redact.js';

/**
 * Text from reporters goes into mrkdwn. Slack escapes &, < and > in what users type, but text from
 * the API or a form does not come escaped: escape anything that is not already a Slack entity, so
 * no one can smuggle `<!channel>` or a disguised link into a card.
 */
const SAFE_ENTITY = /^<(@[UW][A-Z0-9]+(\|[^>]*)?|#[CG][A-Z0-9]+(\|[^>]*)?)>$/;

export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&(?!(amp|lt|gt);)/g, '&amp;')
    .replace(/<[^<>]*>|[<>]/g, (match) => (SAFE_ENTITY.test(match) ? match : match.replace(/</g, '&lt;').replace(/>/g, '&gt;')));
}

/**
 * Free text as it may be posted, in blocks or in a message's `text` (which notifications show and
 * Slack also reads as mrkdwn): phone numbers and e-mails masked, markup made inert, within `max`.
 * Every renderer that puts someone's words into a message goes through here.
 */
export function postable(text: string, max = 3000): string {
  return truncate(escapeMrkdwn(maskContacts(text)), max);
}

/** A person: a Slack mention for a Slack user, the name as text for anyone else (an API token). */
export function person(user: string): string {
  return /^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : escapeMrkdwn(user);
}

/** Cuts text to fit a Block Kit limit, on a word boundary where one is near. */
export function truncate(text: string, max: number, suffix = '…'): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - suffix.length);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}${suffix}`;
}

/** Plain text objects (header, button) must not exceed their limits either. */
export function plain(text: string, max = 150): { type: 'plain_text'; text: string; emoji: true } {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

export function mrkdwn(text: string, max = 3000): { type: 'mrkdwn'; text: string } {
  return { type: 'mrkdwn', text: truncate(text, max) };
}
