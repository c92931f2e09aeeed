// Test support: a real HTTP server on 127.0.0.1 with routes a test defines, recording every
// request, and a virtual clock that never waits. Not used by the product code.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchClock } from './fetch-clock.js';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  readonly origin: string;
  url(path: string): string;
  /** Every request so far: path and headers. */
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[];
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startServer(routes: Readonly<Record<string, Route>>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes[path.split('?')[0] ?? path];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export const send = (type: string, body: string | Buffer, headers: Record<string, string> = {}): Route =>
  (_req, res) => { res.writeHead(200, { 'content-type': type, ...headers }).end(body); };

/** A clock whose sleeps return at once and move time forward; `sleeps` lists them. */
export function virtualClock(start = Date.UTC(2026, 0, 1)): FetchClock & { readonly sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => { sleeps.push(ms); now += ms; },
  };
}

export const articleHtml = (title: string, body: string, head = ''): string =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body
    .split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
