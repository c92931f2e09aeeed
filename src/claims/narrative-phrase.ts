// Wording cues and event contexts of the narrative catalogue: a small phrase language compiled to
// one regular expression each. Words match case-insensitively as whole words; a space or hyphen
// between words matches any run of spaces and hyphens ("Asia-Pacific" = "Asia Pacific"); `*` ends
// a word stem ("russophob*"); `a|b` are alternatives for one word; `...` is a gap of up to four
// words. A phrase is tried only where the text has a word its first slot can start with (found in
// a per-document word index), so hundreds of phrases cost a few lookups on an article. Matching runs
// on a lower-cased copy of the text with an explicit letter class instead of the `i` and `u` flags:
// V8 builds Unicode property classes and case closures per regular expression, which made compiling
// the catalogue's phrases take a third of a second.
import type { Span } from '../model/span.js';

export const PHRASE_GAP = '...';
/** Words a `...` may skip. */
const GAP_WORDS = 4;

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.]*\*?$/u;
const SEP = '[\\s\\-‐–]+';
/** Letters and digits of the scripts news comes in (Latin, Greek, Cyrillic, Hebrew, Arabic, CJK, Hangul). */
const LETTER = '[0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u06ff\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]';
const RUN = new RegExp(`${LETTER}+`, 'g');
const FIRST_RUN = new RegExp(`^${LETTER}+`);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a match can start: a word of the text equal to `run`, or starting with it when `stem`. */
interface StartKey {
  readonly run: string;
  readonly stem: boolean;
}

export interface Phrase {
  /** As written in the catalogue. */
  readonly source: string;
  /** Sticky: tried at each candidate start. */
  readonly regex: RegExp;
  readonly starts: readonly StartKey[];
}

const slotsOf = (phrase: string): string[][] =>
  phrase.trim().split(/[\s\-‐–]+/).map((slot) => (slot === PHRASE_GAP ? [PHRASE_GAP] : slot.split('|')));

/** Why a phrase cannot be compiled, or null when it can. */
export function phraseProblem(phrase: string): string | null {
  if (!phrase.trim()) return 'must not be empty';
  const slots = slotsOf(phrase);
  for (const [i, alternatives] of slots.entries()) {
    if (alternatives[0] === PHRASE_GAP) {
      if (i === 0 || i === slots.length - 1) return `must not start or end with ${PHRASE_GAP}`;
      if (slots[i + 1]?.[0] === PHRASE_GAP) return `two ${PHRASE_GAP} in a row`;
      continue;
    }
    const bad = alternatives.find((w) => !WORD.test(w));
    if (bad !== undefined) return `"${bad}" is not a word (letters and digits, optionally ending in *; alternatives joined by |)`;
  }
  return null;
}

const wordPattern = (word: string): string => {
  const stem = word.endsWith('*');
  const body = escape((stem ? word.slice(0, -1) : word).toLowerCase()).replace(/['’]/g, "['’]");
  return stem ? `${body}(?:${LETTER}|['’])*` : body;
};

/** The first run of letters and digits of a slot word: the text word a match starts on. */
function startKey(word: string): StartKey {
  const stem = word.endsWith('*');
  const run = (word.toLowerCase().match(FIRST_RUN) ?? [''])[0];
  // "U.S." and "Kyiv's" start on the run "u" / "kyiv", which is a whole word of the index.
  return { run, stem: stem && run.length === word.length - 1 };
}

const compiled = new Map<string, Phrase>();
/** Every stem of a compiled phrase's first slot, so an index collects their words as it is built. */
const knownStems = new Map<string, number>(); // stem → order of registration
let stemLengths: number[] = [];
/** The first `headLength` characters of every stem: most words of a text start with none, and need no stem lookups. */
let headLength = Infinity;
let stemHeads = new Set<string>();

/** Compiles a phrase (once per process for each distinct text); throws on a phrase `phraseProblem` rejects. */
export function compilePhrase(phrase: string): Phrase {
  const done = compiled.get(phrase);
  if (done) return done;
  const problem = phraseProblem(phrase);
  if (problem) throw new Error(`bad phrase "${phrase}": ${problem}`);
  const slots = slotsOf(phrase);
  let body = '';
  for (const [i, alternatives] of slots.entries()) {
    if (alternatives[0] === PHRASE_GAP) {
      body += `(?:${SEP}[^\\s]+){0,${GAP_WORDS}}`;
      continue;
    }
    if (i > 0) body += SEP;
    body += `(?:${alternatives.map(wordPattern).join('|')})`;
  }
  const p: Phrase = {
    source: phrase,
    regex: new RegExp(`${body}(?!${LETTER})`, 'y'),
    starts: slots[0]!.map(startKey),
  };
  for (const k of p.starts) {
    if (!k.stem) continue;
    if (knownStems.has(k.run)) continue;
    knownStems.set(k.run, knownStems.size);
    if (!stemLengths.includes(k.run.length)) stemLengths = [...stemLengths, k.run.length].sort((a, b) => a - b);
    if (k.run.length < headLength) {
      headLength = k.run.length;
      stemHeads = new Set([...knownStems.keys()].map((stem) => stem.slice(0, headLength)));
    } else stemHeads.add(k.run.slice(0, headLength));
  }
  compiled.set(phrase, p);
  return p;
}

/** The text in lower case with every offset kept ("İ" alone would grow to two code units). */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[A-Z]|[^\0-\x7f]/g, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

/** The words of one text with their offsets, and the phrase matches found in it so far. */
export class TextIndex {
  readonly #lower: string;
  readonly #words = new Map<string, number[]>();
  #sorted: string[] | null = null;
  readonly #stems = new Map<string, number[]>();
  readonly #found = new Map<Phrase, Span[]>();
  /** Stems registered before this index was built have had their words collected. */
  readonly #stemsKnown = knownStems.size;

  constructor(readonly text: string) {
    this.#lower = lowerInPlace(text);
    RUN.lastIndex = 0;
    for (let m = RUN.exec(this.#lower); m; m = RUN.exec(this.#lower)) {
      const at = this.#words.get(m[0]);
      if (at) at.push(m.index);
      else this.#words.set(m[0], [m.index]);
    }
    for (const [word, at] of this.#words) {
      if (word.length < headLength || !stemHeads.has(word.slice(0, headLength))) continue;
      for (const k of stemLengths) {
        if (k > word.length) break;
        const stem = word.slice(0, k);
        if (!knownStems.has(stem)) continue;
        const list = this.#stems.get(stem);
        if (list) list.push(...at);
        else this.#stems.set(stem, [...at]);
      }
    }
  }

  #starts(key: StartKey): number[] {
    if (!key.stem) return this.#words.get(key.run) ?? [];
    const collected = this.#stems.get(key.run);
    if (collected) return collected;
    if ((knownStems.get(key.run) ?? Infinity) < this.#stemsKnown) return []; // collected at build time: no word has it
    // A phrase compiled after this index was built: search the sorted words.
    this.#sorted ??= [...this.#words.keys()].sort();
    const sorted = this.#sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < key.run) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(key.run); i++) out.push(...this.#words.get(sorted[i]!)!);
    return out;
  }

  /**
   * Where any of the keys starts a word, in text order. Most phrases do not occur: a phrase whose
   * words all lack, or one whose words only one key finds (a word starts at one place), needs no
   * merging. One key's offsets are distinct; a stem's are not in text order.
   */
  #startsOfAll(keys: readonly StartKey[]): readonly number[] {
    const lists = keys.map((k) => this.#starts(k)).filter((l) => l.length > 0);
    if (lists.length === 0) return [];
    if (lists.length === 1) {
      const only = lists[0]!;
      return only.every((at, i) => i === 0 || only[i - 1]! < at) ? only : [...only].sort((a, b) => a - b);
    }
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  /** Every match of `p` in the text, left to right, not overlapping. */
  find(p: Phrase): readonly Span[] {
    const cached = this.#found.get(p);
    if (cached) return cached;
    const candidates = p.starts.length === 1 && !p.starts[0]!.stem
      ? this.#starts(p.starts[0]!) // already in text order
      : this.#startsOfAll(p.starts);
    const spans: Span[] = [];
    let end = 0;
    for (const at of candidates) {
      if (at < end) continue;
      p.regex.lastIndex = at;
      const m = p.regex.exec(this.#lower);
      if (!m) continue;
      end = at + m[0].length;
      spans.push({ start: at, end });
    }
    this.#found.set(p, spans);
    return spans;
  }

  /** Whether `p` matches inside `within`. */
  has(p: Phrase, within: Span): boolean {
    return this.find(p).some((s) => s.start >= within.start && s.end <= within.end);
  }
}
