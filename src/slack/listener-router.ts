import type { App, Middleware, SlackAction, SlackActionMiddlewareArgs, SlackViewAction, SlackViewMiddlewareArgs } from '@slack/bolt';

/**
 * Where Veille's listeners are registered. Bolt runs the middleware of every listener it holds for
 * every request (a spread of the request's arguments and two promises each, to find that a slash
 * command is not a click): with a Bolt listener per button and per form, that was more CPU per
 * `/alert` than storing the report's audit event. So buttons and forms are registered here by their
 * id, and Bolt holds one listener for all the buttons and one for all the forms, which hands each
 * request to the one registered for its id. Matching is Bolt's: a button by its `action_id` (or a
 * pattern of it), a form's submission by its view's `callback_id`. Commands, events and shortcuts (one
 * listener each) go to Bolt as they are.
 */
export interface Listeners {
  action<Action extends SlackAction = SlackAction>(actionId: string | RegExp, listener: Middleware<SlackActionMiddlewareArgs<Action>>): void;
  view<ViewAction extends SlackViewAction = SlackViewAction>(callbackId: string, listener: Middleware<SlackViewMiddlewareArgs<ViewAction>>): void;
  command: App['command'];
  event: App['event'];
  shortcut: App['shortcut'];
}

type ActionListener = Middleware<SlackActionMiddlewareArgs>;
type ViewListener = Middleware<SlackViewMiddlewareArgs>;

export function listenerRouter(app: App): Listeners {
  const actions = new Map<string, ActionListener>();
  const patterns: Array<[RegExp, ActionListener]> = [];
  const views = new Map<string, ViewListener>();
  // `{}`: every action (Bolt's onlyActions still applies); the id is matched below.
  app.action({}, async (args) => {
    const id = (args.payload as { action_id?: unknown }).action_id;
    if (typeof id !== 'string') return;
    const listener = actions.get(id);
    if (listener) return listener(args);
    for (const [pattern, byPattern] of patterns) {
      const matches = id.match(pattern);
      if (!matches) continue;
      args.context.actionIdMatches = matches; // as Bolt gives a listener registered by pattern
      return byPattern(args);
    }
  });
  // A string callback_id in Bolt means a view_submission with that callback_id.
  app.view({ type: 'view_submission' }, async (args) => {
    const listener = views.get(args.view.callback_id);
    if (listener) await listener(args);
  });
  // One listener per request: Bolt would run two registered for the same id both; nothing here does that.
  const add = <T>(map: Map<string, T>, id: string, listener: T) => {
    if (map.has(id) || (map === actions && patterns.some(([pattern]) => pattern.test(id)))) throw new Error(`two listeners for ${id}`);
    map.set(id, listener);
  };
  return {
    action: (actionId, listener) => {
      if (typeof actionId === 'string') return add(actions, actionId, listener as unknown as ActionListener);
      if ([...actions.keys()].some((id) => actionId.test(id))) throw new Error(`two listeners for ${actionId}`);
      patterns.push([actionId, listener as unknown as ActionListener]);
    },
    view: (callbackId, listener) => add(views, callbackId, listener as unknown as ViewListener),
    command: app.command.bind(app),
    event: app.event.bind(app),
    shortcut: app.shortcut.bind(app),
  };
}
