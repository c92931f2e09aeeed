// Quotation-mark pairs of a text, and which of them are scare quotes: a short term in quotation
// marks that nobody is quoted as saying ("the “threat”", "to “liberate” the city"). Quoted speech
// ("he said: “…”", a direct quote in the quotes layer), quoted names ("Le Monde", "Iskander-M",
// "Russia Day") and quoted titles are not scare quotes.
//
// Pairs are found per paragraph by the marks' shape and surroundings, not by alternation alone:
// scraped and machine-translated text mixes straight and typographic marks and sometimes turns
// them the wrong way round, so an opening mark is one followed by a word and preceded by a space
// (typographic “ ‘ « „ open anywhere), and a closing mark follows a non-space and is not followed
// by a letter (typographic ” ’ » close anywhere). A long quotation is paired too, so that its
// closing mark never opens a false short "quote" over the words that follow it.
import type { Quote } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { perArticle, type TechniqueContext } from './technique-context.js';

export interface QuotePair {
  /** Positions of the opening and closing marks. */
  readonly open: number;
  readonly close: number;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const SINGLE = new Set(['‘', '’', "'", '‚']);
const OPENERS = new Set(['“', '‘', '«', '„', '‟', '‚']);
const CLOSERS = new Set(['”', '’', '»']);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{—–/-]/;

/** Longest content of a pair, in characters: a mark further away closes nothing. */
const MAX_PAIR = 600;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

function isOpening(text: string, i: number, start: number): boolean {
  const ch = text[i]!;
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next)) return false;
  if (OPENERS.has(ch)) return true;
  const prev = i > start ? text[i - 1] : undefined;
  if (prev !== undefined && !SPACE_BEFORE.test(prev)) return false;
  return CLOSERS.has(ch) ? isLetter(next) : next !== ch;
}

function isClosing(text: string, i: number, open: number): boolean {
  const ch = text[i]!;
  const prev = text[i - 1];
  if (i === open + 1 || prev === undefined || /\s/.test(prev)) return false;
  if (CLOSERS.has(ch)) return true;
  return !isLetter(text[i + 1]); // also a turned closing mark: “threat“
}

/** A single mark between letters is an apostrophe ("Russia’s", "don't"), never a quotation mark. */
const isApostrophe = (text: string, i: number): boolean => isLetter(text[i - 1]) && isLetter(text[i + 1]);

function pairsOf(text: string, para: Span, marks: ReadonlySet<string>, out: QuotePair[]): void {
  const positions: number[] = [];
  for (let i = para.start; i < para.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x22 && c !== 0x27 && c < 0xab) continue; // every mark is " ' or from « on: skip the rest cheaply
    if (marks.has(text[i]!) && !(marks === SINGLE && isApostrophe(text, i))) positions.push(i);
  }
  let k = 0;
  while (k < positions.length) {
    const open = positions[k]!;
    if (!isOpening(text, open, para.start)) { k++; continue; }
    const close = positions[k + 1];
    if (close === undefined || close - open > MAX_PAIR) { k++; continue; }
    if (isClosing(text, close, open)) {
      out.push({ open, close });
      k += 2;
    } else {
      k++;
    }
  }
}

/** Every quotation-mark pair of the text, double and single, sorted by opening mark. */
export function quotePairs(text: string, paragraphs: readonly Span[]): QuotePair[] {
  const out: QuotePair[] = [];
  for (const p of paragraphs) {
    pairsOf(text, p, DOUBLE, out);
    pairsOf(text, p, SINGLE, out);
  }
  return out.sort((a, b) => a.open - b.open);
}

const pairsOfArticle = (ctx: TechniqueContext): QuotePair[] => quotePairs(ctx.text, ctx.paragraphs);

/** `quotePairs` of the detectors' article, found once (shared: do not change it). */
export const articleQuotePairs = (ctx: TechniqueContext): readonly QuotePair[] => perArticle(ctx, pairsOfArticle);

const MAX_WORDS = 4;
const MAX_CHARS = 40;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'in', 'on', 'to', 'a', 'an', 'la', 'le', 'der', 'des', 'al']);
/** Words right before a quotation that introduce speech, a name or a title, not a doubt. */
const INTRODUCERS = new Set([
  'said', 'says', 'say', 'saying', 'stated', 'declared', 'declares', 'told', 'tells', 'wrote', 'writes',
  'asked', 'asks', 'replied', 'added', 'stressed', 'noted', 'warned', 'called', 'calls', 'dubbed', 'named', 'titled',
  'entitled', 'termed', 'word', 'words', 'term', 'phrase', 'slogan', 'motto', 'headline', 'read', 'reads', 'shouted',
  'chanted', 'quoted', 'newspaper', 'magazine', 'book', 'film', 'song', 'program', 'programme', 'operation', 'code-named',
]);
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'asked', 'added', 'stressed', 'noted', 'wrote', 'according']);
/**
 * A speech or naming verb this close before the quote makes it a partial quotation or someone
 * else's label ("told reporters the sanctions “have failed”", "critics call the deal a “breakthrough”").
 */
const SPEECH_VERBS = /\b(?:said|says|saying|(?<!so-)call(?:s|ed)?|stated|declared|declares|told|tells|wrote|writes|stressed|noted|emphasi[sz]ed|added|warned|claimed|argued|insisted|vowed|pledged|according to)\b/i;
const SPEECH_WINDOW = 80;

/** Words of the quoted term, or null when it is not a short term. */
function termWords(inner: string): string[] | null {
  const term = inner.trim().replace(/[.,]$/, '');
  if (!term || term.length > MAX_CHARS || /[.!?;:]/.test(term) || !/\p{L}/u.test(term)) return null;
  const words = term.split(/\s+/);
  return words.length <= MAX_WORDS ? words : null;
}

/** Every word capitalised (small words aside): a name or a title, not a doubt. */
const isName = (words: readonly string[]): boolean =>
  words.every((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase())) || /^[\p{Lu}\p{N}]/u.test(w));

function introducedAsSpeech(text: string, pair: QuotePair, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, pair.open - SPEECH_WINDOW), pair.open);
  if (/:\s*$/.test(before) || /\b(?:known|referred to|designated) as\s*$/i.test(before)) return true;
  const last = /([\p{L}-]+)[\s,]*$/u.exec(before)?.[1]?.toLowerCase();
  if (last !== undefined && INTRODUCERS.has(last)) return true;
  if (SPEECH_VERBS.test(before)) return true;
  const after = /^[\s,]*([\p{L}]+)/u.exec(text.slice(pair.close + 1, pair.close + 40))?.[1]?.toLowerCase();
  return after !== undefined && SPEECH_AFTER.has(after);
}

/**
 * The quotes layer lists this pair as speech: a direct quote over it (not a longer one around it)
 * with a speaker or a cue. A quote it lists with neither is a quoted term, no evidence of speech.
 */
const quotedSpeech = (quotes: readonly Quote[], pair: QuotePair): boolean =>
  quotes.some((q) => q.direct && (q.speakerText !== null || q.cue !== '') && q.span.start <= pair.close && q.span.end > pair.open + 1 &&
    q.span.end - q.span.start <= pair.close - pair.open + 2);

/**
 * Whether a pair holds a scare-quoted term: one to four words, no sentence punctuation, not a
 * capitalised name, not introduced as speech, naming or a title, not a quote of the quotes layer.
 * `sentenceStart` bounds the look-back for speech verbs.
 */
export function isScareQuote(text: string, pair: QuotePair, sentenceStart: number, quotes: readonly Quote[]): boolean {
  const words = termWords(text.slice(pair.open + 1, pair.close));
  if (!words || isName(words)) return false;
  return !introducedAsSpeech(text, pair, sentenceStart) && !quotedSpeech(quotes, pair);
}
