import type { MessageShortcut } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import { logAsAlertShortcut, logAsAlertForm } from '../../../commands/log-as-alert.js';
import { readerLanguage } from '../render/language.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';

/** "Log as alert" on any message: the form opens with what the message says already filled in. */
export function register(app: Listeners, shared: ListenerDeps): void {
  app.shortcut<MessageShortcut>(logAsAlertShortcut.callbackId, async ({ ack, shortcut, client, context }) => {
    const deps = forRequest(shared, context);
    await ack();
    const view = logAsAlertForm({ text: shortcut.message.text ?? '', channelId: shortcut.channel.id }, deps.veille, await readerLanguage(deps, shortcut.user.id));
    await client.views.open({ trigger_id: shortcut.trigger_id, view: view });
  });
}
