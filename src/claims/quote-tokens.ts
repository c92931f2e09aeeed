// Words, punctuation and quotation marks of a stretch of text, with offsets into the text, and
// the small closed word classes the quote finder reads them with. No tagger: the attribution
// patterns of news prose are few, and closed classes keep the scan linear and predictable.

export type TokenKind = 'word' | 'punct' | 'mark';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case; curly apostrophes made straight ("russia's"). */
  readonly lower: string;
  readonly kind: TokenKind;
}

export const QUOTE_MARKS = '"“”„‟«»‹›\'‘’‚‛';

// A word keeps inner apostrophes, hyphens and dots ("Russia’s", "anti-Russian"); "U.S." keeps its last dot.
const TOKEN = /((?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’.\-‐][\p{L}\p{N}]+)*)|([,;:.!?()[\]—–])|["“”„‟«»‹›'‘’‚‛]/gu;

/** Tokens of `text` in [from, to): linear, one regex pass. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const value = m[0];
    if (m.index + value.length > to) break;
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'punct' : 'mark';
    const lower = kind === 'word' ? value.toLowerCase() : value;
    out.push({ start: m.index, end: m.index + value.length, text: value, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, kind });
  }
  return out;
}

/**
 * `tokenize(text, from, to)` read off `outer`, the tokens of an enclosing stretch starting at or
 * before `from` (a paragraph tokenized already): the same tokens, since a scan resumes alike at a
 * token boundary, unless a token of `outer` runs across `from` (then the stretch is tokenized).
 */
export function tokensWithin(text: string, from: number, to: number, outer: readonly Token[]): Token[] {
  let lo = 0;
  let hi = outer.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (outer[mid]!.start < from) lo = mid + 1; else hi = mid;
  }
  if (lo > 0 && outer[lo - 1]!.end > from) return tokenize(text, from, to);
  let end = lo;
  while (end < outer.length && outer[end]!.end <= to) end++;
  return outer.slice(lo, end);
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that may stand between a speaker and its verb ("Lukashenko also bluntly said"). */
export const BETWEEN = set(`also once again then later still even already previously recently today yesterday now just
  further repeatedly earlier finally subsequently immediately too has have had reportedly officially publicly openly`);

export const NEGATIONS = set(`not never n't no nor`);
export const MODALS = set(`would could might may can must should shall will to`);
/** "was told", "is said": a passive cue reports no speaker. */
export const PASSIVE = set(`is are was were be been being am`);
/** A determiner or possessive before a cue form makes it a noun ("the claims", "his statement"). */
export const NOUN_MARKERS = set(`the a an this these those its their his her our my your such no any each every whose another other`);
export const DETERMINERS = set(`the a an this these those its their his her our some many several two three both all`);
/** Free relatives: "What the Russian side said fully proves …" reports no content. */
export const FREE_RELATIVE = set(`what which whatever how`);
export const PRONOUNS = set(`he she they it`);
export const FIRST_PERSON = set(`i we you me us`);
export const PREPOSITIONS = set(`in on at after before with by for from to as since during under over against between among about
  into through via toward towards amid despite without within upon than like near across behind beyond outside inside until per`);
/** A speaker phrase never runs over these (verbs, conjunctions, relatives, prepositions but "of"). */
export const PHRASE_STOPS = new Set([...PREPOSITIONS, ...PASSIVE, ...MODALS, ...set(`that which who whom whose where when while
  because so if although though but or and nor has have had do does did there here it's said says say`)]);
/** Times and settings that may follow a cue before "that": "said on Monday that", "told reporters that". */
export const TIME_WORDS = set(`today yesterday earlier later recently monday tuesday wednesday thursday friday saturday sunday
  last next once again also`);
/** Reported content never starts with a conjunction: "said this, and …" is no clause. */
export const CONJUNCTIONS = set(`and but or nor`);
/** Words that after a cue show it has an object, not reported content: "said this, and …". */
export const OBJECT_WORDS = set(`this so it nothing something anything everything much little more less yes no goodbye hello`);
/** Reported content does not start with these: "said to be", "warned of", "talked about". */
export const NOT_CONTENT_START = set(`to of for about with by at from into up out off`);

export const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** The number of words in `s` ("anti-Russian" is one). */
export function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu)) n += 1;
  return n;
}
