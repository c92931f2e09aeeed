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
}

interface Context {
  readonly input: InputMode;
  readonly fs: FileSystem;
  readonly limits: IngestLimits;
}


async function* asBuffers(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

function readStdin(stdin: NodeJS.ReadableStream, ctx: Context): AsyncGenerator<IngestItem> {
  const format = resolveFormat(ctx.input, null);
  return readByteSource({ name: '-', format, gzip: false, open: () => asBuffers(stdin) }, ctx.limits);
}

async function* readFile(path: string, stat: FileStat, ctx: Context): AsyncGenerator<IngestItem> {
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
const isSupportedName = (name: string): boolean => formatFromName(name).format !== null;

async function* readPath(path: string, ctx: Context): AsyncGenerator<IngestItem> {
  let stat: FileStat;
  try {
    stat = await ctx.fs.stat(path);
  } catch (error) {
    yield sourceFailure(path, readErrorReason(error));
    return;
  }
  if (!stat.isDirectory()) {
    yield* readFile(path, stat, ctx);
    return;
  }
  for await (const entry of walkDirectory(ctx.fs, path, stat, isSupportedName)) {
    if (entry.ok) yield* readFile(entry.path, entry.stat, ctx);
    else yield entry;
  }
}

/**
 * Reads files, directories (recursively, sorted, hidden and unsupported files skipped) and `-`
 * (stdin) in the order given. Every problem is an item with `ok: false` naming the source and
 * the reason; reading goes on with the next source (or the next JSONL line).
 */
export async function* readSources(paths: readonly string[], options: ReadSourcesOptions): AsyncIterable<IngestItem> {
  const ctx: Context = { input: options.input, fs: options.fs ?? nodeFileSystem, limits: resolveLimits(options) };
  for (const path of paths) {
    if (path === '-') yield* readStdin(options.stdin ?? process.stdin, ctx);
    else yield* readPath(path, ctx);
  }
}
