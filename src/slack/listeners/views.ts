import type { ViewSubmitAction } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import { editAlert, logAlert, routesOfDraft } from '../../alerts/flows.js';
import { viewersAfter } from '../../alerts/restriction.js';
import { reachedBefore, redrawHomes } from '../home-refresh.js';
import { getAlert } from '../../alerts/service.js';
import type { OutboxMessage } from '../../store/outbox.js';
import { FORM, type FormMetadata } from '../views/form.js';
import { readAlertForm } from '../views/form-values.js';
import { t } from '../i18n/index.js';
import { readerLanguage } from '../render/language.js';
import { placeLabel, placeName } from '../views/format.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';
import { durable } from '../../store/durability.js';

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
    ...(raw.language === 'fr' || raw.language === 'en' ? { language: raw.language } : {}),
  };
}

/** Where a private answer goes: an ephemeral in the channel the form came from, else a DM. */
function tell(user: string, channel: string, text: string): OutboxMessage {
  return channel ? { kind: 'ephemeral', channel, user, text } : { kind: 'dm', user, text };
}

/** The alert form (new or edit) and the place form. Errors go back under their field; nothing typed is lost. */
export function register(app: Listeners, shared: ListenerDeps): void {
  const { veille } = shared;

  app.view<ViewSubmitAction>(FORM.create, async ({ ack, body, context }) => {
    const deps = forRequest(shared, context);
    const metadata = metadataOf(body);
    const language = metadata.language ?? (await readerLanguage(deps, body.user.id));
    const result = readAlertForm(body.view.state.values, veille.intake, metadata.via, language);
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    const user = body.user.id;
    let reference: string;
    try {
      ({
        alert: { reference },
      } = logAlert(veille, result.draft, user, {
        notify: () => [metadata.channel ? { kind: 'confirmation', channel: metadata.channel, user, warnings: result.warnings } : { kind: 'dm', user, text: t(language).form.logged }],
      }));
      // Committed with the turn's batch and fsynced before the form closes; a refused commit keeps it open.
      await durable(veille.db);
    } catch (error) {
      veille.log.error('form could not be saved; nothing was logged', { error: (error as Error).name, code: (error as { code?: string }).code });
      await ack({ response_action: 'errors', errors: { description: t(language).form.errors.notSaved } });
      return;
    }
    veille.log.info('alert logged', { reference, via: metadata.via });
    await ack();
    void deps.sender.kick();
  });

  app.view<ViewSubmitAction>(FORM.edit, async ({ ack, body, client, context }) => {
    const deps = forRequest(shared, context);
    const metadata = metadataOf(body);
    const before = metadata.alertId ? getAlert(veille.db, metadata.alertId) : null;
    const language = metadata.language ?? (await readerLanguage(deps, body.user.id, before));
    const f = t(language).form;
    if (!before || before.reportedBy !== body.user.id) {
      await ack({ response_action: 'errors', errors: { description: f.errors.onlyReporterEdit } });
      return;
    }
    const result = readAlertForm(body.view.state.values, veille.intake, before.reportedVia, language);
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    const user = body.user.id;
    // The form has no sub-type field: keep it while the category stays.
    const draft = { ...result.draft, language: before.language, subType: result.draft.category === before.category ? before.subType : null };
    // Who may still read it once changed: asked of Slack before the transaction (issue 12).
    const viewers = await viewersAfter(veille, deps.slack.isMember, before, draft, routesOfDraft(veille, draft));
    const reached = reachedBefore(veille, before, draft.sensitivity === 'restricted');
    const outcome = editAlert(
      veille,
      before.id,
      draft,
      user,
      (changed) => [tell(user, metadata.channel, changed.length ? f.edited(before.reference, changed.map((k) => f.fields[k] ?? k).join(', ')) : f.unchanged(before.reference))],
      viewers,
    );
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: { description: outcome.reason === 'closed' ? f.errors.closedNoEdit(before.reference) : f.errors.gone } });
      return;
    }
    await ack();
    void deps.sender.kick();
    // Those who may no longer read it must not keep it on an open Home tab: theirs is drawn again.
    await redrawHomes(veille, deps.slack, client, reached, viewers);
  });

  app.view<ViewSubmitAction>(FORM.place, async ({ ack, body, context }) => {
    const deps = forRequest(shared, context);
    const metadata = metadataOf(body);
    const alert = metadata.alertId ? getAlert(veille.db, metadata.alertId) : null;
    const typed = (body.view.state.values.place?.value?.value ?? '').trim();
    const language = metadata.language ?? (await readerLanguage(deps, body.user.id, alert));
    const f = t(language).form;
    if (!alert) {
      await ack({ response_action: 'errors', errors: { place: f.errors.gone } });
      return;
    }
    // As for Edit: the view's metadata names the alert, but only its reporter may place it.
    if (alert.reportedBy !== body.user.id) {
      await ack({ response_action: 'errors', errors: { place: f.errors.onlyReporterPlace } });
      return;
    }
    const place = veille.intake.gazetteer.lookup(typed);
    if (!place) {
      const near = veille.intake.gazetteer.search(typed, 5).map((p) => placeName(p, language));
      await ack({ response_action: 'errors', errors: { place: f.errors.notInGazetteer(typed, near.length ? near.join(', ') : null) } });
      return;
    }
    const user = body.user.id;
    const outcome = editAlert(veille, alert.id, { ...alert, placeId: place.id, locationText: alert.locationText }, user, () => [
      tell(user, metadata.channel, f.placed(alert.reference, placeLabel(place, null, language))),
    ]);
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: { place: f.errors.closed(alert.reference) } });
      return;
    }
    await ack();
    void deps.sender.kick();
  });
}
