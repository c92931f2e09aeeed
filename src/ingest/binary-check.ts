// Binary input (images, PDFs, archives, executables) is rejected before decoding: decoding it
// would "succeed" and feed the pipeline pages of mojibake.
import { detectBom } from './decode-bytes.js';
import { formatSize } from './ingest-limits.js';

export const BINARY_SAMPLE_BYTES = 8 * 1024;

/** Above this share of control bytes a sample is not text in any encoding we decode. */
const MAX_CONTROL_SHARE = 0.1;

// Tab, line feed, vertical tab, form feed, carriage return, and ESC (ISO-2022 escape sequences).
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

const isControl = (b: number): boolean => (b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f;

/** Why the first bytes of a source look binary, or null when they look like text. */
export function binaryReason(head: Uint8Array): string | null {
  // UTF-16 text is full of zero bytes; with a BOM it is text by declaration.
  const bom = detectBom(head);
  if (bom !== null && bom.encoding !== 'utf-8') return null;
  const sample = head.subarray(0, BINARY_SAMPLE_BYTES);
  if (sample.includes(0)) return 'binary file, not text: it contains NUL bytes';
  let controls = 0;
  for (const b of sample) if (isControl(b)) controls += 1;
  if (sample.length === 0 || controls / sample.length <= MAX_CONTROL_SHARE) return null;
  const percent = Math.round((100 * controls) / sample.length);
  return `binary file, not text: ${percent}% of its first ${formatSize(sample.length)} are control bytes`;
}
