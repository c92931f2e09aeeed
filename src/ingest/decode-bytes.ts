// Bytes → text, never throwing: a mis-encoded article is still read, with a diagnostic saying
// what was assumed, because a wrong guess is recoverable and a rejected article is not.
import { detect } from 'chardet';
import { diagnostic } from '../core/diagnostic.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { declaredCharset, normalizeEncoding } from './declared-charset.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface Decoded {
  readonly text: string;
  /** WHATWG encoding name: `utf-8`, `utf-16le`, `windows-1252`, … */
  readonly encoding: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ByteOrderMark {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly length: number;
}

export function detectBom(bytes: Uint8Array): ByteOrderMark | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const FALLBACK_ENCODING = 'windows-1252';

const decodeAs = (bytes: Uint8Array, encoding: string): string =>
  encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

const GUESS_SAMPLE_BYTES = 64 * 1024;

/**
 * chardet's guess if TextDecoder can decode it, else windows-1252 (the web's de-facto default).
 * The detector sees a sample around the first non-ASCII byte: whole 32 MB articles are slow to
 * analyse, and an ASCII prefix says nothing about the encoding.
 */
function guessEncoding(bytes: Uint8Array): string {
  const firstHigh = bytes.findIndex((b) => b >= 0x80);
  const start = Math.max(0, firstHigh - 1024);
  const guess = detect(bytes.subarray(start, start + GUESS_SAMPLE_BYTES));
  return (guess !== null ? normalizeEncoding(guess) : null) ?? FALLBACK_ENCODING;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count += 1;
  return count;
}

function result(text: string, encoding: string, diagnostics: Diagnostic[]): Decoded {
  const replaced = countReplacements(text);
  if (replaced > 0) {
    diagnostics.push(diagnostic('ingest/replacement-chars',
      `${replaced} replacement character(s) U+FFFD in the text: characters were lost in decoding or before`));
  }
  return { text, encoding, diagnostics };
}

/** A declared charset, unless the page is plainly UTF-8 (scrapers re-save pages and keep the old tag). */
function decodeDeclared(bytes: Uint8Array, declared: string, utf8: string | null, diagnostics: Diagnostic[]): Decoded | null {
  if (declared === 'utf-8') return utf8 !== null ? result(utf8, 'utf-8', diagnostics) : null;
  if (utf8 !== null && hasNonAscii(bytes)) {
    diagnostics.push(diagnostic('ingest/encoding',
      `the page declares ${declared} but its bytes are valid UTF-8: decoded as utf-8`));
    return result(utf8, 'utf-8', diagnostics);
  }
  return result(decodeAs(bytes, declared), declared, diagnostics);
}

/**
 * Order: byte-order mark; for HTML, a declared charset in the first 4 KB; valid UTF-8; else the
 * detector's guess, with a warning.
 */
export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  const diagnostics: Diagnostic[] = [];
  const bom = detectBom(bytes);
  if (bom) return result(decodeAs(bytes.subarray(bom.length), bom.encoding), bom.encoding, diagnostics);

  const utf8 = strictUtf8(bytes);
  const declared = options.html ? declaredCharset(bytes) : null;
  if (declared !== null) {
    const decoded = decodeDeclared(bytes, declared, utf8, diagnostics);
    if (decoded) return decoded;
  }
  if (utf8 !== null) return result(utf8, 'utf-8', diagnostics);

  const encoding = guessEncoding(bytes);
  const why = declared === null ? 'the bytes are not valid UTF-8 and no charset is declared'
    : 'the page declares utf-8 but its bytes are not valid UTF-8';
  diagnostics.push(diagnostic('ingest/encoding', `${why}: decoded as ${encoding} (guessed)`));
  return result(decodeAs(bytes, encoding), encoding, diagnostics);
}
