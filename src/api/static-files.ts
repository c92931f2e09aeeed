// The built web UI (dist/ui) served from one folder: index.html for /, files by path with their
// content type. Paths are decoded once, and anything that could leave the folder (.., a
// backslash, a NUL, a dotfile) is a 404, as is a name that resolves outside it.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The page served at / when the UI has not been built: static text only. */
const NOT_BUILT = '<!doctype html><meta charset="utf-8"><title>Entente</title><p>The web UI is not built here: run <code>npm run build</code>. The JSON API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>\n';

/** The file a URL path names inside root, or null when it names nothing servable. */
export function staticPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  if (/[\0\\]/.test(path)) return null;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return null;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full.startsWith(base + sep) ? full : null;
}

export function staticFiles(root: string | undefined) {
  return async (c: Context): Promise<Response> => {
    const pathname = new URL(c.req.url).pathname;
    const file = root ? staticPath(root, pathname) : null;
    if (file) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) {
        const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
        // Hashed assets never change under their name; the page itself is always re-read.
        const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        return new Response(new Uint8Array(await readFile(file)), { headers: { 'Content-Type': type, 'Cache-Control': cache } });
      }
    }
    if (pathname === '/' || pathname === '/index.html') return c.html(NOT_BUILT);
    return c.text('not found', 404);
  };
}
