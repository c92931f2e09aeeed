// Headers on every answer: no MIME sniffing, no referrer; on HTML a Content-Security-Policy that
// runs only our own scripts (article text is never interpolated into HTML by the server, and
// the UI inserts it as text), and no framing.
import type { MiddlewareHandler } from 'hono';

/** `worker-src blob:` for the force-layout worker; inline styles for the graph canvas sizing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
  "form-action 'self'", "img-src 'self' data: blob:", "style-src 'self' 'unsafe-inline'", "worker-src 'self' blob:",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
  if (c.req.path.startsWith('/api/')) {
    c.res.headers.set('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
    // An API answer opened directly in a browser is data, never a page that could run anything.
    c.res.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  }
  if ((c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) {
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Frame-Options', 'DENY');
  }
};
