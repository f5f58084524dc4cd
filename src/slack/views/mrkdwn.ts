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
