// Guessing what a source holds from its first bytes, for stdin and unknown extensions under
// `--input auto`. Decisive signals only; anything unclear is read as plain text.
import { detectBom } from './decode-bytes.js';
import type { SourceFormat } from './file-kind.js';

export const isGzipMagic = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;

const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi;
/** Enough tags that the text is markup, not prose that happens to contain a `<b>`. */
const MANY_TAGS = 5;
// A JSON array of records; `[Reuters] …` is text.
const JSON_ARRAY_START = /^\[\s*[{\]]/;

function headText(head: Uint8Array): string {
  const bom = detectBom(head);
  return new TextDecoder(bom?.encoding ?? 'utf-8').decode(head.subarray(bom?.length ?? 0));
}

/** A line that is a whole JSON object on its own, not the `{` of a pretty-printed one. */
const isRecordLine = (line: string): boolean => line.startsWith('{') && line !== '{';

/**
 * JSON lines: the first line is a record and most lines start with `{` (one bad line in a
 * dump is the reader's to report, not a reason to read the dump as one document).
 */
function looksLikeJsonLines(text: string, complete: boolean): boolean {
  const lines = text.split('\n');
  // The sample may end mid-line; that fragment proves nothing (unless it is all there is).
  if (!complete && lines.length > 1) lines.pop();
  const filled = lines.map((line) => line.trim()).filter((line) => line !== '');
  const records = filled.filter(isRecordLine).length;
  return filled[0] !== undefined && isRecordLine(filled[0]) && records * 2 >= filled.length;
}

/**
 * Enough of a stream to sniff it early: its first line is a record. Only record streams gain
 * from starting before 8 KB arrive; a whole document is read to its end anyway.
 */
export function startsWithRecordLine(head: Uint8Array): boolean {
  const newline = head.indexOf(0x0a);
  return newline !== -1 && isRecordLine(headText(head.subarray(0, newline)).trim());
}

/** `complete` says the head is the whole input (so its last line is whole). */
export function sniffFormat(head: Uint8Array, complete: boolean): SourceFormat {
  const text = headText(head).trimStart();
  if (looksLikeJsonLines(text, complete)) return 'jsonl';
  if (text.startsWith('{') || JSON_ARRAY_START.test(text)) return 'json';
  if (HTML_START.test(text)) return 'html';
  const tags = text.match(TAG)?.length ?? 0;
  return tags >= MANY_TAGS ? 'html' : 'text';
}
