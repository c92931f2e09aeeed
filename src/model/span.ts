/** A half-open character range `[start, end)` into `Analysis.text` unless stated otherwise. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const span = (start: number, end: number): Span => ({ start, end });

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);

export const spanLength = (s: Span): number => s.end - s.start;

/** Shifts a span by `delta` characters (used when a stage works on a slice of the text). */
export const shiftSpan = (s: Span, delta: number): Span => ({ start: s.start + delta, end: s.end + delta });
