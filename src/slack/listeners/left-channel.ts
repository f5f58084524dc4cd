import type { Listeners } from '../listener-router.js';
import { releaseWhoLeft } from '../../alerts/left-channel.js';
import { redrawHomes } from '../home-refresh.js';
import type { ListenerDeps } from './deps.js';

/**
 * Someone left (or was removed from) a channel. Membership of a restricted section's channel is what
 * grants a restricted alert's details: what Veille remembers of that channel's members is dropped,
 * and whoever worked one of its alerts without being in another section holding it is released
 * (src/alerts/left-channel.ts), their App Home drawn again at once.
 */
export function register(app: Listeners, deps: ListenerDeps): void {
  app.event('member_left_channel', async ({ event, client }) => {
    const { veille } = deps;
    if (!veille.mission.sections.some((s) => s.restricted && s.channel === event.channel)) return;
    deps.membership.forget(event.channel);
    const releasedFrom = await releaseWhoLeft(veille, deps.slack.isMember, event.channel, event.user);
    if (releasedFrom.length === 0) return;
    void deps.sender.kick();
    await redrawHomes(veille, deps.slack, client, new Set([event.user]), new Set());
  });
}
