import type { ViewSubmitAction } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import type { WebClient } from '@slack/web-api';
import { reclassifiedByVerification } from '../../alerts/decide.js';
import { routesOfDraft } from '../../alerts/flows.js';
import { viewersAfter } from '../../alerts/restriction.js';
import { getAlert } from '../../alerts/service.js';
import { parseReference, type Status } from '../../domain/alert.js';
import { CATEGORY_IDS, type CategoryId } from '../../domain/taxonomy.js';
import { actorFacts, assigneeFacts, mayViewAlert } from '../../followup/access.js';
import { addUpdate, assign, close, logResponse, verify, type FlowOutcome } from '../../followup/flows.js';
import type { Actor } from '../../followup/guard.js';
import { localToUtc, parseDue } from '../../followup/time.js';
import { enqueue } from '../../store/outbox.js';
import { FOLLOWUP_VIEW, selected, text, type FollowupMetadata, type FollowupValues } from '../views/followup-modals.js';
import { renderHome } from '../views/home.js';
import { reachedBefore, redrawHomes } from '../home-refresh.js';
import { t, type Catalog } from '../i18n/index.js';
import { outcomeText } from '../render/answers.js';
import { readerLanguage } from '../render/language.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';

/**
 * Submissions of the follow-up modals. A problem goes back under its field (Slack keeps what was
 * typed); a refusal with no field of its own goes under the first one. On success the modal closes
 * and the answer goes where the button was: an ephemeral in the channel, a DM, or the Home tab.
 */

type Read<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

const fail = (field: string, message: string): Read<never> => ({ ok: false, errors: { [field]: message } });

function metadataOf(body: ViewSubmitAction): FollowupMetadata | null {
  try {
    const m = JSON.parse(body.view.private_metadata) as FollowupMetadata;
    return typeof m.alertId === 'number' ? m : null;
  } catch {
    return null;
  }
}

export function register(app: Listeners, shared: ListenerDeps): void {
  const { veille } = shared;

  const submission = <T>(
    callbackId: string,
    firstField: string,
    read: (values: FollowupValues, m: FollowupMetadata, e: Catalog['modals']['errors']) => Read<T>,
    run: (m: FollowupMetadata, actor: Actor, input: T, client: WebClient, deps: ListenerDeps) => Promise<FlowOutcome>,
  ) =>
    app.view<ViewSubmitAction>(callbackId, async ({ ack, body, client, context }) => {
      const deps = forRequest(shared, context);
      const metadata = metadataOf(body);
      // The modal speaks the language it was opened in; one from before that was kept asks again.
      const language = metadata?.language ?? (await readerLanguage(deps, body.user.id));
      const e = t(language).modals.errors;
      if (!metadata) {
        await ack({ response_action: 'errors', errors: { [firstField]: e.outOfDate } });
        return;
      }
      const parsed = read(body.view.state.values, metadata, e);
      if (!parsed.ok) {
        await ack({ response_action: 'errors', errors: parsed.errors });
        return;
      }
      const user = body.user.id;
      const actor = await actorFacts(veille, deps.slack.isMember, metadata.alertId, user, metadata.channel);
      const outcome = await run(metadata, actor, parsed.value, client, deps);
      const said = outcomeText(veille.mission, outcome, language, metadata.zone);
      if (!outcome.ok) {
        await ack({ response_action: 'errors', errors: { [outcome.field ?? firstField]: said } });
        return;
      }
      await ack();
      const at = veille.clock.now();
      if (metadata.origin === 'channel' && metadata.channel) enqueue(veille.db, at, metadata.alertId, { kind: 'ephemeral', channel: metadata.channel, user, text: said });
      else if (metadata.origin === 'dm') enqueue(veille.db, at, metadata.alertId, { kind: 'dm', user, text: said });
      void deps.sender.kick();
      if (metadata.origin === 'home') {
        const view = await renderHome(veille, user, deps.slack, said);
        await client.views.publish({ user_id: user, view: view });
      }
    });

  const due = (raw: string, zone: string, e: Catalog['modals']['errors']): Read<number | null> => {
    if (raw === '') return { ok: true, value: null };
    const now = veille.clock.now();
    const at = parseDue(raw.replace(/^due:/i, ''), now, zone);
    if (at === null) return fail('due', e.dueNotUnderstood);
    if (at <= now) return fail('due', e.duePassed);
    return { ok: true, value: at };
  };

  submission(
    FOLLOWUP_VIEW.assign,
    'assignee',
    (values, m, e) => {
      const user = values.assignee?.value?.selected_user ?? null;
      if (!user) return fail('assignee', e.chooseOwner);
      const dueAt = due(text(values, 'due'), m.zone, e);
      return dueAt.ok ? { ok: true, value: { user, dueAt: dueAt.value } } : dueAt;
    },
    async (m, actor, input, _client, deps) => assign(veille, m.alertId, actor, await assigneeFacts(veille, deps.slack.isMember, m.alertId, input.user), input.dueAt),
  );

  submission(
    FOLLOWUP_VIEW.update,
    'text',
    (values) => {
      const outcomeOf = selected(values, 'outcome_of');
      return { ok: true, value: { text: text(values, 'text'), status: selected(values, 'status') as Status | null, outcomeOf: outcomeOf ? Number(outcomeOf) : null } };
    },
    async (m, actor, input) => addUpdate(veille, m.alertId, actor, input),
  );

  submission(
    FOLLOWUP_VIEW.respond,
    'type',
    (values, m, e) => {
      const type = selected(values, 'type');
      if (!type) return fail('type', e.chooseResponseType);
      const date = values.date?.value?.selected_date ?? '';
      const time = values.time?.value?.selected_time ?? '';
      const at = localToUtc(date, time, m.zone);
      if (at === null) return fail('time', e.giveDateTime);
      return { ok: true, value: { type, unit: text(values, 'unit') || null, at, delayReason: selected(values, 'delay'), outcome: text(values, 'outcome') || null } };
    },
    async (m, actor, input) => logResponse(veille, m.alertId, actor, input),
  );

  submission(
    FOLLOWUP_VIEW.verify,
    'verification',
    (values, _m, e) => {
      const verification = selected(values, 'verification');
      if (!verification) return fail('verification', e.chooseVerification);
      const rawSources = text(values, 'sources');
      const sources = rawSources === '' ? null : Number(rawSources);
      if (sources !== null && !(Number.isInteger(sources) && sources >= 0)) return fail('sources', e.wholeSources);
      const credibility = selected(values, 'credibility');
      const category = selected(values, 'category');
      if (category !== null && !(CATEGORY_IDS as readonly string[]).includes(category)) return fail('category', e.chooseCategory);
      return {
        ok: true,
        value: { verification, reliability: selected(values, 'reliability'), credibility: credibility ? Number(credibility) : null, sources, note: text(values, 'note') || null, category: category as CategoryId | null },
      };
    },
    async (m, actor, input, client, deps) => {
      const viewers = await viewersIfRecategorised(deps, m.alertId, input.category ?? null);
      const reached = reachedBefore(veille, getAlert(veille.db, m.alertId), viewers !== undefined);
      const outcome = verify(veille, m.alertId, actor, input, viewers);
      // A finding that restricts it: those released must not keep it on an open Home tab.
      if (outcome.ok && viewers && outcome.alert.sensitivity === 'restricted') void redrawHomes(veille, deps.slack, client, reached, viewers);
      return outcome;
    },
  );

  submission(
    FOLLOWUP_VIEW.close,
    'reason',
    (values, _m, e) => {
      const reason = selected(values, 'reason');
      if (!reason) return fail('reason', e.chooseReason);
      const raw = text(values, 'duplicate_of');
      const duplicateOf = raw ? parseReference(veille.mission.referencePrefix, raw) : null;
      if (raw && duplicateOf === null) return fail('duplicate_of', e.giveReference(`${veille.mission.referencePrefix}-7`));
      return { ok: true, value: { reason, duplicateOf: reason === 'duplicate' ? duplicateOf : null, note: text(values, 'note') } };
    },
    async (m, actor, input, _client, deps) => close(veille, m.alertId, actor, { ...input, mayViewOriginal: await mayViewAlert(veille, deps.slack.isMember, input.duplicateOf, actor.user) }),
  );
}

/** Who may still read an alert whose verification changes its category (asked of Slack before the transaction). */
async function viewersIfRecategorised(deps: ListenerDeps, alertId: number, category: CategoryId | null): Promise<Set<string> | undefined> {
  const alert = getAlert(deps.veille.db, alertId);
  const draft = alert && reclassifiedByVerification(alert, category, deps.veille.intake);
  if (!alert || !draft) return undefined;
  return viewersAfter(deps.veille, deps.slack.isMember, alert, draft, routesOfDraft(deps.veille, draft));
}
