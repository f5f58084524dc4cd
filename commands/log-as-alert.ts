import type { ModalView } from '@slack/types';
import { draftFromReport } from '../src/alerts/draft.js';
import type { Veille } from '../src/context.js';
import { parseQuickReport } from '../src/intake/index.js';
import { renderAlertForm } from '../src/slack/views/form.js';
import type { Language } from '../src/domain/taxonomy.js';
import { t } from '../src/slack/i18n/index.js';
import type { ShortcutDefinition } from './types.js';

/** The message shortcut: any Slack message becomes an alert draft in the form. */
export const logAsAlertShortcut: ShortcutDefinition = {
  type: 'message',
  callbackId: 'log_as_alert',
  name: 'Log as alert',
  description: 'Turn this message into a Veille alert draft',
};

/**
 * The form, filled in by the quick-report parser from the message; the user checks and submits. A
 * message from a restricted section's channel is that section's: its form opens marked restricted
 * (fail closed), so a careless submit does not post it to the standard channels.
 */
export function logAsAlertForm(message: { text: string; channelId: string }, veille: Veille, language: Language = 'en'): ModalView {
  const text = message.text.slice(0, 3000);
  const report = parseQuickReport(text, veille.intake);
  const parsed = draftFromReport(report, 'shortcut');
  const fromRestricted = veille.mission.sections.some((s) => s.restricted && s.channel === message.channelId);
  const draft = fromRestricted ? { ...parsed, sensitivity: 'restricted' as const } : parsed;
  return renderAlertForm({ metadata: { channel: message.channelId, via: 'shortcut', language }, draft, place: report.place, title: t(language).form.shortcutTitle });
}
