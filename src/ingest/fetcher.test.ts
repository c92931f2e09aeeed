import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createFetcher, USER_AGENT } from './fetcher.js';
import { FetchError } from './http-client.js';
import { articleHtml, send, startServer, virtualClock } from './test-http-server.js';

const page = articleHtml('Ministers meet', 'The two ministers met on Tuesday.');

test('fetches a page with our User-Agent, follows redirects, and names HTTP errors', async () => {
  const server = await startServer({
    '/article': send('text/html; charset=utf-8', page),
    '/gz': send('text/html', gzipSync(page), { 'content-encoding': 'gzip' }),
    '/moved': (_req, res) => { res.writeHead(301, { location: '/article' }).end(); },
    '/loop': (_req, res) => { res.writeHead(302, { location: '/loop' }).end(); },
  });
  const clock = virtualClock();
  const fetcher = createFetcher({ allowPrivate: true, clock });
  try {
    const direct = await fetcher.fetch(server.url('/article'));
    assert.equal(direct.status, 200);
    assert.equal(direct.body.toString('utf8'), page);
    assert.equal(server.requests[0]?.headers['user-agent'], USER_AGENT);
    assert.match(USER_AGENT, /^entente\/\d+\.\d+\.\d+/);
    assert.equal((await fetcher.fetch(server.url('/gz'))).body.toString('utf8'), page);
    const moved = await fetcher.fetch(server.url('/moved'));
    assert.equal(moved.url, server.url('/article'));
    assert.equal(moved.requested, server.url('/moved'));
    await assert.rejects(fetcher.fetch(server.url('/missing')), (e: unknown) => e instanceof FetchError && e.reason === 'HTTP 404 Not Found');
    await assert.rejects(fetcher.fetch(server.url('/loop')), /too many redirects \(more than 5\)/);
    // Every request but the first to this host waited for the host delay (virtually).
    assert.ok(clock.sleeps.length >= server.requests.length - 1);
    assert.ok(clock.sleeps.every((ms) => ms > 0 && ms <= 1000));
  } finally {
    await server.close();
  }
});

test('a slow response times out, a body over the limit is refused, and both say so', async () => {
  const server = await startServer({
    '/slow': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<p>'); setTimeout(() => res.end('late</p>'), 3000).unref(); },
    '/big': send('text/plain', 'x'.repeat(5000), { 'content-length': '5000' }),
    '/big-chunked': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('x'.repeat(3000)); res.end('x'.repeat(3000)); },
  });
  const fetcher = createFetcher({ allowPrivate: true, clock: virtualClock(), timeoutMs: 200, maxBytes: 4096 });
  try {
    await assert.rejects(fetcher.fetch(server.url('/slow')), /timed out after 0\.2 s/);
    await assert.rejects(fetcher.fetch(server.url('/big')), /5\.0 kB is over the 4 KiB limit/);
    await assert.rejects(fetcher.fetch(server.url('/big-chunked')), /over the 4 KiB limit/);
  } finally {
    await server.close();
  }
});

test('a 503 is retried after the server\'s Retry-After, through the clock', async () => {
  let calls = 0;
  const server = await startServer({
    '/flaky': (_req, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(503, { 'retry-after': '7' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok now');
    },
  });
  const clock = virtualClock();
  try {
    const fetched = await createFetcher({ allowPrivate: true, clock, hostDelayMs: 0 }).fetch(server.url('/flaky'));
    assert.equal(fetched.body.toString(), 'ok now');
    assert.deepEqual(clock.sleeps, [7000]);
  } finally {
    await server.close();
  }
});

test('the host delay spaces requests to one host, not to different hosts', async () => {
  const server = await startServer({ '/a': send('text/plain', 'a') });
  const clock = virtualClock();
  const fetcher = createFetcher({ allowPrivate: true, clock, hostDelayMs: 2500 });
  try {
    await fetcher.fetch(server.url('/a'));
    await fetcher.fetch(server.url('/a'));
    // `localhost` is another host name for the same server: no wait for it.
    await fetcher.fetch(server.url('/a').replace('127.0.0.1', 'localhost'));
    assert.deepEqual(clock.sleeps, [2500]);
  } finally {
    await server.close();
  }
});

test('a fetcher that refuses private addresses refuses 127.0.0.1, 10.0.0.1 and localhost', async () => {
  const server = await startServer({ '/a': send('text/plain', 'a') });
  const fetcher = createFetcher({ allowPrivate: false, clock: virtualClock(), connectTimeoutMs: 500 });
  try {
    await assert.rejects(fetcher.fetch(server.url('/a')), /refused: 127\.0\.0\.1 is a private or loopback address/);
    await assert.rejects(fetcher.fetch('http://10.0.0.1/a'), /refused: 10\.0\.0\.1 is a private/);
    await assert.rejects(fetcher.fetch(server.url('/a').replace('127.0.0.1', 'localhost')), /refused: localhost is a private/);
    assert.equal(server.requests.length, 0);
  } finally {
    await server.close();
  }
});
