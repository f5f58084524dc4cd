import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Checks answers against the OpenAPI document: the operation must be documented, the status must be
 * one of its responses, the content type the documented one, and a JSON body must satisfy the
 * response schema (converted with zod's fromJSONSchema). So the document cannot drift from the server.
 */

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

export const doc = JSON.parse(readFileSync('src/api/openapi.json', 'utf8')) as Doc;
const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, unknown>;

const built = new Map<string, z.ZodType>();

function schemaFor(schema: unknown): z.ZodType {
  const key = JSON.stringify(schema);
  let zod = built.get(key);
  if (!zod) {
    const repointed = JSON.parse(key.replaceAll('#/components/schemas/', '#/$defs/')) as object;
    zod = z.fromJSONSchema({ $defs: defs, ...repointed } as never);
    built.set(key, zod);
  }
  return zod;
}

function operationFor(method: string, pathname: string): { template: string; operation: Operation } | null {
  for (const [template, item] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
    const operation = item[method.toLowerCase()];
    if (pattern.test(pathname) && operation) return { template, operation };
  }
  return null;
}

/** Problems with one answer, [] when it matches the document. */
async function contractProblems(method: string, url: string, response: Response): Promise<string[]> {
  const { pathname } = new URL(url);
  const where = `${method} ${pathname} → ${response.status}`;
  const found = operationFor(method, pathname);
  if (!found) return [`${where}: operation not in the document`];
  const documented = found.operation.responses[String(response.status)];
  if (!documented) return [`${where}: status not documented for ${found.template}`];
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const media = documented.content?.[type];
  if (!media) return [`${where}: content type "${type}" not documented (${Object.keys(documented.content ?? {}).join(', ')})`];
  if (type !== 'application/json') return [];
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`${where}: body is not JSON`];
  }
  const result = schemaFor(media.schema).safeParse(body);
  return result.success ? [] : [`${where}: ${JSON.stringify(result.error.issues).slice(0, 1500)}`];
}

/** The Error schema, for answers outside any documented operation (unknown paths, 405). */
export function isErrorBody(body: unknown): boolean {
  return schemaFor({ $ref: '#/components/schemas/Error' }).safeParse(body).success;
}

/** A fetch that checks every answer against the document and keeps what it found wrong. */
export function checkedFetch(problems: string[]): (input: Request) => Promise<Response> {
  return async (request: Request) => {
    const response = await fetch(request);
    problems.push(...(await contractProblems(request.method, request.url, response.clone())));
    return response;
  };
}
