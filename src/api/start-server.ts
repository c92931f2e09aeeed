// The app on a real listening socket (@hono/node-server). Binding anything but loopback needs a
// token: the API would otherwise hand the corpus to the network.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { UsageError } from '../core/errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

export const isLoopbackHost = (host: string): boolean => LOOPBACK.has(host.toLowerCase());

/** Refuses a non-loopback address without a token, before anything listens. */
export function checkBinding(host: string, token: string | undefined): void {
  if (!isLoopbackHost(host) && !token) {
    throw new UsageError(`serving on ${host} needs a token (--token or ENTENTE_TOKEN): only 127.0.0.1, ::1 and localhost may be served without one`);
  }
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startServer(app: Hono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host.replace(/^\[|\]$/g, ''), port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' || info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done, fail) => {
          server.close((e) => (e ? fail(e) : done()));
          // Keep-alive connections would hold close() open; idle ones can go now.
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        }),
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(`cannot listen on ${host}:${port}: ${e.code ?? e.message}`)));
  });
}
