// A store filled from a folder of articles (the real ingest path) served by the real app on
// 127.0.0.1, port 0: what the browser tests and the web bench point Chromium at.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { analyzeSources } from '../analyze-sources.js';
import { createApp } from '../api/create-app.js';
import type { InputMode } from '../ingest/source-document.js';
import { readSources } from '../ingest/read-sources.js';
import { ingestArticles, type IngestSummary } from '../store/ingest-articles.js';
import type { Store } from '../store/store.js';
import { projectRoot } from '../testing/paths.js';

export const webRoot = join(projectRoot, 'dist', 'ui');

export async function ingestInto(store: Store, paths: readonly string[], input: InputMode = 'auto'): Promise<IngestSummary> {
  return ingestArticles(analyzeSources(readSources(paths, { input })), store, { analyzerVersion: 'web-test' });
}

export interface RunningServer { readonly url: string; close(): Promise<void> }

export async function startServer(store: Store, token?: string): Promise<RunningServer> {
  const app = createApp(token ? { store, token, webRoot } : { store, webRoot });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
