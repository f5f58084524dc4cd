import { afterEach, beforeEach, expect } from 'vitest';
import { createVeilleClient, type VeilleClient } from '../../src/api/client.js';
import { createToken, type Scope } from '../../src/api/tokens.js';
import { startVeille, type Running } from '../integration/harness.js';
import { checkedFetch } from './contract.js';

/** The real app with tokens of each kind and typed clients whose every answer is checked against the document. */
export interface ApiWorld {
  veille: Running;
  baseUrl: string;
  problems: string[];
  fetch: (request: Request) => Promise<Response>;
  /** A typed client for a new token with these scopes (the token's name is `name`). */
  client(name: string, scopes: Scope[]): { client: VeilleClient; token: string };
  /** alerts:write only (a hotline), alerts:read only (a dashboard), all three (the mission database). */
  hotline: VeilleClient;
  dashboard: VeilleClient;
  missionDb: VeilleClient;
}

export function useApi(): () => ApiWorld {
  let world: ApiWorld | null = null;
  beforeEach(async () => {
    const veille = await startVeille();
    // Bolt checks its token (auth.test) in the background at start: let that finish before a quick test stops the fake.
    await veille.fake.waitFor(() => veille.fake.callsTo('auth.test').length > 0, { what: 'auth.test' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const baseUrl = `http://127.0.0.1:${veille.runtime.port}`;
    const problems: string[] = [];
    const fetch = checkedFetch(problems);
    const client = (name: string, scopes: Scope[]) => {
      const made = createToken(veille.db, { name, scopes, at: veille.clock.now(), actor: 'test' });
      if (!made.ok) throw new Error(made.reason);
      return { client: createVeilleClient({ baseUrl, token: made.token, fetch }), token: made.token };
    };
    world = {
      veille,
      baseUrl,
      problems,
      fetch,
      client,
      hotline: client('hotline', ['alerts:write']).client,
      dashboard: client('dashboard', ['alerts:read']).client,
      missionDb: client('mission-db', ['alerts:read', 'alerts:write', 'restricted:read']).client,
    };
  });
  afterEach(async () => {
    const w = world!;
    world = null;
    expect(w.problems, 'answers that do not match the OpenAPI document').toEqual([]);
    // What the API put in the outbox goes out, and must be what Slack accepts.
    await w.veille.settle();
    expect(w.veille.fake.violations).toEqual([]);
    await w.veille.stop();
  });
  return () => world!;
}
