// The phrase syntax of data/dating/anchors.json, compiled to one regular expression per list.
// As in the event trigger dictionary: words separated by spaces must follow each other, `...`
// allows a gap of up to four words, `a|b` are alternatives for one word. Matching ignores case,
// takes ’ for ' and a hyphen, dash or space for a hyphen ("Russia–Ukraine war"), and only
// matches whole words.

export const GAP = '...';
const GAP_WORDS = 4;

/** What is wrong with a phrase, or null when it compiles. */
export function phraseProblem(phrase: string): string | null {
  const slots = phrase.trim().split(/\s+/);
  if (slots.length === 0 || slots[0] === '') return 'is empty';
  if (slots[0] === GAP || slots[slots.length - 1] === GAP) return `must not start or end with ${GAP}`;
  if (slots.some((s, i) => s === GAP && slots[i + 1] === GAP)) return `has two ${GAP} in a row`;
  if (slots.some((s) => s !== GAP && s.split('|').some((alt) => alt === ''))) return 'has an empty alternative (a|b)';
  if (slots.some((s) => s !== GAP && s.includes('...'))) return `${GAP} must stand alone between spaces`;
  return null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternative of a slot as regex source: apostrophes and hyphens tolerant. */
const wordSource = (word: string): string =>
  escape(word).replace(/['’]/g, "['’]").replace(/\\?-/g, '[-‐‑–—\\s]?\\s*');

function slotSource(slot: string): string {
  const alts = slot.split('|').map(wordSource);
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** Regex source for one phrase (assumed valid: see phraseProblem). */
export function phraseSource(phrase: string): string {
  let out = '';
  let gap = false;
  for (const slot of phrase.trim().split(/\s+/)) {
    if (slot === GAP) {
      gap = true;
      continue;
    }
    if (out) out += gap ? `(?:\\s+[^\\s.,;:!?]+){0,${GAP_WORDS}}\\s+` : '\\s+';
    out += slotSource(slot);
    gap = false;
  }
  return out;
}

/** Regex source of a list of phrases, one alternation; null for none. */
export function phrasesSource(phrases: readonly string[]): string | null {
  if (phrases.length === 0) return null;
  // Longest first, so "Russia's special military operation" wins over "special military operation".
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})`;
}

/** Letters and digits of the Latin scripts: what a phrase must not touch on either side. */
const WORD_CHAR = '[A-Za-z0-9\\u00C0-\\u024F]';

/**
 * Whole words only, case-insensitive, global: the flags every phrase regex is used with. Without
 * the unicode flag (several times faster over a whole text); phrases are written in English.
 */
export const wholeWords = (source: string): RegExp => new RegExp(`(?<!${WORD_CHAR})${source}(?!${WORD_CHAR})`, 'gi');

/** All phrases as one global, case-insensitive regex matching whole words; null for none. */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const source = phrasesSource(phrases);
  return source === null ? null : wholeWords(source);
}

const WORD = /[a-z0-9\u00c0-\u024f]+/g;

/** The lower-case words of a text, to test quickly whether a phrase can occur in it at all. */
export const textWords = (text: string): ReadonlySet<string> => new Set(text.toLowerCase().match(WORD) ?? []);

/**
 * For each word slot of a phrase, the words one of which a text must contain for the phrase to
 * match: of each alternative, its longest run of letters or digits ("Russia's" → russia).
 */
export function phraseKeys(phrase: string): string[][] {
  return phrase.trim().split(/\s+/).filter((slot) => slot !== GAP).map((slot) => slot.split('|').map((alt) => {
    const parts = alt.toLowerCase().match(WORD) ?? [''];
    return parts.reduce((a, b) => (b.length > a.length ? b : a));
  }));
}

/** Whether a phrase with these keys can match a text with these words. */
export const mayOccur = (keys: readonly (readonly string[])[], words: ReadonlySet<string>): boolean =>
  keys.every((slot) => slot.some((k) => words.has(k)));
