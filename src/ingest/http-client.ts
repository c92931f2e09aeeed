// One HTTP GET over node:http(s), with what a batch fetcher needs and fetch() makes awkward: a
// connect timeout apart from the total one, a body size limit checked as bytes arrive, and the
// private-address check made on the address actually connected to (no DNS rebinding).
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { errorMessage } from '../core/errors.js';
import { documentTooLarge, formatSize } from './ingest-limits.js';
import { isPrivateIp } from './is-private-address.js';

/** A request that failed; `reason` is what a user reads after the URL. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(readonly reason: string, readonly retryable = false, readonly status?: number) {
    super(reason);
  }
}

export interface HttpRequestOptions {
  readonly headers: Readonly<Record<string, string>>;
  readonly connectTimeoutMs: number;
  /** From the request until the last byte of the body. */
  readonly timeoutMs: number;
  /** The decoded body; more is an error. */
  readonly maxBytes: number;
  readonly allowPrivate: boolean;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Empty unless the status is 2xx: redirects and errors are not read. */
  readonly body: Buffer;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;

const PRIVATE_CODE = 'EPRIVATEADDRESS';
const privateRefusal = (host: string): FetchError =>
  new FetchError(`refused: ${host} is a private or loopback address`);

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails for private addresses: the check and the connection use the same answer. */
function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    if (addresses.some((a) => isPrivateIp(a.address))) {
      return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: PRIVATE_CODE }), '');
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '');
  });
}

const NETWORK_REASONS: Readonly<Record<string, [string, boolean]>> = {
  ENOTFOUND: ['host not found', false],
  EAI_AGAIN: ['host name lookup failed (try again later)', true],
  ECONNREFUSED: ['connection refused', true],
  ECONNRESET: ['connection reset by the server', true],
  EPIPE: ['connection closed by the server', true],
  EHOSTUNREACH: ['host unreachable', false],
  ENETUNREACH: ['network unreachable', false],
  HPE_INVALID_CONSTANT: ['not an HTTP response', false],
};

function networkError(error: unknown, host: string): FetchError {
  if (error instanceof FetchError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === PRIVATE_CODE) return privateRefusal(host);
  const known = NETWORK_REASONS[code];
  if (known) return new FetchError(known[0], known[1]);
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return new FetchError(`TLS error: ${errorMessage(error)}`);
  return new FetchError(`request failed: ${errorMessage(error)}`);
}

function decodedBody(res: IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (res.headers['content-encoding'] === undefined && Number.isFinite(declared) && declared > maxBytes) {
    throw new FetchError(documentTooLarge(formatSize(declared), maxBytes));
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const body = decodedBody(res);
  // A decompression error must reach the loop below, not crash the process.
  res.on('error', (e) => (body as NodeJS.ReadableStream & { destroy?: (e: Error) => void }).destroy?.(e));
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new FetchError(documentTooLarge(res.headers['content-encoding'] ? 'the decompressed body' : 'the body', maxBytes));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** One GET, no redirects followed. Rejects with a FetchError. */
export function httpRequest(url: URL, opts: HttpRequestOptions): Promise<HttpResponse> {
  const host = url.hostname;
  const literal = host.replace(/^\[|\]$/g, '');
  if (!opts.allowPrivate && isIP(literal) !== 0 && isPrivateIp(literal)) return Promise.reject(privateRefusal(host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (): void => { settled = true; for (const t of timers) clearTimeout(t); };
    const fail = (error: unknown): void => {
      if (settled) return;
      finish();
      req.destroy();
      reject(networkError(error, host));
    };
    // `agent: false`: a fresh connection per request, so the connect timeout always measures one.
    const req = client.request(url, {
      method: 'GET',
      headers: opts.headers,
      agent: false,
      ...(!opts.allowPrivate && { lookup: publicOnlyLookup as unknown as typeof dnsLookup }),
    });
    timers.push(setTimeout(() => fail(new FetchError(`timed out after ${seconds(opts.timeoutMs)}`)), opts.timeoutMs));
    const connectTimer = setTimeout(() => fail(new FetchError(`could not connect within ${seconds(opts.connectTimeoutMs)}`)), opts.connectTimeoutMs);
    timers.push(connectTimer);
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', fail);
    req.on('response', (res) => {
      if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode > 299) {
        finish();
        // The body of a redirect or an error page is not needed: the connection is dropped.
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      readBody(res, opts.maxBytes).then((body) => {
        if (settled) return;
        finish();
        resolve({ status: res.statusCode ?? 200, headers: res.headers, body });
      }, fail);
    });
    req.end();
  });
}
