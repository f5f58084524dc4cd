import type { App, ViewSubmitAction } from '@slack/bolt';
import { editAlert, logAlert, routesOfDraft } from '../../alerts/flows.js';
import { peopleReached, viewersAfter } from '../../alerts/restriction.js';
import { renderHome } from '../views/home.js';
import { getAlert } from '../../alerts/service.js';
import type { OutboxMessage } from '../../store/outbox.js';
import { FORM, type FormMetadata } from '../views/form.js';
import { readAlertForm, type ViewValues } from '../views/form-values.js';
import type { ListenerDeps } from './deps.js';

/** The form's private metadata, checked: Slack sends back what we gave, but nothing is trusted blindly. */
function metadataOf(body: ViewSubmitAction): FormMetadata {
  let raw: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(body.view.private_metadata) as unknown;
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // not ours: fall back to the defaults below
  }
  return {
    channel: typeof raw.channel === 'string' && /^[CGD][A-Z0-9]+$/.test(raw.channel) ? raw.channel : '',
    ...(Number.isInteger(raw.alertId) ? { alertId: raw.alertId as number } : {}),
    via: raw.via === 'shortcut' ? 'shortcut' : 'form',
  };
}

/** Where a private answer goes: an ephemeral in the channel the form came from, else a DM. */
function tell(user: string, channel: string, text: string): OutboxMessage {
  return channel ? { kind: 'ephemeral', channel, user, text } : { kind: 'dm', user, text };
}

/** The alert form (new or edit) and the place form. Errors go back under their field; nothing typed is lost. */
export function register(app: App, deps: ListenerDeps): void {
  const { veille } = deps;

  app.view<ViewSubmitAction>(FORM.create, async ({ ack, body }) => {
    const metadata = metadataOf(body);
    const result = readAlertForm(body.view.state.values as ViewValues, veille.mission, veille.intake, metadata.via);
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    const user = body.user.id;
    const { alert } = logAlert(veille, result.draft, user, {
      notify: () => [metadata.channel ? { kind: 'confirmation', channel: metadata.channel, user, warnings: result.warnings } : { kind: 'dm', user, text: 'Alert logged.' }],
    });
    veille.log.info('alert logged', { reference: alert.reference, via: metadata.via });
    await ack();
    void deps.sender.kick();
  });

  app.view<ViewSubmitAction>(FORM.edit, async ({ ack, body, client }) => {
    const metadata = metadataOf(body);
    const before = metadata.alertId ? getAlert(veille.db, metadata.alertId) : null;
    if (!before || before.reportedBy !== body.user.id) {
      await ack({ response_action: 'errors', errors: { description: 'Only the reporter can edit this alert here.' } });
      return;
    }
    const result = readAlertForm(body.view.state.values as ViewValues, veille.mission, veille.intake, before.reportedVia);
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    const user = body.user.id;
    // The form has no sub-type field: keep it while the category stays.
    const draft = { ...result.draft, language: before.language, subType: result.draft.category === before.category ? before.subType : null };
    // Who may still read it once changed: asked of Slack before the transaction (issue 12).
    const viewers = await viewersAfter(veille, deps.slack.isMember, before, draft, routesOfDraft(veille, draft));
    const reached = draft.sensitivity === 'restricted' ? peopleReached(veille.db, before) : new Set<string>();
    const outcome = editAlert(
      veille,
      before.id,
      draft,
      user,
      (changed) => [tell(user, metadata.channel, changed.length ? `✏️ ${before.reference} updated (${changed.join(', ')}); its cards follow.` : `${before.reference}: nothing changed.`)],
      viewers,
    );
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: { description: outcome.reason === 'closed' ? `${before.reference} is closed and can no longer be edited.` : 'This alert no longer exists.' } });
      return;
    }
    await ack();
    void deps.sender.kick();
    // Those who may no longer read it must not keep it on an open Home tab: theirs is drawn again.
    for (const person of reached) {
      if (viewers.has(person)) continue;
      await renderHome(veille, person, deps.slack)
        .then((view) => client.views.publish({ user_id: person, view: view as never }))
        .catch((error: unknown) => veille.log.warn('home not refreshed', { error: (error as { code?: string }).code ?? 'unknown' }));
    }
  });

  app.view<ViewSubmitAction>(FORM.place, async ({ ack, body }) => {
    const metadata = metadataOf(body);
    const alert = metadata.alertId ? getAlert(veille.db, metadata.alertId) : null;
    const typed = ((body.view.state.values as ViewValues).place?.value?.value ?? '').trim();
    if (!alert) {
      await ack({ response_action: 'errors', errors: { place: 'This alert no longer exists.' } });
      return;
    }
    // As for Edit: the view's metadata names the alert, but only its reporter may place it.
    if (alert.reportedBy !== body.user.id) {
      await ack({ response_action: 'errors', errors: { place: 'Only the reporter can set the place of this alert.' } });
      return;
    }
    const place = veille.intake.gazetteer.lookup(typed);
    if (!place) {
      const near = veille.intake.gazetteer.search(typed, 5).map((p) => p.name);
      await ack({ response_action: 'errors', errors: { place: `“${typed}” is not in the gazetteer.${near.length ? ` Try: ${near.join(', ')}.` : ' Try the nearest locality or the territory.'}` } });
      return;
    }
    const user = body.user.id;
    const outcome = editAlert(veille, alert.id, { ...alert, placeId: place.id, locationText: alert.locationText }, user, () => [
      tell(user, metadata.channel, `📍 ${alert.reference} is now placed at ${place.name} (${place.territory}, ${place.province}); the field office has it.`),
    ]);
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: { place: `${alert.reference} is closed.` } });
      return;
    }
    await ack();
    void deps.sender.kick();
  });
}
