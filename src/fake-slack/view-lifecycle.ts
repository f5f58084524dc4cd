/**
 * How views live and die on a user's screen: created from the app's payload, replaced, pushed
 * onto the modal stack (three deep at most), closed, and what the app's acknowledgement of a
 * view_submission does to the stack (`response_action` errors / update / push / clear).
 */
import { withGeneratedIds } from './block-ids.js';
import { checkBlockKit } from './block-kit-limits.js';
import { isTrue } from './form.js';
import type { SlackState } from './state.js';
import type { Json, StoredView } from './types.js';

export const MAX_MODAL_STACK = 3;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A hash like Slack's ("1586537264.a56yT6r6"): views.update with a stale hash is refused. */
function newHash(state: SlackState): string {
  return `${Math.floor(state.now() / 1000)}.${state.nextId('h')}`;
}

export interface ViewLinks {
  id?: string;
  rootViewId?: string;
  previousViewId?: string | null;
  state?: StoredView['state'];
}

export function toStoredView(state: SlackState, user: string, payload: Json, type: 'modal' | 'home', links: ViewLinks = {}): StoredView {
  const id = links.id ?? state.nextId('V');
  return {
    ...payload,
    id,
    type,
    user,
    team_id: state.config.teamId,
    app_id: state.config.apiAppId,
    app_installed_team_id: state.config.teamId,
    bot_id: state.config.botId,
    callback_id: text(payload.callback_id),
    private_metadata: text(payload.private_metadata),
    external_id: text(payload.external_id),
    clear_on_close: isTrue(payload.clear_on_close),
    notify_on_close: isTrue(payload.notify_on_close),
    hash: newHash(state),
    root_view_id: links.rootViewId ?? id,
    previous_view_id: links.previousViewId ?? null,
    blocks: withGeneratedIds(payload.blocks) ?? [],
    state: links.state ?? { values: {} },
  };
}

/** New content for an existing view: identity, position in the stack and typed-in state survive. */
export function replaceView(state: SlackState, current: StoredView, payload: Json): StoredView {
  const next = toStoredView(state, current.user, payload, current.type, {
    id: current.id,
    rootViewId: current.root_view_id,
    previousViewId: current.previous_view_id,
    state: current.state,
  });
  for (const key of Object.keys(current)) delete current[key];
  return Object.assign(current, next);
}

export function pushView(state: SlackState, user: string, payload: Json): StoredView {
  const stack = state.modalStack(user);
  const top = stack[stack.length - 1];
  const view = toStoredView(state, user, payload, 'modal', {
    rootViewId: top?.root_view_id,
    previousViewId: top?.id ?? null,
  });
  stack.push(view);
  return view;
}

/** Closing a view drops it and everything pushed above it. */
export function closeView(state: SlackState, user: string, viewId: string): void {
  const stack = state.modalStack(user);
  const index = stack.findIndex((v) => v.id === viewId);
  if (index >= 0) stack.splice(index);
}

function clearModals(state: SlackState, user: string): void {
  state.modalStack(user).length = 0;
}

export interface ViewAckOutcome {
  responseAction: 'close' | 'errors' | 'update' | 'push' | 'clear';
  errors?: Record<string, string>;
  /** Block Kit problems in a view the ack carried; the view is then left as it was. */
  violations: string[];
}

/**
 * What Slack does with the app's acknowledgement of a view_submission: an empty ack closes the
 * submitted view; `errors` keeps it open; `update` / `push` / `clear` change the stack.
 */
export function applyViewAck(state: SlackState, user: string, viewId: string, ack: unknown): ViewAckOutcome {
  const body = typeof ack === 'object' && ack !== null ? (ack as Json) : {};
  const action = body.response_action;
  const stack = state.modalStack(user);
  const current = stack.find((v) => v.id === viewId);
  if (action === 'errors') return { responseAction: 'errors', errors: (body.errors ?? {}) as Record<string, string>, violations: [] };
  if (action === 'clear') {
    clearModals(state, user);
    return { responseAction: 'clear', violations: [] };
  }
  if (action === 'update' || action === 'push') {
    const violations = checkBlockKit('modal', body.view).map((v) => `view_submission ack (${action}): ${v}`);
    if (stack.length >= MAX_MODAL_STACK && action === 'push') violations.push('view_submission ack (push): the modal stack already holds 3 views');
    if (violations.length > 0) return { responseAction: action, violations };
    const view = body.view as Json;
    if (action === 'update' && current) replaceView(state, current, view);
    else pushView(state, user, view);
    return { responseAction: action, violations: [] };
  }
  closeView(state, user, viewId);
  return { responseAction: 'close', violations: [] };
}
