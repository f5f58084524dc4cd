import type { BlockAction, BlockButtonAction, RespondFn } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { getAlert } from '../../alerts/service.js';
import { actorFacts, zoneOf } from '../../followup/access.js';
import { acknowledge, finishTask, reopenAlert, takeOwnership, type FlowOutcome } from '../../followup/flows.js';
import { guard, mayName } from '../../followup/guard.js';
import { getResponse, getTask, responsesOf, verificationDetail } from '../../followup/service.js';
import { durationMs } from '../../reminders/policy.js';
import { CARD_ACTION } from '../views/card.js';
import { notice } from '../views/confirmation.js';
import { formatTime } from '../format/time.js';
import { assignModal, closeModal, respondModal, responseOptionText, updateModal, verifyModal, type FollowupMetadata } from '../views/followup-modals.js';
import { renderHome } from '../views/home.js';
import type { Language } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import { outcomeText, refusalText } from '../render/answers.js';
import { readerLanguage } from '../render/language.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';
import { register as registerSubmissions } from './followup-views.js';

/**
 * The follow-up buttons: on the full card in each section channel, in an owner's DM, and on the Home
 * tab. Acknowledge, Take ownership, Reopen and Done act at once; the others open their modal
 * (followup-views.ts takes the submission). Every answer is private to the person who clicked.
 */

type Origin = FollowupMetadata['origin'];

function originOf(body: BlockAction): { origin: Origin; channel: string } {
  if (body.view?.type === 'home') return { origin: 'home', channel: '' };
  const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined) ?? '';
  return { origin: channel.startsWith('D') ? 'dm' : 'channel', channel };
}

/** A private answer where the click happened: an ephemeral by the card, or a refreshed Home tab. */
export async function answer(deps: ListenerDeps, client: WebClient, user: string, origin: Origin, respond: RespondFn | undefined, text: string): Promise<void> {
  if (origin === 'home') {
    const view = await renderHome(deps.veille, user, deps.slack, text);
    await client.views.publish({ user_id: user, view: view });
    return;
  }
  await respond?.({ response_type: 'ephemeral', replace_original: false, ...notice(text) });
}

export function register(app: Listeners, shared: ListenerDeps): void {
  const { veille } = shared;

  /** Acts at once: one flow, then the private answer, then the posts. */
  const immediate = (actionId: string, flow: (alertId: number, actor: Awaited<ReturnType<typeof actorFacts>>) => FlowOutcome) =>
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond, client, context }) => {
      const deps = forRequest(shared, context);
      await ack();
      const { origin, channel } = originOf(body);
      const alertId = Number(action.value);
      const actor = await actorFacts(veille, deps.slack.isMember, alertId, body.user.id, channel);
      const outcome = flow(alertId, actor);
      void deps.sender.kick();
      const language = await readerLanguage(deps, body.user.id, outcome.ok ? outcome.alert : getAlert(veille.db, alertId));
      await answer(deps, client, body.user.id, origin, respond, outcomeText(veille.mission, outcome, language, actor.zone));
    });

  immediate(CARD_ACTION.acknowledge, (id, actor) => acknowledge(veille, id, actor));
  immediate(CARD_ACTION.takeOwnership, (id, actor) => takeOwnership(veille, id, actor));
  immediate(CARD_ACTION.reopen, (id, actor) => reopenAlert(veille, id, actor));

  app.action<BlockButtonAction>(CARD_ACTION.taskDone, async ({ ack, body, action, respond, client, context }) => {
    const deps = forRequest(shared, context);
    await ack();
    const { origin, channel } = originOf(body);
    const task = getTask(veille.db, Number(action.value));
    const actor = await actorFacts(veille, deps.slack.isMember, task?.alertId ?? 0, body.user.id, channel);
    const outcome = finishTask(veille, Number(action.value), actor);
    void deps.sender.kick();
    const language = await readerLanguage(deps, body.user.id, outcome.ok ? outcome.alert : task ? getAlert(veille.db, task.alertId) : null);
    await answer(deps, client, body.user.id, origin, respond, outcomeText(veille.mission, outcome, language, actor.zone));
  });

  /** Opens a modal, after the same checks the submission will make, so no one fills a form in vain. */
  const withModal = (
    actionId: string,
    check: Parameters<typeof guard>[2],
    act: Parameters<typeof guard>[3],
    build: (alertId: number, metadata: FollowupMetadata & { language: Language }, actor: Awaited<ReturnType<typeof actorFacts>>) => ModalView | null,
  ) =>
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond, client, context }) => {
      const deps = forRequest(shared, context);
      await ack();
      const { origin, channel } = originOf(body);
      const alertId = Number(action.value);
      const actor = await actorFacts(veille, deps.slack.isMember, alertId, body.user.id, channel);
      const checked = guard(veille, alertId, check, act, actor);
      const language = await readerLanguage(deps, body.user.id, checked.ok ? checked.alert : getAlert(veille.db, alertId));
      if (!checked.ok) return answer(deps, client, body.user.id, origin, respond, refusalText(veille.mission, checked.refusal, language, actor.zone));
      const view = build(alertId, { alertId, channel, origin, zone: zoneOf(veille, channel), language }, actor);
      if (!view) return;
      try {
        await client.views.open({ trigger_id: body.trigger_id, view });
      } catch {
        await answer(deps, client, body.user.id, origin, respond, t(language).modals.couldNotOpen);
      }
    });

  const alertOf = (id: number) => getAlert(veille.db, id);

  withModal(CARD_ACTION.assign, 'assign', 'take_ownership', (id, m) => {
    const alert = alertOf(id);
    return alert && assignModal(alert, m);
  });
  withModal(CARD_ACTION.update, 'update', 'update', (id, m, actor) => {
    const alert = alertOf(id);
    if (!alert) return null;
    // A restricted alert's responses are its sections' to read: its reporter outside them gives no outcome.
    const open = mayName(alert, actor) ? responsesOf(veille.db, id).filter((r) => r.outcome === null) : [];
    return updateModal(alert, open, m, (r) => responseOptionText(getResponse(veille.db, r.id)!, formatTime(r.at, m.zone, m.language), m.language));
  });
  withModal(CARD_ACTION.respond, 'log_response', 'log_response', (id, m) => {
    const alert = alertOf(id);
    return alert && respondModal(alert, m, veille.clock.now(), durationMs(veille.mission.reminderPolicy[alert.priority].acknowledgeWithin));
  });
  withModal(CARD_ACTION.verify, 'verify', 'verify', (id, m) => {
    const alert = alertOf(id);
    return alert && verifyModal(alert, verificationDetail(veille.db, id), m);
  });
  withModal(CARD_ACTION.close, 'close', 'close', (id, m) => {
    const alert = alertOf(id);
    return alert && closeModal(alert, m, veille.mission.referencePrefix);
  });

  registerSubmissions(app, shared);
}
