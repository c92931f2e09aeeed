import type { Span } from '../model/span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** Offsets into the full text, half-open. */
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

// Word characters, minus the scripts written without spaces (each Han/Hiragana character is a
// token of its own, as most search tokenizers do).
const W = '(?:(?![\\p{sc=Han}\\p{sc=Hiragana}])[\\p{L}\\p{M}\\p{N}])';
const JOINER = "['’\\-‐‑]";

/**
 * One token per match; the alternatives are tried in order and each has one capture group
 * (numbered groups: named ones cost a third more time here). Kinds by group: dotted acronyms
 * ("U.S.", "e.g."), single ideographs, words/numbers joined by apostrophes and hyphens
 * ("Russia’s", "F-35", "Sino-Russian"; classified after matching), dot runs ("..."), symbols
 * (currency, %, emoji), other punctuation, anything else visible.
 */
const TOKEN = new RegExp(
  [
    '((?:\\p{L}\\.){2,}(?![\\p{L}\\p{N}]))',
    '([\\p{sc=Han}\\p{sc=Hiragana}])',
    `(${W}+(?:${JOINER}${W}+)*)`,
    '(\\.{2,})',
    '([\\p{S}%‰‱#&@])',
    '(\\p{P})',
    '([^\\s\\p{Cc}\\p{Cf}])',
  ].join('|'),
  'gu',
);
const WORD_GROUP = 3;
const GROUP_KINDS: readonly TokenKind[] = ['word', 'word', 'word', 'word', 'punct', 'symbol', 'punct', 'symbol'];

/** Digits with thousands separators or a decimal part: "1,000,000", "3.5", "1 250" (NBSP). */
const NUMBER = /\p{Nd}+(?:[.,\u00A0\u202F]\p{Nd}+)*/uy;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;
/** Whether the text opens with an ASCII letter (most words: no expression run for them). */
const opensAsciiLetter = (s: string): boolean => {
  const c = s.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
};

/**
 * Tokens of `text` (or of the part `within`), offsets into the full text. Whitespace and
 * invisible format characters are skipped; every other character is in exactly one token.
 * Hyphens join only when a letter is involved ("F-35" yes, "2022-2023" no: a range).
 */
export function tokenize(text: string, within?: Span): Token[] {
  const from = within?.start ?? 0;
  const to = within?.end ?? text.length;
  const source = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: Token[] = [];
  // The one module-level expression, rewound: nothing runs between its calls that could use it.
  const re = TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    let value = m[0];
    let kind = GROUP_KINDS[group] ?? 'symbol';
    if (group === WORD_GROUP && !opensAsciiLetter(value) && !HAS_LETTER.test(value)) {
      // Letterless: a number, possibly with separators the word pattern does not join ("1,000").
      value = numberAt(source, m.index) ?? value;
      kind = HAS_DIGIT.test(value) ? 'number' : 'word';
      re.lastIndex = m.index + value.length;
    }
    tokens.push({ start: from + m.index, end: from + m.index + value.length, text: value, kind });
  }
  return tokens;
}

/** The number starting at `i`, if digits start there (a letterless word may not: "²"). */
function numberAt(source: string, i: number): string | undefined {
  NUMBER.lastIndex = i;
  return NUMBER.exec(source)?.[0];
}
