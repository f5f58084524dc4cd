import type { BlockButtonAction } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import { withdrawAlert } from '../../alerts/flows.js';
import { getAlert } from '../../alerts/service.js';
import { placeById } from '../../context.js';
import { ACTION, notice, withdrawnNotice } from '../views/confirmation.js';
import { renderAlertForm, renderPlaceForm } from '../views/form.js';
import { t } from '../i18n/index.js';
import { readerLanguage } from '../render/language.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';

/** Buttons on the reporter's private confirmation: Edit, Undo, Add place. */
export function register(app: Listeners, shared: ListenerDeps): void {
  const { veille } = shared;

  app.action<BlockButtonAction>(ACTION.undo, async ({ ack, body, action, respond, context }) => {
    const deps = forRequest(shared, context);
    // The change is stored before Slack hears back: an acknowledged click is never lost.
    const channel = body.channel?.id ?? '';
    const outcome = withdrawAlert(veille, Number(action.value), body.user.id, (alert) => ({ kind: 'ephemeral', channel, user: body.user.id, ...withdrawnNotice(alert, true) }));
    await ack();
    if (outcome.ok) {
      await respond({ replace_original: true, ...withdrawnNotice(outcome.alert, false) });
      outcome.answered();
      void deps.sender.kick();
      return;
    }
    const f = t(await readerLanguage(deps, body.user.id, getAlert(veille.db, Number(action.value)))).form;
    const why = { not_found: f.undoGone, not_reporter: f.undoNotReporter, already_handled: f.undoHandled }[outcome.reason];
    await respond({ replace_original: false, response_type: 'ephemeral', ...notice(why) });
  });

  app.action<BlockButtonAction>(ACTION.edit, async ({ ack, body, action, client, respond, context }) => {
    const deps = forRequest(shared, context);
    await ack();
    const alert = getAlert(veille.db, Number(action.value));
    const language = await readerLanguage(deps, body.user.id, alert);
    const f = t(language).form;
    if (!alert || alert.reportedBy !== body.user.id || alert.status === 'closed') {
      await respond({ replace_original: false, response_type: 'ephemeral', ...notice(!alert ? f.undoGone : alert.status === 'closed' ? f.errors.closed(alert.reference) : f.onlyReporterEditHere) });
      return;
    }
    const view = renderAlertForm({ metadata: { channel: body.channel?.id ?? '', alertId: alert.id, via: 'form', language }, draft: alert, place: placeById(veille, alert.placeId), title: f.editRefTitle(alert.reference) });
    await client.views.open({ trigger_id: body.trigger_id, view: view });
  });

  app.action<BlockButtonAction>(ACTION.setPlace, async ({ ack, body, action, client, respond, context }) => {
    const deps = forRequest(shared, context);
    await ack();
    const alert = getAlert(veille.db, Number(action.value));
    const language = await readerLanguage(deps, body.user.id, alert);
    if (!alert || alert.reportedBy !== body.user.id) {
      await respond({ replace_original: false, response_type: 'ephemeral', ...notice(t(language).form.onlyReporterPlaceHere) });
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: renderPlaceForm({ channel: body.channel?.id ?? '', alertId: alert.id, via: 'form', language }, alert.reference) });
  });
}
