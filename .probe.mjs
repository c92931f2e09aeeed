import { openStore } from './dist/store/open-store.js';
import { analysePool, pooledVariants } from './dist/bench/pooled-articles.js';
import { fingerprintText } from './dist/corpus/text-fingerprint.js';
import { verifiedDuplicates } from './dist/store/ingest-articles.js';
import { rmSync } from 'node:fs';
const f = '/tmp/probe-store.db'; for (const x of ['', '-wal', '-shm']) rmSync(f + x, { force: true });
const store = await openStore(f);
const pool = analysePool(60);
const t = { fp: 0, known: 0, cands: 0, verify: 0, put: 0 };
let i = 0, ncand = 0;
for (const a of pooledVariants(pool, 3000)) {
  let t0 = performance.now();
  const fp = fingerprintText(a.text); t.fp += performance.now() - t0; t0 = performance.now();
  await store.texts([a.id]); t.known += performance.now() - t0; t0 = performance.now();
  const c = await store.duplicateCandidates(a.id, fp.contentHash, fp.bandKeys, 50); ncand += c.length; t.cands += performance.now() - t0; t0 = performance.now();
  const pairs = await verifiedDuplicates(store, a.id, a.text, fp.contentHash, fp.bandKeys); t.verify += performance.now() - t0; t0 = performance.now();
  await store.put({ analysis: a, sourceUri: a.uri, canonicalUrl: null, contentHash: fp.contentHash, bands: fp.bandKeys, analyzerVersion: 'x' }, { duplicates: pairs }); t.put += performance.now() - t0;
  i++;
}
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, (v / i).toFixed(2) + ' ms'])), 'cands/doc', ncand / i);
await store.close();
