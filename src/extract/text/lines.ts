/** A line of the decoded input, with offsets into it (the newline excluded, surrounding spaces trimmed). */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Splits input into trimmed lines with offsets; blank lines are kept (text ''), so structure survives. */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    if (m[0] === '') break;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = m.index + lead;
    lines.push({ index: lines.length, start, end: start + text.length, text });
  }
  return lines;
}

export const isBlank = (l: Line): boolean => l.text === '';

/** Loose comparison key: case, quotes, spacing and trailing punctuation do not matter. */
export const looseKey = (s: string): string =>
  s.toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?…-]+$/, '')
    .trim();
