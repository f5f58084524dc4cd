/**
 * Shapes shared by the fake Slack: what it is configured with, what it stores, what it records.
 * Stored objects mirror Slack's own JSON (snake_case) so the driver can send them back to the app
 * exactly as Slack would, and tests can compare them with what the app sent.
 */

export type Json = Record<string, unknown>;

export interface FakeUserInit {
  id: string;
  name: string;
  real_name?: string;
  tz?: string;
  /** The user's Slack language (`fr-FR`, `en-US`), returned by users.info when asked with include_locale. */
  locale?: string;
  is_bot?: boolean;
}

export interface FakeChannelInit {
  id: string;
  name: string;
  is_private?: boolean;
  /** Human members; defaults to every workspace user, so ephemerals just work in simple tests. */
  members?: string[];
  /** The bot joins every configured channel unless this is false. */
  botMember?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  is_private: boolean;
  is_im: boolean;
  is_mpim: boolean;
  /** For a DM: the human on the other side. */
  user?: string;
  members: Set<string>;
}

export interface StoredMessage {
  type: 'message';
  channel: string;
  ts: string;
  /** Author: the bot user for app posts, a human for messages added with `addUserMessage`. */
  user: string;
  bot_id?: string;
  app_id?: string;
  text: string;
  blocks?: Json[];
  attachments?: Json[];
  metadata?: Json;
  /** Files shared with the message (files.completeUploadExternal), as Slack describes them. */
  files?: Json[];
  upload?: boolean;
  thread_ts?: string;
  reply_broadcast?: boolean;
  edited?: { user: string; ts: string };
  /** Thread replies, oldest first; always empty on a reply itself. */
  replies: StoredMessage[];
}

export interface StoredEphemeral {
  channel: string;
  user: string;
  ts: string;
  text: string;
  blocks?: Json[];
  attachments?: Json[];
  thread_ts?: string;
  /** How it got there: the Web API method or a post to a response_url. */
  via: 'chat.postEphemeral' | 'response_url' | 'ack';
  edited?: boolean;
}

export interface StoredView extends Json {
  id: string;
  type: 'modal' | 'home';
  /** Whose screen it is on. */
  user: string;
  team_id: string;
  app_id: string;
  bot_id: string;
  callback_id: string;
  private_metadata: string;
  external_id: string;
  hash: string;
  root_view_id: string;
  previous_view_id: string | null;
  blocks: Json[];
  state: { values: Record<string, Record<string, Json>> };
}

/** What the app posted to a response_url the driver handed it. */
export interface ResponseRecord {
  id: string;
  url: string;
  user: string;
  channel: string;
  at: number;
  body: Json;
  response_type: 'ephemeral' | 'in_channel';
  replace_original: boolean;
  delete_original: boolean;
}

/** Context a response_url was issued in, so replace_original / delete_original know their target. */
export interface ResponseUrlContext {
  user: string;
  channel: string;
  /** The message the interaction came from, if any. */
  messageTs?: string;
  /** True when that message is an ephemeral (replace/delete then act on the ephemeral). */
  ephemeral?: boolean;
}

export interface CallRecord {
  method: string;
  /** Arguments as the app meant them: JSON-encoded fields parsed back, token removed. */
  args: Json;
  at: number;
  ok: boolean;
  error?: string;
  /** HTTP status the fake answered with (200 unless a fault said otherwise). */
  httpStatus: number;
}

export type Fault =
  | { error: string }
  | { rateLimited: number }
  | { httpStatus: number }
  | { delayMs: number };

export interface FakeSlackOptions {
  botToken: string;
  botUserId?: string;
  botName?: string;
  botId?: string;
  teamId?: string;
  teamDomain?: string;
  apiAppId?: string;
  users: FakeUserInit[];
  channels: FakeChannelInit[];
  /** Milliseconds since the epoch; drives ts values, trigger expiry and call times. */
  now?: () => number;
  /** Override the location of Slack's OpenAPI description. */
  openApiPath?: string;
  /** Methods to accept although the OpenAPI description predates them. */
  extraMethods?: string[];
  /** Let the bot post to public channels it has not joined (the chat:write.public scope). */
  chatWritePublic?: boolean;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** An app-level token (xapp-…): turns on Socket Mode (apps.connections.open and its WebSocket). */
  appToken?: string;
}

/** A file uploaded through files.getUploadURLExternal: its bytes once POSTed, its shares once completed. */
export interface StoredFile {
  id: string;
  name: string;
  title: string;
  /** Declared in files.getUploadURLExternal; the upload must match it. */
  length: number;
  alt_txt?: string;
  mimetype: string;
  created: number;
  /** Base64 of the uploaded bytes (kept as text so snapshots stay JSON); absent until uploaded. */
  content?: string;
  width?: number;
  height?: number;
  /** Channel id → the ts of each message sharing it. */
  shares: Record<string, string[]>;
}
