// Entry point of the ingest stage: paths (files, directories, `-`) → a stream of documents and
// failures. Nothing is read ahead: memory holds one article, whatever the size of the batch.
import { formatFromName, resolveFormat } from './file-kind.js';
import type { FileStat, FileSystem } from './file-system.js';
import { nodeFileSystem } from './file-system.js';
import { documentTooLarge, formatSize, resolveLimits } from './ingest-limits.js';
import type { IngestLimits } from './ingest-limits.js';
import { readByteSource } from './read-byte-source.js';
import { readErrorReason, sourceFailure } from './source-failure.js';
import type { IngestItem, InputMode } from './source-document.js';
import { walkDirectory } from './walk-directory.js';
import { collectBytes } from './collect-bytes.js';
import { decodeBytes } from './decode-bytes.js';
import type { FeedReport, FeedStateStore } from './feed-state.js';
import { createFetcher } from './fetcher.js';
import type { Fetcher } from './fetcher.js';
import { readFeedItems } from './read-feed.js';
import { isHttpUrl, readUrl } from './read-url.js';
import { isWarcName, readWarc } from './read-warc.js';
import type { RemoteContext } from './remote-context.js';

export interface ReadSourcesOptions {
  /** `auto` goes by extension, then by content; anything else forces the kind. */
  readonly input: InputMode;
  // `| undefined` on each: a CLI passes its parsed options straight through.
  readonly fs?: FileSystem | undefined;
  /** Read for the path `-`; defaults to process.stdin. */
  readonly stdin?: NodeJS.ReadableStream | undefined;
  /** One article (file, JSONL line, JSON item); default 32 MiB. */
  readonly maxDocumentBytes?: number | undefined;
  /** Everything decompressed from one gzip file; default 1 GiB. */
  readonly maxDecompressedBytes?: number | undefined;
  /** Fetches URLs and feed items; default one that refuses private addresses, with default delays and timeouts. */
  readonly fetcher?: Fetcher | undefined;
  /** Feed validators for conditional GETs (the store); without it every feed is read in full. */
  readonly feedStates?: FeedStateStore | undefined;
  /** Told what each feed URL gave (items read, or 304 not modified). */
  readonly onFeed?: ((report: FeedReport) => void) | undefined;
}

interface Context {
  readonly input: InputMode;
  readonly fs: FileSystem;
  readonly limits: IngestLimits;
  readonly remote: () => RemoteContext;
}


async function* asBuffers(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

function readStdin(stdin: NodeJS.ReadableStream, ctx: Context): AsyncGenerator<IngestItem> {
  const format = resolveFormat(ctx.input, null);
  return readByteSource({ name: '-', format, gzip: false, open: () => asBuffers(stdin) }, ctx.limits);
}

/** Feeds by name: `.rss`, `.atom`; `.xml` only when named on the command line (a folder's XML may be anything). */
const isFeedName = (name: string, named: boolean): boolean => /\.(?:rss|atom)$/i.test(name) || (named && /\.xml$/i.test(name));

async function* readFeedFile(path: string, ctx: Context): AsyncGenerator<IngestItem> {
  let xml: string;
  try {
    xml = decodeBytes(await collectBytes(ctx.fs.openRead(path), ctx.limits.maxDocumentBytes, 'the feed'), { html: true }).text;
  } catch (error) {
    yield sourceFailure(path, readErrorReason(error));
    return;
  }
  yield* readFeedItems(xml, path, undefined, ctx.remote());
}

async function* readFile(path: string, stat: FileStat, ctx: Context, given = false): AsyncGenerator<IngestItem> {
  if (isWarcName(path)) {
    yield* readWarc(path, () => ctx.fs.openRead(path), ctx.limits);
    return;
  }
  if (ctx.input === 'auto' && isFeedName(path, given)) {
    yield* readFeedFile(path, ctx);
    return;
  }
  const named = formatFromName(path);
  const format = resolveFormat(ctx.input, named.format);
  const max = ctx.limits.maxDocumentBytes;
  // Decided from the size on disk, before reading a byte: a 200 MB text file fails at once.
  if ((format === 'text' || format === 'html') && !named.gzip && stat.isFile() && stat.size > max) {
    yield sourceFailure(path, documentTooLarge(formatSize(stat.size), max));
    return;
  }
  yield* readByteSource({ name: path, format, gzip: named.gzip, open: () => ctx.fs.openRead(path) }, ctx.limits);
}

/** Files inside a directory are read only when their extension names a supported format. */
const isSupportedName = (name: string): boolean => formatFromName(name).format !== null || isWarcName(name) || isFeedName(name, false);

async function* readPath(path: string, ctx: Context): AsyncGenerator<IngestItem> {
  let stat: FileStat;
  try {
    stat = await ctx.fs.stat(path);
  } catch (error) {
    yield sourceFailure(path, readErrorReason(error));
    return;
  }
  if (!stat.isDirectory()) {
    yield* readFile(path, stat, ctx, true);
    return;
  }
  for await (const entry of walkDirectory(ctx.fs, path, stat, isSupportedName)) {
    if (entry.ok) yield* readFile(entry.path, entry.stat, ctx);
    else yield entry;
  }
}

/**
 * Reads http(s) URLs (pages, feeds with their items, JSON/JSONL), WARC files, feed files, files, directories (recursively, sorted, hidden and unsupported files skipped) and `-`
 * (stdin) in the order given. Every problem is an item with `ok: false` naming the source and
 * the reason; reading goes on with the next source (or the next JSONL line).
 */
export async function* readSources(paths: readonly string[], options: ReadSourcesOptions): AsyncIterable<IngestItem> {
  const limits = resolveLimits(options);
  let remote: RemoteContext | null = null;
  // Built on first use: a batch of files never creates a fetcher.
  const remoteContext = (): RemoteContext => (remote ??= {
    fetcher: options.fetcher ?? createFetcher({ allowPrivate: false, maxBytes: limits.maxDocumentBytes }),
    feedStates: options.feedStates ?? null,
    limits,
    now: () => Date.now(),
    onFeed: options.onFeed,
  });
  const ctx: Context = { input: options.input, fs: options.fs ?? nodeFileSystem, limits, remote: remoteContext };
  for (const path of paths) {
    if (path === '-') yield* readStdin(options.stdin ?? process.stdin, ctx);
    else if (isHttpUrl(path)) yield* readUrl(path, remoteContext());
    else yield* readPath(path, ctx);
  }
}
