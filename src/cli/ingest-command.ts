// `entente ingest SOURCES... [--db]`: analyse and store, idempotent, one transaction per article;
// a progress line on a terminal, a summary line always, one line per failed source.
import { analyzeSources } from '../analyze-sources.js';
import { defaultAnalyzeContext } from '../analyze.js';
import { UsageError } from '../core/errors.js';
import { ANALYZER_VERSION } from '../core/analyzer-version.js';
import type { FeedReport } from '../ingest/feed-state.js';
import { createFetcher } from '../ingest/fetcher.js';
import type { InputMode } from '../ingest/source-document.js';
import { readSources } from '../ingest/read-sources.js';
import { ingestArticles, type IngestResult, type IngestSummary } from '../store/ingest-articles.js';
import { DEFAULT_STORE, describeLocation, openStore } from '../store/open-store.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { writeChunk } from './write-stream.js';

export interface IngestCommandOptions {
  db?: string;
  input: InputMode;
  reanalyse: boolean;
  maxBytes?: number;
  /** Milliseconds between two requests to the same host (default 1000). */
  hostDelay?: number;
  /** Milliseconds for a whole response (default 30000) and for connecting (default 10000). */
  timeout?: number;
  connectTimeout?: number;
}

/** `; feeds: 2 read (31 items), 1 not modified since the last run` — empty without feeds. */
export function feedsLine(reports: readonly FeedReport[]): string {
  if (reports.length === 0) return '';
  const read = reports.filter((r) => r.status === 'read');
  const items = read.reduce((n, r) => n + r.items, 0);
  const unchanged = reports.length - read.length;
  return `; feeds: ${read.length} read (${items} items), ${unchanged} not modified since the last run`;
}

const isTerminal = (s: NodeJS.WritableStream): boolean => (s as { isTTY?: boolean }).isTTY === true;

export function summaryLine(s: IngestSummary, seconds: number, documents: number): string {
  const seen = s.added + s.unchanged + s.newSource + s.reanalysed + s.failed;
  return `entente: ${seen} sources in ${seconds.toFixed(1)} s: ${s.added} added, ${s.unchanged} unchanged, ${s.newSource} copies of stored articles, ${s.reanalysed} re-analysed, ${s.failed} failed; ${s.duplicates} duplicate pairs; the store holds ${documents} articles\n`;
}

export async function ingestCommand(sources: readonly string[], opts: IngestCommandOptions, io: CliIO): Promise<ExitCode> {
  if (sources.length === 0) throw new UsageError('ingest needs files, folders, URLs, feeds, WARC files, or - for standard input');
  const location = opts.db ?? DEFAULT_STORE;
  const store = await openStore(location);
  const started = Date.now();
  const progress = isTerminal(io.stderr);
  let seen = 0;
  let lastDraw = 0;
  try {
    const feeds: FeedReport[] = [];
    // The CLI reads a user's own intranet too: private addresses are allowed here, not in the API.
    const fetcher = createFetcher({ allowPrivate: true, hostDelayMs: opts.hostDelay, timeoutMs: opts.timeout, connectTimeoutMs: opts.connectTimeout, maxBytes: opts.maxBytes });
    const items = readSources(sources, { input: opts.input, stdin: io.stdin, ...(opts.maxBytes !== undefined && { maxDocumentBytes: opts.maxBytes }),
      fetcher, feedStates: store, onFeed: (r) => { feeds.push(r); } });
    const summary = await ingestArticles(analyzeSources(items, defaultAnalyzeContext()), store, {
      analyzerVersion: ANALYZER_VERSION,
      location: describeLocation(location),
      reanalyse: opts.reanalyse,
      onResult: async (r: IngestResult) => {
        seen += 1;
        if (!r.ok) await writeChunk(io.stderr, `${progress ? '\r\x1b[K' : ''}entente: ${r.uri}: ${r.reason}\n`);
        const now = Date.now();
        if (progress && now - lastDraw > 100) {
          lastDraw = now;
          await writeChunk(io.stderr, `\r\x1b[Kingesting: ${seen} sources, ${(seen / Math.max(0.001, (now - started) / 1000)).toFixed(0)}/s`);
        }
      },
    });
    const stats = await store.stats();
    await writeChunk(io.stderr, `${progress ? '\r\x1b[K' : ''}${summaryLine(summary, (Date.now() - started) / 1000, stats.documents).replace(/\n$/, `${feedsLine(feeds)}\n`)}`);
    return summary.failed ? ExitCode.sourceFailed : ExitCode.ok;
  } finally {
    await store.close();
  }
}
