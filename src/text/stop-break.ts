import { abbreviationKind, isSentenceStarter } from './abbreviations.js';
import {
  charAt, isCloser, isDigit, isFullWidthTerminal, isLeader, isLetter, isLower, isOpener, isSentenceInitial,
  isSpace, isTerminal, isUpper,
} from './punctuation.js';
import { isWhitespace } from './trim-span.js';

/** A run of sentence-final marks and what surrounds it, all indices into the full text. */
export interface StopSite {
  /** First terminal mark of the run. */
  readonly runStart: number;
  /** After the last terminal mark. */
  readonly runEnd: number;
  /** After the closing quotes/brackets that follow the run: where a sentence would end. */
  readonly end: number;
  /** First character after `end` that is not horizontal space (a '\n' at a line end). */
  readonly next: number;
  /** End of the paragraph: nothing at or after it belongs to this sentence. */
  readonly limit: number;
}

/** Reads the stop starting at `i` (a terminal mark): the whole run, its closers, the gap after. */
export function readStopSite(text: string, i: number, limit: number): StopSite {
  let runEnd = i;
  while (runEnd < limit && isTerminal(text[runEnd])) runEnd++;
  // Closers may be interleaved with more marks: `fantasy!”.` or `”).`
  let end = runEnd;
  while (end < limit && (isCloser(text[end]) || isTerminal(text[end]))) end++;
  let next = end;
  while (next < limit && isSpace(text[next])) next++;
  return { runStart: i, runEnd, end, next, limit };
}

/** Does a sentence end at `site.end`? */
export function breaksAfterStop(text: string, site: StopSite): boolean {
  if (site.next >= site.limit) return true;
  const run = text.slice(site.runStart, site.runEnd);
  if ([...run].some(isFullWidthTerminal)) return true; // CJK prose puts no space after a stop
  if (text[site.next] === '\n') return breaksAtLineEnd(text, site, run);
  const gap = site.next > site.end;
  if (run === '.') return fullStopBreaks(text, site, gap);
  // ! ? … and runs such as ?! or ...: a lowercase continuation means the mark was inside the
  // sentence ("Why?" he asked; wait... and see).
  const start = firstLetterAfter(text, site.next, gap, site.limit);
  const ch = charAt(text, start);
  if (!gap) return isUpper(ch);
  return run.includes('.') || run.includes('…') ? isSentenceInitial(ch) && !isDigit(ch) : isSentenceInitial(ch);
}

/** A stop that ends its line: the line break confirms the stop unless an abbreviation continues. */
function breaksAtLineEnd(text: string, site: StopSite, run: string): boolean {
  if (run !== '.') return true;
  switch (abbreviationKind(tokenBefore(text, site.runStart))) {
    case 'continuing': return false;
    case 'initial': return starterFollows(text, site.next, site.limit);
    case 'acronym':
    case 'final-capable': return isUpper(charAt(text, firstLetterAfter(text, site.next, true, site.limit)));
    default: return true;
  }
}

function fullStopBreaks(text: string, site: StopSite, gap: boolean): boolean {
  const token = tokenBefore(text, site.runStart);
  const kind = abbreviationKind(token);
  if (kind === 'continuing') return false;
  // Acronyms, initials and "etc."-like forms need a space and a clear sentence opener after them:
  // "in the U.S. The next day" breaks, "U.S. officials" and "U.S.A." do not.
  if (kind !== null) return gap && starterFollows(text, site.next, site.limit);
  if (gap) return isSentenceInitial(charAt(text, firstLetterAfter(text, site.next, true, site.limit)));
  return gluedBreaks(text, site, token);
}

/** `Ukraine.However`, `Ukraine”.However`: a stop with no space, judged by the words around it. */
function gluedBreaks(text: string, site: StopSite, token: string): boolean {
  const after = firstLetterAfter(text, site.next, false, site.limit);
  if (!isUpper(charAt(text, after)) || looksLikeUrl(text, site.runStart)) return false;
  const before = text[site.runStart - 1];
  if (before === undefined || isCloser(before) || isSpace(before)) return true;
  const word = token.slice(token.lastIndexOf('.') + 1);
  if (word.length < 2) return false;
  if (isLower(word[word.length - 1])) return true;
  // After "NATO" or "2022", only a capitalised word (not "ASP.NET"-like capitals) is a new sentence.
  return isLower(charAt(text, after + 1));
}

const TOKEN_CHAR = /[\p{L}\p{M}\p{N}.]/u;
const WORD_JOINER = /['’\-‐‑]/u;

/**
 * The word before `i`: letters, digits, marks and dots, plus apostrophes and hyphens inside it
 * ("U.S", "Gen", "Russia’s", "F-35", "3.5").
 */
function tokenBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 40) {
    const ch = text[j - 1] ?? '';
    const inside = WORD_JOINER.test(ch) && j < i && j > 1 && TOKEN_CHAR.test(text[j - 2] ?? '');
    if (!TOKEN_CHAR.test(ch) && !inside) break;
    j--;
  }
  return text.slice(j, i).replace(/^\.+/, '');
}

/** Skips whitespace, opening quotes/brackets and (after a space) dashes/bullets, up to `limit`. */
function firstLetterAfter(text: string, i: number, gap: boolean, limit: number): number {
  let j = i;
  while (j < limit) {
    const ch = text[j];
    const skippable = gap ? isWhitespace(ch) || isOpener(ch) || isLeader(ch) : isOpenerStrict(ch);
    if (!skippable) break;
    j++;
  }
  return j;
}

// Straight quotes are closers when glued to a stop, so only typographic openers count here.
const isOpenerStrict = (ch: string | undefined): boolean => ch !== '"' && ch !== "'" && isOpener(ch);

function starterFollows(text: string, i: number, limit: number): boolean {
  const start = firstLetterAfter(text, i, true, limit);
  let end = start;
  while (end < limit && isLetter(text[end])) end++;
  const word = text.slice(start, end);
  // A single capital followed by a stop is another initial ("J. R. R. Tolkien"), not "A"/"I".
  if (word.length === 1 && text[end] === '.') return false;
  return isSentenceStarter(word);
}

const URL_LIKE = /^(?:[a-z][\w+.-]*:\/\/|www\.)|@[\w-]+\./i;

/** Is the stop inside a URL, domain or e-mail address (the whitespace-delimited chunk)? */
function looksLikeUrl(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < 200 && !isWhitespace(text[start - 1])) start--;
  let end = i;
  while (end < text.length && end - i < 200 && !isWhitespace(text[end])) end++;
  return URL_LIKE.test(text.slice(start, end));
}
