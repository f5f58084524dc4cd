/**
 * What every Web API method handler shares: Slack's error type, the handler signature and
 * argument helpers. Kept apart from the registry (methods.ts) so handler files can import it
 * without an import cycle.
 */
import { checkBlockKit, type Surface } from './block-kit-limits.js';
import { asString } from './form.js';
import type { SlackState } from './state.js';
import type { Json } from './types.js';

export class SlackApiError extends Error {
  constructor(
    readonly code: string,
    /** App mistakes worth failing a test for (missing arguments, broken Block Kit). */
    readonly violations: string[] = [],
    readonly extra: Json = {},
  ) {
    super(code);
    this.name = 'SlackApiError';
  }
}

export interface MethodContext {
  state: SlackState;
}

export type MethodHandler = (ctx: MethodContext, args: Json) => Json;

/** Arguments Slack needs although the OpenAPI description does not mark them required. */
export function requireArgs(method: string, args: Json, ...names: string[]): void {
  const missing = names.filter((name) => args[name] === undefined || args[name] === null || args[name] === '');
  if (missing.length > 0) {
    throw new SlackApiError('invalid_arguments', missing.map((name) => `${method}: required argument "${name}" is missing`));
  }
}

export function stringArg(args: Json, name: string): string {
  return asString(args[name]) ?? '';
}

/** Slack rejects the whole payload and explains in response_metadata.messages. */
export function assertBlockKit(method: string, surface: Surface, payload: unknown): void {
  const problems = checkBlockKit(surface, payload);
  if (problems.length === 0) return;
  throw new SlackApiError(
    'invalid_blocks',
    problems.map((p) => `${method}: ${p}`),
    { response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } },
  );
}
