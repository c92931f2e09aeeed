// Reported (indirect) speech in one sentence: a speaker, a cue and the reported clause — "Putin
// said that the West is pushing …" (content after "that", else right after a `clause` cue, up to
// the end of the sentence), "X told reporters that …", "according to Sputnik, …", "Zakharova: the
// West …", and the trailing forms "…, Lavrov said." / "…, said Lavrov." / "As Putin said, …".
// Cues inside quotation marks and cues already attributing a direct quote are skipped.
import type { ActorRef } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import type { QuotedRegion } from './quote-marks.js';
import type { QuoteScene } from './quote-scene.js';
import { isSpeakerPhrase, leftOfCue, phraseAfter, phraseEndingAt, resolveSpeaker, speakerForCue, type Speaker } from './quote-speaker.js';
import { CONJUNCTIONS, isWord, NOT_CONTENT_START, PHRASE_STOPS, OBJECT_WORDS, PREPOSITIONS, TIME_WORDS, wordCount, type Token } from './quote-tokens.js';
import { complementStart } from './speech-complement.js';
import { cueAt, type CueMatch } from './speech-cue-match.js';

export interface ReportedSpeech {
  readonly speaker: ActorRef | null;
  readonly speakerText: string;
  readonly speakerSpan: Span;
  readonly cue: string;
  readonly cueSpan: Span;
  readonly span: Span;
}

export interface SentenceScope {
  readonly span: Span;
  readonly tokens: readonly Token[];
  /** The top-level quoted region covering an offset, if any. */
  readonly regionAt: (pos: number) => QuotedRegion | undefined;
  /** Offsets where a direct quote that is kept opens. */
  readonly directOpens: ReadonlySet<number>;
  /** Offsets of cues already attributing a direct quote. */
  readonly used: ReadonlySet<number>;
}

/** "that" may come this many words after a `that` cue ("told RIA Novosti on Friday that"). */
const MAX_OBJECT_WORDS = 5;
/** Words after the cue of a trailing attribution ("…, Lavrov said on Monday."). */
const MAX_TAIL_WORDS = 4;
const MIN_CONTENT_WORDS = 2;
/** How far after a characterising verb its link ("as", "of") or quoted complement may come. */
const MAX_LINK_DISTANCE = 8;
const MAX_BARE_OBJECT_WORDS = 3;
const SUBORDINATORS = new Set(['if', 'unless', 'whether', 'because', 'although', 'though', 'once', 'until', 'when', 'while', 'since']);
const OBJECT_FOLLOWERS = new Set(['and', 'but', 'to', 'in', 'at', 'on', 'when', 'because', 'as', 'for']);

/** Words from `from` up to the next comma or the end: what follows a trailing attribution before its sentence goes on. */
function wordsUntilComma(tokens: readonly Token[], from: number): number {
  let n = 0;
  for (let k = from; k < tokens.length && tokens[k]!.text !== ','; k += 1) if (tokens[k]!.kind === 'word') n += 1;
  return n;
}

/** After a trailing cue ("…, Lavrov said on Monday."), only a short setting: not an infinitive ("agreed to continue"). */
function endsAttribution(tokens: readonly Token[], from: number): boolean {
  const next = tokens[from];
  if (isWord(next) && (next.lower === 'to' || !(PREPOSITIONS.has(next.lower) || TIME_WORDS.has(next.lower)))) return false;
  return wordsUntilComma(tokens, from) <= MAX_TAIL_WORDS;
}

/** The content span from `start` to the sentence's end, without closing punctuation; a quote begun inside runs to its close. */
function contentTo(scene: QuoteScene, scope: SentenceScope, start: number, end: number): Span | null {
  let e = end;
  const region = scope.regionAt(Math.max(start, e - 1));
  if (region && region.open >= start && region.end > e) e = region.end;
  const { text } = scene;
  while (e > start && /[\s.!?;,:]/.test(text[e - 1]!)) e -= 1;
  if (e <= start || scope.directOpens.has(start)) return null;
  return wordCount(text.slice(start, e)) >= MIN_CONTENT_WORDS ? { start, end: e } : null;
}

/** A characterisation's content is its object and complement: "described the strikes as …", "called the draft “…”". */
function objectStart(tokens: readonly Token[], cue: CueMatch): number | null {
  const first = tokens[cue.to + 1];
  if (!isWord(first) || PREPOSITIONS.has(first.lower)) return null; // "called for", "called on"
  let bare = true; // the object so far is a plain short phrase
  for (let j = cue.to + 2; j < tokens.length && j <= cue.to + 1 + MAX_LINK_DISTANCE; j += 1) {
    const t = tokens[j]!;
    if (t.kind === 'word' && cue.form.links.includes(t.lower)) return cue.to + 1; // "accused Damascus and Moscow of …"
    // A quoted complement right after a short object: "called the draft “divorced from reality”".
    if (t.kind === 'mark') return bare && j - cue.to - 1 <= MAX_BARE_OBJECT_WORDS ? cue.to + 1 : null;
    if (t.kind === 'punct') return null;
    if (PHRASE_STOPS.has(t.lower)) bare = false;
  }
  return null;
}

/** Where the reported content after a cue starts: a clause, else one of the verb's other complements ("urged X to …"). */
function contentStart(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch): number | null {
  return (cue.form.takes === 'quote' ? null : clauseStart(scene, tokens, cue)) ?? complementStart(tokens, cue);
}

/** Where the reported clause after a cue starts: after "that", a colon or comma, or (for `clause` cues) right away. */
function clauseStart(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch): number | null {
  if (cue.form.takes === 'object') return objectStart(tokens, cue);
  let k = cue.to + 1;
  let introduced = false;
  // "said frankly that", "stressed many times that": an adverbial between the cue and "that".
  for (let j = k; j < tokens.length && j <= k + 3 && isWord(tokens[j]) && isAdverbial(tokens[j]!); j += 1) {
    if (tokens[j + 1]?.lower === 'that') { k = j + 1; break; }
  }
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') {
    k += 1;
    introduced = true;
    // "reported, citing diplomats, that …": an aside before "that".
    for (let j = k; j < tokens.length && j <= k + MAX_OBJECT_WORDS; j += 1) {
      if (tokens[j]!.text === ',' && tokens[j + 1]?.lower === 'that') { k = j + 1; break; }
      if (tokens[j]!.kind !== 'word') break;
    }
  }
  if (tokens[k]?.lower === 'that') {
    k += 1;
    introduced = true;
    if (tokens[k]?.text === ',') k += 1; // "said that, with the mediation of …, an agreement"
  }
  else if (!introduced) {
    const first = tokens[k];
    const settingFirst = isWord(first) && (PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower));
    if (cue.form.takes === 'that' || settingFirst) {
      let found = -1;
      for (let j = k; j < tokens.length && j <= k + MAX_OBJECT_WORDS && found < 0; j += 1) {
        const t = tokens[j]!;
        if (t.lower === 'that' || (settingFirst && t.text === ',')) found = j;
        else if (t.kind !== 'word') break;
      }
      if (found >= 0) { k = found + 1; introduced = true; }
      else if (cue.form.takes === 'that' || (settingFirst && PREPOSITIONS.has(first.lower))) return null; // "insists on becoming …"
    }
  }
  const first = tokens[k];
  if (!first) return null;
  if (first.kind === 'word' && CONJUNCTIONS.has(first.lower)) return null;
  if (cueAt(tokens, k, scene.cues, scene.mentions)) return null; // "responded, saying that …": the next cue's content
  if (first.kind === 'word' && !introduced && NOT_CONTENT_START.has(first.lower)) return null; // "said to be", "warned of"
  if (first.kind === 'word' && OBJECT_WORDS.has(first.lower)) { // "said this, and …": an object, not a clause
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word' || OBJECT_FOLLOWERS.has(next.lower)) return null;
  }
  return k;
}

const ADVERBIALS = new Set(['many', 'several', 'times', 'again', 'once', 'also', 'repeatedly', 'earlier', 'later', 'today', 'yesterday']);
const isAdverbial = (t: Token): boolean => ADVERBIALS.has(t.lower) || /^[a-z]{3,}ly$/.test(t.text);

const reported = (speaker: Speaker, cue: string, cueSpan: Span, span: Span): ReportedSpeech => ({ ...speaker, cue, cueSpan, span });

/** "As declared the spokesman Dmitry Peskov, the Kremlin considers …": translations put the speaker after the verb. */
function asSpeakerAfter(scene: QuoteScene, scope: SentenceScope, cue: CueMatch): ReportedSpeech | null {
  const { tokens, span } = scope;
  if (cue.from !== 1 || tokens[0]!.lower !== 'as' || cue.form.participle || cue.form.takes === 'phrase') return null;
  const range = phraseAfter(tokens, cue.to + 1, scene.mentions, false);
  if (!range || tokens[range.to + 1]?.text !== ',' || !tokens[range.to + 2] || !isSpeakerPhrase(tokens, range, scene.mentions, scene.cues)) return null;
  const content = contentTo(scene, scope, tokens[range.to + 2]!.start, span.end);
  return content ? reported(resolveSpeaker(scene.text, tokens, range, scene.mentions), cue.text, cue.span, content) : null;
}

function fromVerb(scene: QuoteScene, scope: SentenceScope, cue: CueMatch): ReportedSpeech | null {
  const { tokens, span } = scope;
  const left = leftOfCue(tokens, cue.from, scene.mentions, scene.cues, cue.form.participle);
  const speaker = speakerForCue(scene, tokens, cue);
  const sentenceStart = tokens[0]!.start;
  const inverted = asSpeakerAfter(scene, scope, cue);
  if (inverted) return inverted;
  // "if the EU insists, China could …": a condition, not a report.
  if (left.kind === 'phrase' && left.before && SUBORDINATORS.has(left.before.lower) && tokens[cue.to + 1]?.text === ',') return null;
  if (speaker && left.kind === 'phrase' && left.before?.lower === 'as') {
    if (left.range.from === 1) { // "As Putin said, the West …"
      const comma = tokens.findIndex((t, j) => j > cue.to && j <= cue.to + 8 && t.text === ',');
      const content = comma > 0 && tokens[comma + 1] ? contentTo(scene, scope, tokens[comma + 1]!.start, span.end) : null;
      return content ? reported(speaker, cue.text, cue.span, content) : null;
    }
    // "Such a move, as Russia said, would be …": the aside reports its whole sentence.
    const content = tokens[left.range.from - 2]?.text === ',' ? contentTo(scene, scope, sentenceStart, span.end) : null;
    return content ? reported(speaker, cue.text, cue.span, content) : null;
  }
  const commaBefore = left.kind === 'phrase' && tokens[left.range.from - 1]?.text === ',' && left.range.from > 1;
  const trailing = commaBefore && (cue.form.takes === 'clause' || cue.form.takes === 'that');
  if (speaker && trailing && tokens[cue.to + 1]?.text === ',' && isWord(tokens[cue.to + 2]) && !cueAt(tokens, cue.to + 2, scene.cues, scene.mentions)) {
    // "The Houthis had continued their attacks, he said, including against …": the aside reports its whole sentence.
    const whole = contentTo(scene, scope, sentenceStart, span.end);
    return whole ? reported(speaker, cue.text, cue.span, whole) : null;
  }
  if (speaker) {
    const k = contentStart(scene, tokens, cue);
    const content = k === null ? null : contentTo(scene, scope, tokens[k]!.start, span.end);
    if (content) return reported(speaker, cue.text, cue.span, content);
    // "The situation is dangerous, Lavrov said." / "…, the ministry said, adding that …"
    const comma = left.kind === 'phrase' ? tokens[left.range.from - 1] : undefined;
    if (!trailing || !comma || !endsAttribution(tokens, cue.to + 1)) return null;
    if (cueAt(tokens, 0, scene.cues, scene.mentions)) return null; // "According to KCNA, the two leaders agreed to …"
    const before = contentTo(scene, scope, sentenceStart, comma.start);
    return before && wordCount(scene.text.slice(before.start, before.end)) >= 3 ? reported(speaker, cue.text, cue.span, before) : null;
  }
  if (left.kind === 'comma' && !cue.form.participle && (cue.form.takes === 'clause' || cue.form.takes === 'that')) { // "…, said Lavrov."
    const range = phraseAfter(tokens, cue.to + 1, scene.mentions, false);
    if (!range || !isSpeakerPhrase(tokens, range, scene.mentions, scene.cues) || wordsUntilComma(tokens, range.to + 1) > MAX_TAIL_WORDS) return null;
    const before = contentTo(scene, scope, sentenceStart, tokens[cue.from - 1]!.start);
    return before ? reported(resolveSpeaker(scene.text, tokens, range, scene.mentions), cue.text, cue.span, before) : null;
  }
  return null;
}

/** Possessives of a phrase cue that holds its own speaker ("by his words"). */
const OWN = new Set(['his', 'her', 'their']);
/** Object pronouns after a phrase cue ("according to him"), resolved later like "he". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/** "…, which according to him would be …": the relative clause after the phrase is the content. */
const RELATIVE_HEADS = new Set(['which', 'who', 'that']);

/** The speaker of a phrase cue and the token its phrase ends at: "according to Sputnik", "according to him", "by his words". */
function phraseSpeaker(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch): { speaker: Speaker; last: number } | null {
  const token = (t: Token): Speaker => ({ speaker: null, speakerText: t.text, speakerSpan: { start: t.start, end: t.end } });
  if (cue.form.self) {
    const own = tokens.slice(cue.from, cue.to + 1).find((t) => OWN.has(t.lower));
    return own ? { speaker: token(own), last: cue.to } : null;
  }
  const next = tokens[cue.to + 1];
  if (isWord(next) && OBJECT_PRONOUNS.has(next.lower)) return { speaker: token(next), last: cue.to + 1 };
  const range = phraseAfter(tokens, cue.to + 1, scene.mentions, true);
  if (!range || !isSpeakerPhrase(tokens, range, scene.mentions, scene.cues, true)) return null; // "according to the plan"
  return { speaker: resolveSpeaker(scene.text, tokens, range, scene.mentions), last: range.to };
}

function fromPhrase(scene: QuoteScene, scope: SentenceScope, cue: CueMatch): ReportedSpeech | null {
  const { tokens, span } = scope;
  const found = phraseSpeaker(scene, tokens, cue);
  if (!found) return null;
  const { speaker, last } = found;
  const after = tokens[last + 1];
  if (cue.from === 0 || (cue.from === 1 && isWord(tokens[0]))) { // "According to Sputnik, …"
    if (after?.text !== ',' || !tokens[last + 2]) return null;
    const content = contentTo(scene, scope, tokens[last + 2]!.start, span.end);
    return content ? reported(speaker, cue.text, cue.span, content) : null;
  }
  if (RELATIVE_HEADS.has(tokens[cue.from - 1]?.lower ?? '') && isWord(after)) {
    const content = contentTo(scene, scope, after.start, span.end);
    return content ? reported(speaker, cue.text, cue.span, content) : null;
  }
  const comma = tokens[cue.from - 1];
  if (comma?.text !== ',') return null; // "withdraw according to the plan"
  // "…, according to Sputnik." reports what precedes; a parenthetical one reports the whole sentence.
  const parenthetical = after?.text === ',' && isWord(tokens[last + 2]);
  const content = contentTo(scene, scope, tokens[0]!.start, parenthetical ? span.end : comma.start);
  return content ? reported(speaker, cue.text, cue.span, content) : null;
}

/** "Zakharova: the West …": a sentence that opens with a speaker phrase and a colon. */
function fromColon(scene: QuoteScene, scope: SentenceScope): ReportedSpeech | null {
  const { tokens, span } = scope;
  const colon = tokens.findIndex((t, j) => j <= 10 && t.text === ':');
  if (colon < 1 || scope.used.has(tokens[colon]!.start) || !tokens[colon + 1]) return null;
  const left = phraseEndingAt(tokens, colon - 1, scene.mentions, scene.cues);
  let first = 0;
  while (tokens[first]?.kind === 'mark') first += 1;
  if (left.kind !== 'phrase' || left.range.from !== first || !isSpeakerPhrase(tokens, left.range, scene.mentions, scene.cues, true)) return null;
  for (let j = first; j < colon; j += 1) if (cueAt(tokens, j, scene.cues, scene.mentions)) return null; // "The Chinese side stated:" is the verb's
  const content = contentTo(scene, scope, tokens[colon + 1]!.start, span.end);
  const c = tokens[colon]!;
  return content ? reported(resolveSpeaker(scene.text, tokens, left.range, scene.mentions), ':', { start: c.start, end: c.end }, content) : null;
}

/** Whether a statement's content is a complement ("agreed to stop", "urged X to"), not a clause of its own. */
function fromComplement(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch, found: ReportedSpeech): boolean {
  if (cue.form.complements.length === 0 || (cue.form.takes !== 'quote' && clauseStart(scene, tokens, cue) !== null)) return false;
  const k = complementStart(tokens, cue);
  return k !== null && tokens[k]!.start === found.span.start;
}

/** Every reported statement of one sentence, in order of its cue. */
export function reportedSpeech(scene: QuoteScene, scope: SentenceScope): ReportedSpeech[] {
  const { tokens } = scope;
  if (tokens.length === 0) return [];
  const out: ReportedSpeech[] = [];
  const complementOnly = new Set<ReportedSpeech>();
  const colon = fromColon(scene, scope);
  if (colon) out.push(colon);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || scope.regionAt(t.start)) continue;
    const cue = cueAt(tokens, i, scene.cues, scene.mentions);
    if (!cue) continue;
    i = cue.to;
    if (scope.used.has(cue.span.start) || (cue.form.takes === 'quote' && cue.form.complements.length === 0)) continue;
    const found = cue.form.takes === 'phrase' ? fromPhrase(scene, scope, cue) : fromVerb(scene, scope, cue);
    if (!found) continue;
    out.push(found);
    if (cue.form.takes !== 'phrase' && fromComplement(scene, tokens, cue, found)) complementOnly.add(found);
  }
  // A commitment or request inside a reported clause ("said that the two sides … agreed to stop firing") is part of it.
  const clauses = out.filter((q) => !complementOnly.has(q));
  return out.map((q) => cutAtNextSpeaker(scene.text, q, clauses));
}

/** Where a coordinate clause with a speaker of its own begins: "Moscow says X, while Kyiv says Y". */
const COORDINATE_END = /(?:[,;]\s*(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+)$/;

/** A statement ends where the next one's speaker starts after a comma; "that" before it would make it nested speech, kept. */
function cutAtNextSpeaker(text: string, q: ReportedSpeech, all: readonly ReportedSpeech[]): ReportedSpeech {
  for (const r of all) {
    // The next statement begins at its speaker, or at its cue when it shares the subject ("…, and stressed that").
    for (const at of [r.speakerSpan.start, r.cueSpan.start]) {
      if (r === q || at <= q.span.start || at >= q.span.end) continue;
      const before = text.slice(q.span.start, at);
      const m = COORDINATE_END.exec(before);
      if (!m) continue;
      const end = q.span.start + before.length - m[0].length;
      if (wordCount(text.slice(q.span.start, end)) >= MIN_CONTENT_WORDS) return { ...q, span: { start: q.span.start, end } };
    }
  }
  return q;
}
