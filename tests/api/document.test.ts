import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/domain/alert.js';
import { CATEGORY_IDS, PRIORITIES, SOURCE_TYPES } from '../../src/domain/taxonomy.js';
import { doc } from './contract.js';
import { useApi } from './setup.js';

describe('the OpenAPI document', () => {
  it('is what the typed client was generated from (run npm run api:types after editing it)', async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(new URL('../../src/api/openapi.json', import.meta.url)));
    expect(readFileSync('src/api/schema.d.ts', 'utf8')).toBe(generated);
  });

  it('lists the taxonomy ids and statuses of the code', () => {
    const schemas = doc.components.schemas as Record<string, { enum?: string[] }>;
    expect(schemas.Category!.enum).toEqual([...CATEGORY_IDS]);
    expect(schemas.Priority!.enum).toEqual([...PRIORITIES]);
    expect(schemas.SourceType!.enum).toEqual([...SOURCE_TYPES]);
    expect(schemas.Status!.enum).toEqual([...STATUSES]);
  });
});

describe('the server and the document', () => {
  const api = useApi();

  it('documents only endpoints the server has: each answers, without a token, 401 (or 200 for the document)', async () => {
    const { baseUrl, fetch } = api();
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        const path = template.replace('{ref}', 'A-1').replace('{section}', 'poc');
        const response = await fetch(new Request(`${baseUrl}${path}`, { method: method.toUpperCase() }));
        expect(response.status, `${method} ${template}`).toBe(template.endsWith('openapi.json') ? 200 : 401);
      }
    }
  });
});
