// Tags corrected with the actor slots, on hand-built sentences of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TriggerLookup } from './coded-event.js';
import type { ActorSlot, SentenceView } from './sentence-view.js';
import { slotTags } from './slot-tags.js';
import type { TaggedToken } from './tag-sentence.js';
import type { Trigger } from './trigger-schema.js';

const triggers: TriggerLookup = {
  // Only whether the lemma is a verb trigger matters here.
  verb: (lemma) => (['welcome', 'condemn'].includes(lemma) ? ({ code: '051' } as unknown as Trigger) : undefined),
  noun: () => undefined,
};

/** A view of "word/POS" tokens with slots over the given [from, to) ranges. */
function view(words: string, ranges: [number, number][]): SentenceView {
  let at = 0;
  const tokens: TaggedToken[] = words.split(' ').map((w) => {
    const [text, pos] = w.split('/') as [string, string];
    const t = { start: at, end: at + text.length, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos };
    at += text.length + 1;
    return t;
  });
  const slotAt = new Int32Array(tokens.length).fill(-1);
  const slots: ActorSlot[] = ranges.map(([from, to], k) => {
    slotAt.fill(k, from, to);
    return { from, to, span: { start: tokens[from]!.start, end: tokens[to - 1]!.end }, actors: [] };
  });
  return { index: 0, span: { start: 0, end: at }, tokens, slots, slotAt };
}

const tags = (v: SentenceView): string => slotTags(v, triggers).tokens.map((t) => t.pos).join(' ');

test('a word inside an actor name is never a verb', () => {
  // "The Zembla Ministry of Happy Walks condemned Ruritania."
  const v = view('The/DET Zembla/PROPN Ministry/PROPN of/ADP Happy/PROPN Walks/VERB condemned/VERB Ruritania/PROPN', [[1, 6], [7, 8]]);
  assert.equal(tags(v), 'DET PROPN PROPN ADP PROPN PROPN VERB PROPN');
});

test('a bare verb the tagger read as an adjective after a subject, before a noun phrase, is the verb', () => {
  // "Zembla and Ruritania welcome the agreement."
  const v = view('Zembla/PROPN and/CCONJ Ruritania/PROPN welcome/ADJ the/DET agreement/NOUN', [[0, 1], [2, 3]]);
  assert.equal(tags(v), 'PROPN CCONJ PROPN VERB DET NOUN');
});

test('no verb made where the word is not a known verb, not bare, or no noun phrase follows', () => {
  assert.equal(tags(view('Zembla/PROPN friendly/ADJ the/DET agreement/NOUN', [[0, 1]])), 'PROPN ADJ DET NOUN');
  assert.equal(tags(view('Zembla/PROPN welcome/ADJ ./PUNCT', [[0, 1]])), 'PROPN ADJ PUNCT');
  // After a preposition the slot is no subject: "a visit to Zembla welcome the …" is not read.
  assert.equal(tags(view('visit/NOUN to/ADP Zembla/PROPN welcome/ADJ the/DET agreement/NOUN', [[2, 3]])), 'NOUN ADP PROPN ADJ DET NOUN');
});

test('"official" before a name describes it', () => {
  assert.equal(tags(view('by/ADP official/NOUN Zembla/PROPN', [[2, 3]])), 'ADP ADJ PROPN');
});
