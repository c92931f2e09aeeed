import type { Removal } from '../../model/analysis.js';
import type { Line } from './lines.js';

/** A piece of the cleaned text and where it came from in the input. */
export interface TextSegment {
  readonly textStart: number;
  readonly inputStart: number;
  readonly length: number;
}

/** What is left of a line after partial removals, trimmed, with its input offset. */
function keptFragment(line: Line, input: string, removals: readonly Removal[]): { start: number; text: string } | null {
  let start = line.start;
  let end = line.end;
  for (const r of removals) {
    if (r.start <= start && r.end >= end) return null;
    if (r.start <= start && r.end > start) start = r.end;
    else if (r.start < end && r.end >= end) end = r.start;
  }
  const raw = input.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return text ? { start: start + lead, text } : null;
}

/**
 * Builds the cleaned body from the lines no rule removed. Paragraphs are joined by a blank line.
 * Scrapes that put one paragraph per line (no blank lines at all) get each line as a paragraph;
 * otherwise lines that were adjacent in the input stay in one paragraph, joined by "\n".
 */
export function assembleText(input: string, lines: readonly Line[], removals: readonly Removal[]): { text: string; segments: TextSegment[] } {
  const pieces: { line: Line; start: number; text: string }[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const f = keptFragment(line, input, removals);
    if (f) pieces.push({ line, ...f });
  }
  const onePerLine = !pieces.some((p, i) => i > 0 && lines.slice(pieces[i - 1]!.line.index + 1, p.line.index).some((l) => l.text === ''));
  let text = '';
  const segments: TextSegment[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) {
      const adjacent = p.line.index === pieces[i - 1]!.line.index + 1;
      text += onePerLine || !adjacent ? '\n\n' : '\n';
    }
    segments.push({ textStart: text.length, inputStart: p.start, length: p.text.length });
    text += p.text;
  });
  return { text, segments };
}
