// The HTTP API and the web UI as a Hono app, pure of any listening socket: tests call
// `app.request()`, `entente serve` hands `app.fetch` to a Node server (start-server.ts).
import { Hono } from 'hono';
import { ANALYZER_VERSION } from '../core/analyzer-version.js';
import type { Store } from '../store/store.js';
import { ApiRoutes } from './api-routes.js';
import { requireToken } from './auth.js';
import { guardStore } from './guard-store.js';
import { errorAnswer, HttpError } from './http-error.js';
import { openApiDocument } from './openapi-document.js';
import { actorRoutes } from './routes/actor-routes.js';
import { articleRoutes } from './routes/article-routes.js';
import { claimRoutes } from './routes/claim-routes.js';
import { duplicateRoutes } from './routes/duplicate-routes.js';
import { dyadRoutes } from './routes/dyad-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { networkRoutes } from './routes/network-routes.js';
import { overviewRoutes } from './routes/overview-routes.js';
import { searchRoutes } from './routes/search-routes.js';
import { securityHeaders } from './security-headers.js';
import { staticFiles } from './static-files.js';

export interface AppOptions {
  readonly store: Store;
  /** When set, every /api call must carry it (Bearer header or ?token=). */
  readonly token?: string;
  /** The built UI's folder (dist/ui); without it / says the UI is not built. */
  readonly webRoot?: string;
  /** Told about unexpected errors (500s), e.g. to print them; the client only sees "internal error". */
  readonly onError?: (e: unknown) => void;
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  if (opts.token !== undefined) app.use('/api/*', requireToken(opts.token));

  const routes = new ApiRoutes(app, guardStore(opts.store));
  for (const add of [overviewRoutes, articleRoutes, actorRoutes, eventRoutes, dyadRoutes, networkRoutes, searchRoutes, duplicateRoutes, claimRoutes, exportRoutes]) add(routes);
  // Built on first request, once every route (this one included) is registered.
  let document: object | null = null;
  routes.get({ path: '/api/openapi.json', tag: 'meta', summary: 'This description (OpenAPI 3.1)' },
    () => Promise.resolve(document ??= openApiDocument(routes.specs, ANALYZER_VERSION)));

  app.all('/api/*', (c) => { throw new HttpError('not-found', `no such API path: ${c.req.method} ${c.req.path}`); });
  app.get('*', staticFiles(opts.webRoot));

  app.onError((e, c) => {
    const { status, body, unexpected } = errorAnswer(e);
    if (unexpected) opts.onError?.(e);
    return c.json(body, status as 400);
  });
  return app;
}
