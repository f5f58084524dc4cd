/**
 * The fake Slack: FakeSlack is the Web API the app calls; SlackDriver is Slack calling the app.
 * No Bolt here — this is the other side of the wire.
 */
export { FakeSlack } from './web-api.js';
export { SlackDriver } from './driver.js';
export type { AppResponse, Forgery, SentRequest } from './driver.js';
export type { EnteredValue } from './view-state.js';
export { checkBlockKit } from './block-kit-limits.js';
export { signRequest } from './signing.js';
export { TRIGGER_LIFETIME_MS } from './state.js';
export type { Fault, Json, StoredMessage, StoredView } from './types.js';
export { exampleWorkspace, PEOPLE, GENERAL_CHANNEL } from './example-workspace.js';
export type { WorkspaceSnapshot } from './snapshot.js';
export type { UserView } from './user-view.js';
