// The few places in a text where a duration or a relative date can be: around the words day,
// week, month, year and anniversary. The duration and relative-date patterns (long alternations
// of hedges and number words) are run only there, not over the whole text.
import type { Span } from '../model/span.js';

const TIME_WORD = /\b(?:days?|weeks?|months?|years?|anniversary)\b/gi;
/** Room for "has now lasted for more than twenty-five " before the word and an event's name after. */
const BEFORE = 64;
const AFTER = 48;

/** Sorted spans with overlapping ones merged. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/** Windows around every time word, cut at spaces so no word is split, merged. */
export function timeWindows(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(TIME_WORD)) {
    let start = Math.max(0, m.index - BEFORE);
    if (start > 0) start = text.indexOf(' ', start) + 1 || m.index;
    let end = Math.min(text.length, m.index + m[0].length + AFTER);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      end = space > m.index + m[0].length ? space : m.index + m[0].length;
    }
    out.push({ start, end });
  }
  return mergeSpans(out);
}

/** `re` (global) over each window, with match offsets in document terms. */
export function* matchInWindows(text: string, windows: readonly Span[], re: RegExp): Generator<RegExpMatchArray & { index: number }> {
  for (const w of windows) {
    for (const m of text.slice(w.start, w.end).matchAll(re)) {
      m.index += w.start;
      yield m as RegExpMatchArray & { index: number };
    }
  }
}
