import type { IncomingMessage } from 'node:http';
import type { Veille } from '../context.js';
import { ApiError } from './errors.js';
import { findToken, type ApiToken, type Scope } from './tokens.js';

/** The caller: its token, and the actor name written in events (`api:<token name>`). */
export interface Caller {
  token: ApiToken;
  actor: string;
  can(scope: Scope): boolean;
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="veille"' };

/** Checks the bearer token and the scope an endpoint needs: 401 without a live token, 403 without the scope. */
export function authenticate(veille: Veille, req: IncomingMessage, scope: Scope): Caller {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError(401, 'unauthorized', 'Send a token: Authorization: Bearer <token> (npm run token -- create).', 'Authorization', CHALLENGE);
  const token = findToken(veille.db, match[1]!, veille.clock.now());
  if (!token) throw new ApiError(401, 'unauthorized', 'This token is unknown or has been revoked.', 'Authorization', CHALLENGE);
  if (!token.scopes.includes(scope)) {
    throw new ApiError(403, 'forbidden', `The token "${token.name}" lacks the scope ${scope}.`, 'Authorization');
  }
  return { token, actor: `api:${token.name}`, can: (s) => token.scopes.includes(s) };
}
