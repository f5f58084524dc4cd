import type { BlockButtonAction } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import { recategorised } from '../../alerts/decide.js';
import { routesOfDraft } from '../../alerts/flows.js';
import { recategoriseAlert } from '../../alerts/recategorise.js';
import { viewersAfter } from '../../alerts/restriction.js';
import { getAlert } from '../../alerts/service.js';
import { placeById } from '../../context.js';
import { categoryLabel, type CategoryId } from '../../domain/taxonomy.js';
import { CHOOSE_CATEGORY, choiceOf } from '../views/alternatives.js';
import { notice, renderConfirmation } from '../views/confirmation.js';
import { mrkdwn } from '../views/mrkdwn.js';
import { t } from '../i18n/index.js';
import { readerLanguage } from '../render/language.js';
import { reachedBefore, redrawHomes } from '../home-refresh.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';

/** A tap on one of the confirmation's alternatives: re-categorise, then show the confirmation anew. */
export function register(app: Listeners, shared: ListenerDeps): void {
  const { veille } = shared;

  app.action<BlockButtonAction>(CHOOSE_CATEGORY, async ({ ack, body, action, respond, client, context }) => {
    const deps = forRequest(shared, context);
    const choice = choiceOf(action.value);
    // A category that restricts the alert takes it from whoever may no longer read it: ask Slack first.
    const viewers = choice ? await viewersOfChoice(veille, deps, choice) : undefined;
    const reached = reachedBefore(veille, choice ? getAlert(veille.db, choice.alertId) : null, viewers !== undefined);
    // The change is stored before Slack hears back: an acknowledged tap is never lost.
    const outcome = choice ? recategoriseAlert(veille, choice, body.user.id, viewers) : null;
    await ack();
    const language = await readerLanguage(deps, body.user.id, outcome?.alert ?? null);
    const f = t(language).form;
    if (!outcome?.alert) {
      await respond({ replace_original: false, response_type: 'ephemeral', ...notice(f.undoGone) });
      return;
    }
    const alert = outcome.alert;
    if (!outcome.ok) {
      const why = {
        not_found: f.undoGone,
        not_reporter: f.categoryNotReporter(alert.reference),
        closed: f.categoryClosed(alert.reference),
        changed_since: f.categoryChangedSince(alert.reference, categoryLabel(alert.category, language)),
      }[outcome.reason];
      await respond({ replace_original: false, response_type: 'ephemeral', ...notice(why) });
      return;
    }
    const routes = outcome.routes.map((r) => ({ ...r, channel: '', reason: 'category' as const }));
    const updated = renderConfirmation(alert, placeById(veille, alert.placeId), routes, veille.mission);
    const said = f.categoryChanged(categoryLabel(alert.category, language));
    const blocks = [...updated.blocks.slice(0, 1), { type: 'context', elements: [mrkdwn(said)] }, ...updated.blocks.slice(1)];
    await respond({ replace_original: true, text: updated.text, blocks: blocks });
    if (outcome.changed) void deps.sender.kick();
    // Restricted by the tap: those it reached who may no longer read it must not keep it on an open Home tab.
    if (outcome.changed && viewers && alert.sensitivity === 'restricted') await redrawHomes(veille, deps.slack, client, reached, viewers);
  });
}

async function viewersOfChoice(veille: ListenerDeps['veille'], deps: ListenerDeps, choice: { alertId: number; to: CategoryId }): Promise<Set<string> | undefined> {
  const alert = getAlert(veille.db, choice.alertId);
  if (!alert || alert.category === choice.to) return undefined;
  const draft = recategorised(alert, choice.to, veille.intake);
  return viewersAfter(veille, deps.slack.isMember, alert, draft, routesOfDraft(veille, draft));
}
