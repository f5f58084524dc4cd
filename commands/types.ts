import type { ModalView } from '@slack/types';
import type { Veille } from '../src/context.js';
import type { Language } from '../src/domain/taxonomy.js';
import type { SlackMessage } from '../src/slack/views/card.js';

/** What a command handler is given: the request as Slack sent it, already verified. */
export interface CommandInput {
  text: string;
  userId: string;
  channelId: string;
  triggerId: string;
}

/** The few Slack abilities handlers need, so tests can build their arguments by hand. */
interface SlackPort {
  openModal(triggerId: string, view: ModalView): Promise<void>;
  /**
   * Is the user in the channel? (membership of restricted section channels grants restricted details)
   * `windowEnd`: the request's window (src/slack/slack-window.ts); listeners bind it with `forRequest`.
   */
  isMember(channel: string, user: string, windowEnd?: number): Promise<boolean>;
  /** The user's Slack language, if Veille writes it (users.info locale, cached); absent or null: unknown. */
  languageOf?(user: string, windowEnd?: number): Promise<Language | null>;
}

export interface CommandDeps {
  veille: Veille;
  slack: SlackPort;
}

/**
 * A private answer (sent with the acknowledgement), or a modal to open. `answered` is called once
 * the acknowledgement has gone out (it drops the notice held back in case it did not).
 */
export type CommandReply = { kind: 'reply'; message: SlackMessage; answered?: () => void } | { kind: 'modal'; view: ModalView };

export interface Subcommand {
  name: string;
  /** Other words that name it, e.g. French. */
  aliases: string[];
  usage: string;
  summary: string;
  examples: string[];
  /**
   * The exact form of the subcommand. Only text matching it is this subcommand: "update on the
   * situation in Beni…" does not match `update <ref> <text>` and stays a quick report.
   */
  pattern: RegExp;
  run(match: RegExpExecArray, input: CommandInput, deps: CommandDeps): Promise<CommandReply> | CommandReply;
}

export interface SlashCommandDefinition {
  command: string;
  description: string;
  usageHint: string;
  shouldEscape: boolean;
  subcommands: Subcommand[];
  /** Text that is no subcommand. */
  fallback(input: CommandInput, deps: CommandDeps): Promise<CommandReply> | CommandReply;
}

export interface ShortcutDefinition {
  type: 'message' | 'global';
  callbackId: string;
  name: string;
  description: string;
}

export function reply(message: SlackMessage, answered?: () => void): CommandReply {
  return { kind: 'reply', message, ...(answered && { answered }) };
}
