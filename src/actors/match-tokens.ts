import { tokenize } from '../text/tokenize.js';

/** A token as the name matcher sees it: hyphen parts split, a normalised key, case kept. */
export interface MatchToken {
  readonly start: number;
  readonly end: number;
  /** Lowercase, accents and possessive removed, curly apostrophes straightened. */
  readonly key: string;
  /** The token as written, for case checks ("US" is not "us"). */
  readonly surface: string;
}

const POSSESSIVE = /['’]s?$/u;

/** The comparison key of one word: "Erdoğan’s" → "erdogan", "U.S." → "u.s.". */
export const tokenKey = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'").replace(POSSESSIVE, '').toLowerCase();

/**
 * Tokens for name matching. Hyphenated words are split with the hyphen as its own token, so
 * "Russia-Ukraine" yields Russia and Ukraine while "Guinea-Bissau" still matches as one name;
 * possessives are folded into the word's key ("Russia's" matches "Russia").
 */
export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' || !/[-‐‑]/.test(t.text) || /^(?:\p{L}\.){2,}$/u.test(t.text)) {
      out.push({ start: t.start, end: t.end, key: tokenKey(t.text), surface: t.text });
      continue;
    }
    const re = /[^-‐‑]+|[-‐‑]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t.text)) !== null) {
      const start = t.start + m.index;
      out.push({ start, end: start + m[0].length, key: /^[-‐‑]$/.test(m[0]) ? '-' : tokenKey(m[0]), surface: m[0] });
    }
  }
  return out;
}
