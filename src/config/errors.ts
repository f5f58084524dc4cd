import type { z } from 'zod';

/** A configuration problem that stops start-up: one message naming the file, the field and what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly field: ReadonlyArray<PropertyKey> | null,
    readonly expected: string,
  ) {
    super(field && field.length > 0 ? `${file}: ${formatPath(field)}: ${expected}` : `${file}: ${expected}`);
    this.name = 'ConfigError';
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

export function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type') {
    if (!issue.message.startsWith('Invalid input')) return issue.message; // a message written for this field
    if (!('input' in issue)) return `expected ${issue.expected}`;
    const input = (issue as { input?: unknown }).input;
    return `expected ${issue.expected} (${input === undefined ? 'missing' : `got ${Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input}`})`;
  }
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_format' || issue.code === 'custom') return `expected ${issue.message}`.replace(/^expected (no |duplicate )/, '$1');
  return issue.message;
}
