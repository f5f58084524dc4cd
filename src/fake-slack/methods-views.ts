/**
 * views.* — modals need a fresh trigger_id (issued by the driver, valid 3 s on the fake's clock,
 * usable once); Home tabs are published per user. Every view is checked against Block Kit limits.
 */
import { type MethodContext, type MethodHandler, SlackApiError, assertBlockKit, requireArgs, stringArg } from './method-support.js';
import { publicView } from './present.js';
import type { Trigger } from './state.js';
import type { Json, StoredView } from './types.js';
import { MAX_MODAL_STACK, pushView, replaceView, toStoredView } from './view-lifecycle.js';

function useTrigger({ state }: MethodContext, triggerId: string): Trigger {
  const trigger = state.triggers.get(triggerId);
  if (!trigger) throw new SlackApiError('invalid_trigger_id');
  if (state.now() > trigger.expiresAt) throw new SlackApiError('expired_trigger_id');
  if (trigger.used) throw new SlackApiError('exchanged_trigger_id');
  trigger.used = true;
  return trigger;
}

function viewArg(method: string, args: Json): Json {
  requireArgs(method, args, 'view');
  if (typeof args.view !== 'object' || args.view === null || Array.isArray(args.view)) {
    throw new SlackApiError('invalid_arguments', [`${method}: view must be a JSON object`]);
  }
  return args.view as Json;
}

/** Slack refuses a second live view with the same external_id. */
function assertExternalIdFree(ctx: MethodContext, view: Json, except?: StoredView): void {
  const externalId = view.external_id;
  if (typeof externalId !== 'string' || externalId === '') return;
  const clash = ctx.state.findView((v) => v.external_id === externalId && v !== except);
  if (clash) throw new SlackApiError('duplicate_external_id');
}

const open: MethodHandler = (ctx, args) => {
  const view = viewArg('views.open', args);
  assertBlockKit('views.open', 'modal', view);
  const trigger = useTrigger(ctx, stringArg(args, 'trigger_id'));
  assertExternalIdFree(ctx, view);
  // A new modal replaces whatever modal the user had open.
  ctx.state.modalStack(trigger.user).length = 0;
  return { view: publicView(pushView(ctx.state, trigger.user, view)) };
};

const push: MethodHandler = (ctx, args) => {
  const view = viewArg('views.push', args);
  assertBlockKit('views.push', 'modal', view);
  const trigger = useTrigger(ctx, stringArg(args, 'trigger_id'));
  if (ctx.state.modalStack(trigger.user).length >= MAX_MODAL_STACK) throw new SlackApiError('push_limit_reached');
  assertExternalIdFree(ctx, view);
  return { view: publicView(pushView(ctx.state, trigger.user, view)) };
};

const update: MethodHandler = (ctx, args) => {
  const view = viewArg('views.update', args);
  const viewId = stringArg(args, 'view_id');
  const externalId = stringArg(args, 'external_id');
  if (!viewId && !externalId) {
    throw new SlackApiError('invalid_arguments', ['views.update: pass "view_id" or "external_id"']);
  }
  const found = ctx.state.findView((v) => (viewId ? v.id === viewId : v.external_id === externalId));
  if (!found) throw new SlackApiError('not_found');
  assertBlockKit('views.update', found.view.type, view);
  const hash = stringArg(args, 'hash');
  if (hash && hash !== found.view.hash) throw new SlackApiError('hash_conflict');
  assertExternalIdFree(ctx, view, found.view);
  return { view: publicView(replaceView(ctx.state, found.view, view)) };
};

const publish: MethodHandler = (ctx, args) => {
  const { state } = ctx;
  const view = viewArg('views.publish', args);
  assertBlockKit('views.publish', 'home', view);
  const userId = stringArg(args, 'user_id');
  if (!state.users.has(userId)) throw new SlackApiError('user_not_found');
  const current = state.homes.get(userId);
  const hash = stringArg(args, 'hash');
  if (hash && current && hash !== current.hash) throw new SlackApiError('hash_conflict');
  const stored = current ? replaceView(state, current, view) : toStoredView(state, userId, view, 'home');
  state.homes.set(userId, stored);
  return { view: publicView(stored) };
};

export const viewMethods: Record<string, MethodHandler> = {
  'views.open': open,
  'views.push': push,
  'views.update': update,
  'views.publish': publish,
};
