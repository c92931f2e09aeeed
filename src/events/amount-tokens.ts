// The number at the start of a quantity, read from tokens: digits ("3,000", "1.5"), words
// ("twenty-five", "forty five", "a dozen"), each optionally scaled ("800 million", "1.2bn",
// "£40m"). Bounded look-ahead (a few tokens) keeps the whole scan linear.
import type { Token } from '../text/tokenize.js';
import { numberWord, tensValue, unitsValue } from './number-words.js';

export interface Amount {
  readonly value: number;
  /** Token indexes of the amount, inclusive. */
  readonly first: number;
  readonly last: number;
  /** A scale word or abbreviation was applied ("million", "bn"). */
  readonly scaled: boolean;
  /** Scaled by a lone letter ("40m", "5k", "2b"): only meaningful with a currency (else metres…). */
  readonly letterScale: boolean;
}

/** Digits with thousands commas or none; "1,5" and "1.000.000" are left alone (ambiguous). */
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const GLUED = /^(\d+(?:\.\d+)?)(k|m|b|mn|mln|bn|bln|tn|trn)$/i;
// lakh and crore: the Indian scales ("Rs 400 crore" = 4 billion rupees).
const SCALE_WORDS = new Map([['hundred', 2], ['thousand', 3], ['lakh', 5], ['million', 6], ['crore', 7], ['billion', 9], ['trillion', 12]]);
const SCALE_ABBREVIATIONS = new Map([['mn', 6], ['mln', 6], ['bn', 9], ['bln', 9], ['tn', 12], ['trn', 12]]);
const LETTER_SCALES = new Map([['k', 3], ['m', 6], ['b', 9]]);
const MAX_SCALES = 3;

/** Base-10 exponent for a scale suffix or word, and whether it is a lone letter. */
const scaleOf = (s: string): [number, boolean] | undefined => {
  const lower = s.toLowerCase();
  const letter = LETTER_SCALES.get(lower);
  if (letter !== undefined) return [letter, true];
  const exp = SCALE_ABBREVIATIONS.get(lower) ?? SCALE_WORDS.get(lower);
  return exp === undefined ? undefined : [exp, false];
};

/** The amount whose first token is `tokens[i]`, or undefined. */
export function readAmount(tokens: readonly Token[], i: number): Amount | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let base: string | undefined;
  let last = i;
  let exp = 0;
  let letterScale = false;
  let article = false;
  const glued = GLUED.exec(t.text);
  if (t.kind === 'number') {
    if (DIGITS.test(t.text)) base = t.text.replace(/,/g, '');
  } else if (glued) {
    const scale = scaleOf(glued[2] ?? '');
    if (scale) [base, exp, letterScale] = [glued[1], scale[0], scale[1]];
  } else if (/^an?$/i.test(t.text)) {
    article = true; // "a million", "a dozen": only with a scale
    base = '1';
  } else if (/^\p{L}/u.test(t.text)) {
    const n = numberWord(t.text);
    const units = tokens[i + 1] ? unitsValue(tokens[i + 1]?.text ?? '') : undefined;
    if (n !== undefined && tensValue(t.text) !== undefined && units !== undefined) {
      base = String(n + units); // "forty five"
      last = i + 1;
    } else if (n !== undefined) base = String(n);
  }
  if (base === undefined) return undefined;

  let factor = 1;
  let scales = 0;
  for (let k = last + 1; k < tokens.length && scales < MAX_SCALES && !letterScale; k += 1) {
    const tok = tokens[k];
    if (!tok) break;
    const lower = tok.text.toLowerCase();
    const scale = lower === 'dozen' ? undefined : scaleOf(lower);
    if (lower === 'dozen') factor *= 12;
    else if (!scale) break;
    else [exp, letterScale] = [exp + scale[0], scale[1]];
    last = k;
    scales += 1;
  }
  if (article && last === i) return undefined;
  return { value: Number(`${base}e${exp}`) * factor, first: i, last, scaled: exp > 0, letterScale };
}
