// The token check on every /api call when the server was given one: `Authorization: Bearer T`
// or `?token=T` (the UI passes it along from its own URL). Compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization');
    const given = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? c.req.query('token');
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new HttpError('unauthorized', given === undefined ? 'a token is required: Authorization: Bearer … or ?token=' : 'wrong token');
    }
    await next();
  };
}
