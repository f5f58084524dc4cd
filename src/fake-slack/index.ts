/**
 * The fake Slack: FakeSlack is the Web API the app calls; SlackDriver is Slack calling the app.
 * No Bolt here — this is the other side of the wire.
 */
export { FakeSlack, RESPONSE_URL_METHOD } from './web-api.js';
export { FakeWorkspace } from './workspace.js';
export { SlackDriver } from './driver.js';
export type { AppResponse, Forgery, InteractionResult, SendOptions, SentRequest, SlackDriverOptions, ViewSubmissionResult } from './driver.js';
export type { ActionInput } from './driver-payloads.js';
export { VERIFICATION_TOKEN } from './driver-payloads.js';
export type { EnteredValue } from './view-state.js';
export type { ViewAckOutcome } from './view-lifecycle.js';
export { checkBlockKit } from './block-kit-limits.js';
export type { Surface } from './block-kit-limits.js';
export { signRequest } from './signing.js';
export type { SlackSignatureHeaders } from './signing.js';
export { createOpenApiChecker, defaultOpenApiPath, METHODS_NEWER_THAN_DESCRIPTION } from './openapi-check.js';
export { TRIGGER_LIFETIME_MS } from './state.js';
export type {
  CallRecord,
  Fault,
  FakeChannelInit,
  FakeSlackOptions,
  FakeUserInit,
  Json,
  ResponseRecord,
  ResponseUrlContext,
  StoredEphemeral,
  StoredMessage,
  StoredView,
} from './types.js';
export { exampleWorkspace, PEOPLE, GENERAL_CHANNEL } from './example-workspace.js';
export type { WorkspaceSnapshot } from './snapshot.js';
export type { ConversationKind, SeenConversation, SeenEphemeral, SeenMessage, SeenPerson, UserView } from './user-view.js';
export { FakeSocketMode } from './socket-mode.js';
export type { EnvelopeType, SocketAck } from './socket-mode.js';
