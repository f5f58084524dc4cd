import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { JSONSchema } from 'zod/v4/core';
import { ApiError } from './errors.js';

/**
 * The OpenAPI 3.1 document in src/api/openapi.json is the contract: it is served as is, request
 * bodies are validated against its schemas (so the server cannot accept what the document refuses),
 * the typed client's types are generated from it, and the tests check every answer against it.
 */
const DOCUMENT_PATH = join(dirname(fileURLToPath(import.meta.url)), 'openapi.json');
export const documentText = readFileSync(DOCUMENT_PATH, 'utf8');

interface OpenApiDocument {
  components: { schemas: Record<string, unknown> };
}
const openApiDocument = JSON.parse(documentText) as OpenApiDocument;

// JSON Schema 2020-12 keeps local definitions in $defs: the document's components, re-pointed.
const defs = JSON.parse(JSON.stringify(openApiDocument.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, JSONSchema.JSONSchema>;
const built = new Map<string, z.ZodType>();

/** A component schema of the document as a zod schema. */
function componentSchema(name: string): z.ZodType {
  let schema = built.get(name);
  if (!schema) {
    if (!(name in defs)) throw new Error(`no schema ${name} in the OpenAPI document`);
    schema = z.fromJSONSchema({ $defs: defs, $ref: `#/$defs/${name}` });
    built.set(name, schema);
  }
  return schema;
}

/** Validates a body against a component schema; the first issue becomes a 422 naming the field. */
export function validateBody<T>(name: string, value: unknown): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(422, 'invalid', 'The body must be a JSON object (the fields of an alert).');
  }
  const parsed = componentSchema(name).safeParse(value);
  if (parsed.success) return value as T;
  throw issueError(parsed.error.issues[0]!);
}

function issueError(issue: z.core.$ZodIssue): ApiError {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const field = [path, issue.keys[0]].filter(Boolean).join('.');
    return new ApiError(422, 'unknown_field', `Unknown field "${field}".`, field);
  }
  return new ApiError(422, 'invalid', `${path || 'body'}: ${describe(issue)}`, path);
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}`;
    case 'invalid_union': {
      // "a whole number or null": what each branch wanted, in the document's words.
      const wanted = issue.errors.map((branch) => (branch[0] ? describe(branch[0]) : 'another value').replace(/^expected /, ''));
      return `expected ${[...new Set(wanted)].join(' or ')}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? `at least ${issue.minimum} character(s)` : `at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `at most ${issue.maximum} characters` : `at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}
