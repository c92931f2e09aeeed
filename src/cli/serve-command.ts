// `entente serve [--db] [--port 8080] [--host 127.0.0.1] [--token T]`: the HTTP API and web UI
// over a store, until interrupted. A non-loopback host without a token is refused (exit 2).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../api/create-app.js';
import { checkBinding, startServer } from '../api/start-server.js';
import { errorMessage } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { DEFAULT_STORE, describeLocation, openStore } from '../store/open-store.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { writeChunk } from './write-stream.js';

export interface ServeOptions {
  db?: string;
  port: number;
  host: string;
  token?: string;
}

/** Where the built UI lives: dist/ui beside the compiled code. */
export const defaultWebRoot = (): string | undefined => {
  const dir = join(packageRoot(), 'dist', 'ui');
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
};

/** Serves until `stop` resolves (SIGINT/SIGTERM from the CLI; tests pass their own). */
export async function serveCommand(o: ServeOptions, io: CliIO, stop?: Promise<unknown>): Promise<ExitCode> {
  const token = o.token ?? process.env['ENTENTE_TOKEN'] ?? undefined;
  checkBinding(o.host, token || undefined);
  const location = o.db ?? DEFAULT_STORE;
  const store = await openStore(location);
  try {
    const webRoot = defaultWebRoot();
    const app = createApp({
      store, ...(token && { token }), ...(webRoot && { webRoot }),
      onError: (e) => { io.stderr.write(`entente serve: ${errorMessage(e)}\n`); },
    });
    const server = await startServer(app, o.host, o.port);
    await writeChunk(io.stderr, `entente: serving ${describeLocation(location)} at ${server.url}/${token ? ' (token required)' : ''}${webRoot ? '' : ' — the web UI is not built (npm run build)'}\n`);
    await (stop ?? interrupted());
    await server.close();
    return ExitCode.ok;
  } finally {
    await store.close();
  }
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => { process.off('SIGINT', done); process.off('SIGTERM', done); resolve(); };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
