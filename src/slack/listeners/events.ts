import type { Listeners } from '../listener-router.js';
import { renderHome } from '../views/home.js';
import type { ListenerDeps } from './deps.js';

/** App Home: what the user reported and what is open, refreshed each time the tab opens. */
export function register(app: Listeners, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const view = await renderHome(deps.veille, event.user, deps.slack);
    await client.views.publish({ user_id: event.user, view: view });
  });
}
