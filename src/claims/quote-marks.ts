// Quotation marks → quoted regions, one linear pass per paragraph. Which way a mark faces is read
// from its neighbours (CommonMark-style flanking), so straight, curly, single, angle and German
// marks — and machine translation that writes ” to open — all pair up; an apostrophe between two
// letters faces neither way and is never a mark. A quote inside a quote belongs to the outer one.
// An unclosed double quote ends at its paragraph's end; an unpaired single mark is an apostrophe.
import type { Span } from '../model/span.js';

export interface QuotedRegion {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark; null when the quote was never closed in its paragraph. */
  readonly close: number | null;
  /** Where the region ends: after the closing mark, or the paragraph's end. */
  readonly end: number;
  /** The quoted text without the marks and surrounding spaces (may be empty). */
  readonly content: Span;
}

type Family = 'double' | 'single' | 'angle';

const FAMILY: Record<string, Family> = {
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
  '«': 'angle', '»': 'angle', '‹': 'angle', '›': 'angle',
};
const OPEN_TYPED = '“„‟‘‚‛«‹';
const CLOSE_TYPED = '”’»›';
/** Single marks that may open a quote: ’ opening a word is a clipped word ("’s move"), not a quote. */
const SINGLE_OPENERS = "'‘‚‛";
/** An opening single mark must be closed within this many characters, or it is an apostrophe. */
const SINGLE_REACH = 400;
const MARK = /["“”„‟«»‹›'‘’‚‛]/g;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c);

interface Mark { readonly at: number; readonly char: string; readonly family: Family; readonly canOpen: boolean; readonly canClose: boolean }

function readMark(text: string, at: number, start: number, end: number): Mark {
  const char = text[at]!;
  const family = FAMILY[char]!;
  const prev = at > start ? text[at - 1] : undefined;
  const next = at + 1 < end ? text[at + 1] : undefined;
  const left = !isSpace(next) && (isSpace(prev) || isPunct(prev));
  const right = !isSpace(prev) && (isSpace(next) || isPunct(next));
  let canOpen = left && !right;
  let canClose = right && !left;
  if (left && right) { // between two punctuation marks: the mark's shape decides
    canOpen = !CLOSE_TYPED.includes(char);
    canClose = !OPEN_TYPED.includes(char);
  } else if (!left && !right && isSpace(prev) && isSpace(next) && family !== 'single') {
    // A mark standing alone between spaces (`saying: " The …`): it opens after a colon, closes after a full stop or comma.
    let p = at - 1;
    while (p > start && /\s/.test(text[p]!)) p -= 1;
    const before = p >= start ? text[p] : undefined;
    canOpen = before === ':' || p < start;
    canClose = before !== undefined && '.!?,'.includes(before);
  }
  if (family === 'single' && !SINGLE_OPENERS.includes(char)) canOpen = false;
  // "the countries' leaders", "the Anglo-Saxons' “perversion”": a plural possessive, not the end of a quote.
  if (family === 'single' && prev === 's' && next === ' ' && /[\p{Ll}“"]/u.test(text[at + 2] ?? '')) canClose = false;
  return { at, char, family, canOpen, canClose };
}

/** The quoted words without surrounding spaces, nor the comma that belongs to the attribution (“…,” he said). */
function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e -= 1;
  return { start: s, end: e };
}

/** The top-level quoted regions of one paragraph [start, end), in order. */
export function quotedRegions(text: string, paragraph: Span): QuotedRegion[] {
  const { start, end } = paragraph;
  const marks: Mark[] = [];
  MARK.lastIndex = start;
  for (let m = MARK.exec(text); m !== null && m.index < end; m = MARK.exec(text)) marks.push(readMark(text, m.index, start, end));
  // For each mark, the next single mark that can close: one backward pass keeps the scan linear.
  const nextSingleClose = new Int32Array(marks.length + 1).fill(-1);
  for (let i = marks.length - 1; i >= 0; i -= 1) {
    const after = marks[i + 1];
    nextSingleClose[i] = after && after.family === 'single' && after.canClose ? i + 1 : nextSingleClose[i + 1]!;
  }

  const regions: QuotedRegion[] = [];
  const stack: Mark[] = [];
  marks.forEach((mark, i) => {
    if (stack.length === 0) {
      if (!mark.canOpen) return;
      if (mark.family === 'single') {
        const closer = marks[nextSingleClose[i]!];
        if (!closer || closer.at - mark.at > SINGLE_REACH) return; // an apostrophe ("'90s"), not a quote
      }
      stack.push(mark);
      return;
    }
    let level = -1;
    if (mark.canClose) for (let k = stack.length - 1; k >= 0 && level < 0; k -= 1) if (stack[k]!.family === mark.family) level = k;
    if (level === 0) {
      const open = stack[0]!;
      stack.length = 0;
      regions.push({ open: open.at, close: mark.at, end: mark.at + 1, content: trimmed(text, open.at + 1, mark.at) });
    } else if (level > 0) {
      stack.length = level; // closes an inner quote, and any unclosed mark inside it
    } else if (mark.canOpen) {
      stack.push(mark); // a quote inside the quote: part of the outer one's text
    }
  });
  const open = stack[0];
  // An unclosed single mark was an apostrophe after all; an unclosed double quote runs to the paragraph's end.
  if (open && open.family !== 'single') regions.push({ open: open.at, close: null, end, content: trimmed(text, open.at + 1, end) });
  return regions;
}
