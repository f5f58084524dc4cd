import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type VeilleClient = Client<paths>;

/**
 * The typed client of the integration API: request and answer types come from the OpenAPI
 * document (src/api/schema.d.ts, made by `npm run api:types`), so a call the document does not
 * allow does not compile.
 */
export function createVeilleClient(options: { baseUrl: string; token?: string; fetch?: (request: Request) => Promise<Response> }): VeilleClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
