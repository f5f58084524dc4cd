import type { WebClient } from '@slack/web-api';
import { peopleReached } from '../alerts/restriction.js';
import type { Veille } from '../context.js';
import type { Alert } from '../domain/alert.js';
import { renderHome, type HomeSlack } from './views/home.js';

/**
 * An open App Home tab shows what Veille published last. When an alert is restricted after it went
 * out (Edit, Verify, a one-tap category), those it reached who may no longer read it must not keep
 * it there: their Home is drawn again. `reached`: taken before the change (its owners are released by it).
 */
export function reachedBefore(veille: Veille, alert: Alert | null, restricts: boolean): Set<string> {
  return alert && restricts ? peopleReached(veille.db, alert) : new Set<string>();
}

export async function redrawHomes(veille: Veille, slack: HomeSlack, client: WebClient, reached: ReadonlySet<string>, viewers: ReadonlySet<string>): Promise<void> {
  for (const person of reached) {
    if (viewers.has(person)) continue;
    await renderHome(veille, person, slack)
      .then((view) => client.views.publish({ user_id: person, view: view as never }))
      .catch((error: unknown) => veille.log.warn('home not refreshed', { error: (error as { code?: string }).code ?? 'unknown' }));
  }
}
