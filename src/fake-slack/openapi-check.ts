/**
 * Checks each Web API call against Slack's published OpenAPI description (reference/slack-web-api):
 * the method must exist and every argument it marks required must be present. This catches typos
 * in method names and forgotten arguments that a hand-written fake would happily accept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Methods newer than the published description (2019-ish), accepted without checking arguments. */
const METHODS_NEWER_THAN_DESCRIPTION: readonly string[] = [
  'files.getUploadURLExternal',
  'files.completeUploadExternal',
  'chat.startStream',
  'chat.appendStream',
  'chat.stopStream',
  'conversations.requestSharedInvite.approve',
];

interface Parameter {
  name: string;
  required?: boolean;
}

/** Method name → names of its required arguments (token excluded: it travels in the header). */
type MethodTable = ReadonlyMap<string, readonly string[]>;

const loaded = new Map<string, MethodTable>();

/** The repository root: the nearest folder above this file holding a package.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('fake-slack: no package.json above openapi-check.ts');
    dir = parent;
  }
  return dir;
}

function defaultOpenApiPath(): string {
  return resolve(repoRoot(), '..', 'shared', 'reference', 'slack-web-api', 'slack_web_openapi_v2.json');
}

/** Reads the description once per path; later fakes in the same process reuse the table. */
function loadMethodTable(path: string = defaultOpenApiPath()): MethodTable {
  const cached = loaded.get(path);
  if (cached) return cached;
  const spec = JSON.parse(readFileSync(path, 'utf8')) as { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };
  const table = new Map<string, string[]>();
  for (const [route, operations] of Object.entries(spec.paths)) {
    const required = new Set<string>();
    for (const operation of Object.values(operations)) {
      for (const p of operation.parameters ?? []) if (p.required === true && p.name !== 'token') required.add(p.name);
    }
    table.set(route.replace(/^\//, ''), [...required]);
  }
  loaded.set(path, table);
  return table;
}

export interface OpenApiChecker {
  /** Violations for this call; empty when the call is well-formed. */
  check(method: string, args: Record<string, unknown>): string[];
  knows(method: string): boolean;
}

export function createOpenApiChecker(options: { path?: string; extraMethods?: readonly string[] } = {}): OpenApiChecker {
  const table = loadMethodTable(options.path);
  const extra = new Set([...METHODS_NEWER_THAN_DESCRIPTION, ...(options.extraMethods ?? [])]);
  return {
    knows: (method) => table.has(method) || extra.has(method),
    check(method, args) {
      if (extra.has(method)) return [];
      const required = table.get(method);
      if (!required) return [`${method}: no such method in Slack's Web API description`];
      return required.filter((name) => isMissing(args[name])).map((name) => `${method}: required argument "${name}" is missing`);
    },
  };
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
