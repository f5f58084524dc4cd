/**
 * What Slack's message box does to typed text before the app sees it: &, < and > become entities,
 * and with `should_escape` an @name that is a workspace member becomes `<@U123|name>` and a
 * #channel the person can see becomes `<#C123|name>`.
 */

export interface Directory {
  people: Array<{ id: string; name: string }>;
  /** Channel id → name, of the channels the person may mention. */
  channels: Record<string, string>;
}

function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function encodeTyped(text: string, directory: Directory, escapeMentions = true): string {
  const escaped = slackEscape(text);
  if (!escapeMentions) return escaped;
  const byName = new Map(directory.people.map((p) => [p.name.toLowerCase(), p]));
  const channelByName = new Map(Object.entries(directory.channels).map(([id, name]) => [name.toLowerCase(), { id, name }]));
  return escaped
    .replace(/(^|[\s(])@([\w.’'-]+)/g, (whole, before: string, name: string) => {
      const person = byName.get(name.toLowerCase());
      return person ? `${before}<@${person.id}|${person.name}>` : whole;
    })
    .replace(/(^|[\s(])#([\w-]+)/g, (whole, before: string, name: string) => {
      const channel = channelByName.get(name.toLowerCase());
      return channel ? `${before}<#${channel.id}|${channel.name}>` : whole;
    });
}

/** "/alert show A-1" → { command: '/alert', text: 'show A-1' }; null when it is not a slash command. */
export function splitCommand(typed: string): { command: string; text: string } | null {
  const match = typed.match(/^\s*(\/[\w-]+)(?:\s+([\s\S]*))?$/);
  if (!match) return null;
  return { command: (match[1] as string).toLowerCase(), text: (match[2] ?? '').trim() };
}
