// Size limits and their messages. A limit stops one source, never the batch, and its message
// says how big the input was (when known) and how to raise the limit.

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

/** One article's bytes (a file, a JSONL line, a JSON array item). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * MiB;
/** Everything decompressed from one gzip file: a zip bomb stops here. */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = GiB;

export interface IngestLimits {
  readonly maxDocumentBytes: number;
  readonly maxDecompressedBytes: number;
}

/** Thrown inside a byte stream when a limit is crossed; the reader turns it into a failure item. */
export class LimitExceededError extends Error {
  override readonly name = 'LimitExceededError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Sizes in decimal units, as file managers show them: `200.0 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}

/** Limits in the binary units they are usually set in: `32 MiB`. */
export function formatLimit(bytes: number): string {
  for (const [size, unit] of [[GiB, 'GiB'], [MiB, 'MiB'], [KiB, 'KiB']] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** `what` is a size (`200.0 MB`) when known, else a description (`the decompressed content`). */
export const documentTooLarge = (what: string, maxBytes: number): string =>
  `${what} is over the ${formatLimit(maxBytes)} limit for one article (raise it with --max-bytes)`;

export const decompressedTooLarge = (maxBytes: number): string =>
  `decompressed size is over the ${formatLimit(maxBytes)} limit for one file (possible zip bomb)`;

export function resolveLimits(options: { maxDocumentBytes?: number | undefined; maxDecompressedBytes?: number | undefined }): IngestLimits {
  return {
    maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
  };
}
