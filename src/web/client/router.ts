// Hash routes (#/overview, #/doc/ID?event=3, #/search?q=…): the path parts decoded, the query
// read with URLSearchParams.
export interface Route {
  readonly parts: readonly string[];
  readonly query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const parts = path.split('/').filter((p) => p !== '').map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { parts, query: new URLSearchParams(q === -1 ? '' : raw.slice(q + 1)) };
}

/** The query as a plain record, for filters and API calls. */
export function queryRecord(q: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = q.get(k);
    if (v != null && v !== '') out[k] = v;
  }
  return out;
}
