// The text that exact-duplicate detection hashes. Two copies of an article that differ only in
// how a site rendered them (curly or straight quotes, en or em dashes, full-width forms,
// ligatures, letter case, line wrapping, zero-width characters) must get the same hash; any
// difference in words or digits must not, so a repost with a changed date is not "exact".
import { createHash } from 'node:crypto';

/** Single quotes, apostrophes and primes as sites render them → `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u0060\u00B4]/g;
/** Double quotes and guillemets → `"`. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u301D\u301E\u301F]/g;
/** Hyphens, dashes and the minus sign → `-`. */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
/** Invisible characters that scrapes insert or drop at random (soft hyphen, zero-width, BOM). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const WHITESPACE = /\s+/g;

/**
 * Normalised form for exact-duplicate hashing: Unicode NFKC, lower case, quotes and dashes
 * unified, invisible characters removed, whitespace runs collapsed to one space and trimmed.
 * Digits and punctuation are kept.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** SHA-256 (hex) of the normalised text: equal for texts that differ only in rendering. */
export const contentHash = (text: string): string => createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
