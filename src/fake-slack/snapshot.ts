/**
 * The lasting part of the fake workspace as plain JSON — channels and their members, messages and
 * threads, ephemerals, Home tabs — so the playground keeps its workspace across restarts beside the
 * app's database. Triggers, response URLs and open modals are short-lived in Slack too: not kept.
 */
import type { SlackState } from './state.js';
import type { StoredEphemeral, StoredFile, StoredMessage, StoredView } from './types.js';

export interface WorkspaceSnapshot {
  version: 1;
  channels: Array<{ id: string; name: string; is_private: boolean; is_im: boolean; is_mpim: boolean; user?: string; members: string[] }>;
  messages: Record<string, StoredMessage[]>;
  ephemerals: StoredEphemeral[];
  homes: Record<string, StoredView>;
  /** Uploaded files (digest charts); absent in snapshots from before uploads. */
  files?: StoredFile[];
  lastMicros: number;
  counter: number;
}

export function takeSnapshot(state: SlackState): WorkspaceSnapshot {
  return {
    version: 1,
    channels: [...state.channels.values()].map((c) => ({ ...c, members: [...c.members] })),
    messages: Object.fromEntries(state.messages),
    ephemerals: state.ephemerals,
    homes: Object.fromEntries(state.homes),
    files: [...state.files.values()],
    lastMicros: state.lastMicros,
    counter: state.counter,
  };
}

/**
 * Puts a snapshot back over the configured workspace. Users and channels come from the
 * configuration (DMs from the snapshot); messages of channels it no longer has are dropped.
 */
export function restoreSnapshot(state: SlackState, snapshot: WorkspaceSnapshot): void {
  if (snapshot.version !== 1) throw new Error(`fake-slack: unknown snapshot version ${String(snapshot.version)}`);
  state.reset();
  // Configured channels keep the configured members: who may read a restricted channel is the
  // configuration's word, never an old snapshot's.
  for (const channel of snapshot.channels) {
    if (!channel.is_im && !channel.is_mpim) continue;
    const members = new Set(channel.members.filter((m) => state.users.has(m) || m === state.config.botUserId));
    state.channels.set(channel.id, { ...channel, members });
  }
  for (const [channel, list] of Object.entries(snapshot.messages)) {
    if (state.channels.has(channel)) state.messages.set(channel, list);
  }
  state.ephemerals = snapshot.ephemerals.filter((e) => state.channels.has(e.channel) && state.users.has(e.user));
  for (const [user, view] of Object.entries(snapshot.homes)) if (state.users.has(user)) state.homes.set(user, view);
  for (const file of snapshot.files ?? []) state.files.set(file.id, file);
  state.lastMicros = Math.max(state.lastMicros, snapshot.lastMicros);
  state.counter = Math.max(state.counter, snapshot.counter);
}
