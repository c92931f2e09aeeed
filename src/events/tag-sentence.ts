// Part-of-speech tags and lemmas for one sentence, from wink-nlp's English model, with each token
// placed on the document's characters so that every event can point back to its words.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import winkNLP from 'wink-nlp';
import type { Span } from '../model/span.js';

export interface TaggedToken extends Span {
  readonly text: string;
  /** Lower-case surface form. */
  readonly lower: string;
  /** Lower-case lemma ("withdrew" → "withdraw"); the lower-case form when the model has none. */
  readonly lemma: string;
  /** Universal POS tag: VERB, AUX, NOUN, PROPN, ADP, PART, DET, ADJ, ADV, PRON, CCONJ, SCONJ, NUM, PUNCT… */
  readonly pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
let uses = 0;
// wink-nlp adds every unseen word to the model's vocabulary, so over a large corpus it grows
// without bound (~30 MB per 150,000 new words). A freshly loaded model (~50 ms) every
// RENEW_AFTER sentences keeps memory flat at a negligible cost; the model module is CommonJS,
// so loading it again means dropping it from require's cache.
const RENEW_AFTER = 20_000;
const require = createRequire(import.meta.url);
function freshModel(): Parameters<typeof winkNLP>[0] {
  const main = require.resolve('wink-eng-lite-web-model');
  const root = dirname(main);
  for (const key of Object.keys(require.cache)) if (key.startsWith(root)) delete require.cache[key];
  return require(main) as Parameters<typeof winkNLP>[0];
}
const tagger = (): Nlp => {
  if (!nlp || (uses += 1) > RENEW_AFTER) {
    nlp = winkNLP(freshModel(), ['sbd', 'pos']);
    uses = 0;
  }
  return nlp;
};

/** A token of a sentence body, offsets relative to the body. */
type BodyToken = Omit<TaggedToken, 'start' | 'end'> & { readonly at: number; readonly to: number };

// The event, stance and target-sentiment layers each read the same sentences, and scraped pages
// repeat sentences many times; tags depend only on the sentence's characters, so the last
// CACHE_SIZE sentence bodies are tagged once (least recently used dropped first).
const CACHE_SIZE = 4096;
const cache = new Map<string, readonly BodyToken[]>();

/** Forgets every cached sentence: benchmarks call it so that a repeated document is tagged afresh. */
export const clearTagCache = (): void => cache.clear();

function tagBody(body: string): readonly BodyToken[] {
  const hit = cache.get(body);
  if (hit) {
    cache.delete(body);
    cache.set(body, hit);
    return hit;
  }
  const w = tagger();
  const tokens = w.readDoc(body).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(w.its.pos) as string[];
  // The typings of its.lemma disagree with out()'s; the call is the documented one.
  const lemmas = tokens.out(w.its.lemma as unknown as typeof w.its.pos) as string[];
  const out: BodyToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // wink keeps the characters of each token ("ca" + "n't"); find it from the cursor so that a
    // token it normalised is skipped rather than misplaced.
    const at = body.indexOf(value, cursor);
    if (at < 0 || at - cursor > 40) return;
    cursor = at + value.length;
    const lower = value.toLowerCase();
    out.push({ at, to: cursor, text: value, lower, lemma: (lemmas[i] ?? lower).toLowerCase(), pos: tags[i] ?? 'X' });
  });
  cache.set(body, out);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return out;
}

/** Tokens of `text.slice(sentence.start, sentence.end)` with tags; offsets index `text`. */
export function tagSentence(text: string, sentence: Span): TaggedToken[] {
  return tagBody(text.slice(sentence.start, sentence.end)).map(({ at, to, text: value, lower, lemma, pos }) => ({
    start: sentence.start + at,
    end: sentence.start + to,
    text: value,
    lower,
    lemma,
    pos,
  }));
}
