// The quotes of one document (SPEC §1.6): direct quotes from the quotation marks of each
// paragraph, attributed from the words around them; then reported speech sentence by sentence;
// then partial quotes inside reported speech take its speaker. Every step reads a bounded window
// around a mark or cue, so the whole is linear in the text.
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Actor, Event, Quote } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import type { Attribution } from './quote-attribution.js';
import { attributeAfter, attributeBefore } from './quote-attribution.js';
import { quotedRegions, type QuotedRegion } from './quote-marks.js';
import { placeMentions } from './quote-mentions.js';
import { resolvePronounSpeakers } from './quote-pronouns.js';
import { resolveContextSpeakers } from './quote-speaker-context.js';
import { eventSources, type QuoteScene } from './quote-scene.js';
import { tokenize, tokensWithin, wordCount, type Token } from './quote-tokens.js';
import { reportedSpeech } from './reported-speech.js';
import type { SpeechCues } from './speech-cues.js';

export interface QuoteDocument {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
  readonly actors: readonly Actor[];
  readonly events: readonly Event[];
}

/** A scare quote or a name in quotation marks: this short, with no cue, it is no quote. */
const MAX_UNATTRIBUTED_TERM_WORDS = 3;
const MAX_TITLE_WORDS = 8;
/** An unattributed phrase this long is kept as a quote even when it does not end like a sentence. */
const MIN_UNATTRIBUTED_WORDS = 8;
/** How many tokens before an opening mark, and after a closing one, an attribution is looked for. */
const LEAD_TOKENS = 80;
const TAIL_TOKENS = 60;
/** Longer "sentences" are lists or tables run together: reported speech is not looked for in them. */
export const MAX_SENTENCE_CHARS = 5000;
const MAX_UNCLOSED_REPORTS = 10;

/** Between two quotes, what makes the second continue the first's attribution: nothing, or "and that (they)" ("wrote that “…” and that they “…”"). */
const CONTINUES = /^\s*(?:,?\s*and\s+(?:that\s+)?(?:(?:he|she|it|they|we)\s+)?)?$/;

const TITLE_FUNCTION_WORDS = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'with', 'de', 'la', 'le', 'du', 'des']);

/** "Victory Day of the Russian Patriotic War": a capitalised name, not speech. */
function isTitle(content: string): boolean {
  if (/[.!?]\s*$/.test(content)) return false;
  const words = content.match(/[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_FUNCTION_WORDS.has(w.toLowerCase())));
}

/**
 * A quoted span with no cue that is a term, not speech: up to three words ("anti-Russian", "America
 * First"), a capitalised name, or a phrase shorter than a sentence that does not end like one
 * (the “Russia’s invasion of Ukraine”, “Urban and Eastern countries”).
 */
function isTerm(content: string, words: number): boolean {
  if (words <= MAX_UNATTRIBUTED_TERM_WORDS || isTitle(content)) return true;
  return words < MIN_UNATTRIBUTED_WORDS && !/[.!?…]["'”’»]?\s*$/.test(content);
}

/** Index of the last span starting at or before `pos` (binary search); -1 if none. */
function lastStartingAtOrBefore(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Tokens up to the end of the sentence they start: a trailing attribution never runs past a full stop. */
function untilSentenceEnd(tokens: readonly Token[]): { tokens: Token[]; end: number | null } {
  const stop = tokens.findIndex((t) => t.kind === 'punct' && '.!?;'.includes(t.text));
  return stop < 0 ? { tokens: [...tokens], end: null } : { tokens: tokens.slice(0, stop), end: tokens[stop]!.end };
}

interface Kept { readonly region: QuotedRegion; readonly attribution: Attribution | null }

export function findQuotes(doc: QuoteDocument, cues: SpeechCues): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const { text, sentences, paragraphs } = doc;
  const scene: QuoteScene = { text, cues, mentions: placeMentions(doc.actors), eventSources: eventSources(doc.events) };
  const diagnostics: Diagnostic[] = [];
  const regions: QuotedRegion[] = [];
  const kept: Kept[] = [];
  const used = new Set<number>();
  let unclosed = 0;
  const paragraphTokens: Token[][] = []; // by paragraph, for the sentences' tokens

  for (const paragraph of paragraphs) {
    const found = quotedRegions(text, paragraph);
    for (const r of found) regions.push(r); // not push(...found): a flood of marks would overflow the call stack
    const words = found.map((r) => wordCount(text.slice(r.content.start, r.content.end)));
    // For each region, the next one long enough to be a real quote (a backward pass: linear).
    const nextReal = new Int32Array(found.length + 1).fill(-1);
    for (let j = found.length - 1; j >= 0; j -= 1) nextReal[j] = words[j + 1]! > MAX_UNATTRIBUTED_TERM_WORDS ? j + 1 : nextReal[j + 1]!;
    // The paragraph is tokenized once; leads and tails are bounded slices of it, so dense marks stay linear.
    const ptokens = tokenize(text, paragraph.start, paragraph.end);
    paragraphTokens.push(ptokens);
    const at = (pos: number): number => lastStartingAtOrBefore(ptokens, pos - 1) + 1; // first token starting at or after pos
    let previous: { attribution: Attribution | null; end: number } | null = null;
    found.forEach((region, i) => {
      if (region.close === null && (unclosed += 1) <= MAX_UNCLOSED_REPORTS) {
        diagnostics.push(diagnostic('quotes/unclosed', 'quotation mark not closed before the end of its paragraph: the quote is taken to end there', 'warning', { start: region.open, end: region.open + 1 }));
      }
      const content = text.slice(region.content.start, region.content.end);
      const count = words[i]!;
      // Empty, or a name inside the previous quote's attribution (“…” French “Le Monde” said).
      if (count === 0 || (previous && region.open < previous.end)) return;
      // The lead runs from the sentence's start, so that ", and saying: “…”" finds the sentence's subject.
      const s = sentences[lastStartingAtOrBefore(sentences, region.open)];
      const open = at(region.open);
      let attribution = attributeBefore(scene, ptokens.slice(Math.max(at(s?.start ?? paragraph.start), open - LEAD_TOKENS), open));
      let end = region.end;
      if (!attribution && region.close !== null) {
        // The tail may hold a quoted name (French “Le Monde” once accused), but stops at the next real quote.
        const from = at(region.end);
        const to = Math.min(from + TAIL_TOKENS, at(found[nextReal[i]!]?.open ?? paragraph.end));
        const tail = untilSentenceEnd(ptokens.slice(from, to));
        attribution = attributeAfter(scene, tail.tokens);
        if (attribution) end = tail.end ?? tail.tokens.at(-1)?.end ?? region.end;
      }
      // News style: a quote that follows an attributed one with nothing between continues it.
      if (!attribution && previous?.attribution && CONTINUES.test(text.slice(previous.end, region.open))) attribution = previous.attribution;
      if (!attribution && isTerm(content, count)) return;
      if (attribution) used.add(attribution.cueSpan.start);
      kept.push({ region, attribution });
      previous = { attribution, end };
    });
  }
  if (unclosed > MAX_UNCLOSED_REPORTS) {
    diagnostics.push(diagnostic('quotes/unclosed', `${unclosed - MAX_UNCLOSED_REPORTS} more unclosed quotation marks not reported one by one`, 'info'));
  }

  const opens = regions.map((x) => ({ start: x.open }));
  const regionAt = (pos: number): QuotedRegion | undefined => {
    const r = regions[lastStartingAtOrBefore(opens, pos)];
    return r && pos < r.end ? r : undefined;
  };
  const directOpens = new Set(kept.map((k) => k.region.open));
  const indirect: Quote[] = [];
  for (const span of sentences) {
    if (span.end - span.start > MAX_SENTENCE_CHARS) {
      // A long quote read as one sentence is the quote's business, not a list run together.
      if (regionAt((span.start + span.end) >> 1)) continue;
      diagnostics.push(diagnostic('quotes/sentence-too-long', `sentence of ${span.end - span.start} characters not read for reported speech (limit ${MAX_SENTENCE_CHARS}): probably a list or table run together`, 'info', span));
      continue;
    }
    const p = lastStartingAtOrBefore(paragraphs, span.start);
    const inParagraph = p >= 0 && span.end <= paragraphs[p]!.end;
    const tokens = inParagraph ? tokensWithin(text, span.start, span.end, paragraphTokens[p]!) : tokenize(text, span.start, span.end);
    for (const r of reportedSpeech(scene, { span, tokens, regionAt, directOpens, used })) {
      indirect.push({ ...r, text: text.slice(r.span.start, r.span.end), direct: false });
    }
  }

  // A partial quote inside reported speech is the reported speaker's words. Both lists are in
  // text order, so one pass finds, for each quote, the reported statement reaching furthest over it.
  indirect.sort((x, y) => x.span.start - y.span.start);
  let next = 0;
  let cover: Quote | undefined;
  const direct: Quote[] = kept.map(({ region, attribution }) => {
    for (; next < indirect.length && indirect[next]!.span.start <= region.open; next += 1) {
      if (!cover || indirect[next]!.span.end > cover.span.end) cover = indirect[next];
    }
    const a = attribution ?? (cover && region.end <= cover.span.end ? cover : null);
    const span = region.content;
    return {
      speaker: a?.speaker ?? null,
      speakerText: a?.speakerText ?? null,
      speakerSpan: a?.speakerSpan ?? null,
      cue: a?.cue ?? '',
      cueSpan: a?.cueSpan ?? null,
      text: text.slice(span.start, span.end),
      span,
      direct: true,
    };
  });
  const quotes = resolvePronounSpeakers(text, resolveContextSpeakers(text, [...direct, ...indirect], scene.mentions, sentences), scene.mentions)
    .sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  return { quotes, diagnostics };
}
