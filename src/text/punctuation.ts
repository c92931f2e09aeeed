// Character classes shared by the sentence scanner. Kept as strings / small regexes so the
// rules read as data; every predicate takes a possibly-undefined char (out of range → false).

/** Sentence-final marks, Latin and full-width (CJK). */
export const TERMINALS = '.!?…。！？｡';

/** Marks after which no following space is needed for a break (CJK prose has none). */
export const FULL_WIDTH_TERMINALS = '。！？｡';

/** Closing quotes and brackets that stay with the sentence they close. */
export const CLOSERS = '”’"\'»)]}」』）】》〉›';

/** Opening quotes and brackets that may precede the first word of a sentence. */
export const OPENERS = '“‘"\'«([{「『（【《〈‹';

/** Dashes and bullets that may lead a sentence in scraped lists and datelines. */
export const LEADERS = '-–—•·';

const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
/** Characters that can begin a sentence after a space: capitals, uncased scripts, digits, currency. */
const SENTENCE_INITIAL = /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}\p{Sc}]/u;

const has = (set: string, ch: string | undefined): boolean => ch !== undefined && ch !== '' && set.includes(ch);

export const isTerminal = (ch: string | undefined): boolean => has(TERMINALS, ch);
export const isFullWidthTerminal = (ch: string | undefined): boolean => has(FULL_WIDTH_TERMINALS, ch);
export const isCloser = (ch: string | undefined): boolean => has(CLOSERS, ch);
export const isOpener = (ch: string | undefined): boolean => has(OPENERS, ch);
export const isLeader = (ch: string | undefined): boolean => has(LEADERS, ch);

/** Horizontal whitespace: anything `\s` matches except a line feed. */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && ch !== '\n' && /^\s$/.test(ch);

export const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);
export const isLower = (ch: string | undefined): boolean => ch !== undefined && LOWER.test(ch);
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT.test(ch);
export const isSentenceInitial = (ch: string | undefined): boolean => ch !== undefined && SENTENCE_INITIAL.test(ch);

/** The character at `i`, whole code point (astral letters are two UTF-16 units). */
export const charAt = (text: string, i: number): string | undefined => {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
};
