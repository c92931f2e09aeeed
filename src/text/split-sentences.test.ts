import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Span } from '../model/span.js';
import { ENGLISH_PROSE, LANGUAGE_SAMPLES } from '../testing/sample-prose.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';

/** Sorted, non-overlapping, non-empty, trimmed, covering every non-whitespace character. */
function assertPartition(text: string, spans: readonly Span[]): void {
  let previousEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const { start, end } of spans) {
    assert.ok(start >= previousEnd && start < end && end <= text.length, `bad span ${start}-${end}`);
    assert.doesNotMatch(text[start] ?? '', /\s/, `leading space at ${start}`);
    assert.doesNotMatch(text[end - 1] ?? '', /\s/, `trailing space at ${end}`);
    covered.fill(1, start, end);
    previousEnd = end;
  }
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i] ?? '')) assert.equal(covered[i], 1, `character ${i} ${JSON.stringify(text[i])} not covered`);
  }
}

/** Sentences never straddle a blank line. */
function assertWithinParagraphs(text: string, spans: readonly Span[]): void {
  const paragraphs = splitParagraphs(text);
  for (const s of spans) {
    assert.ok(paragraphs.some((p) => p.start <= s.start && s.end <= p.end), `sentence ${s.start}-${s.end} crosses a paragraph`);
  }
}

// A deterministic generator, so a failure can be reproduced from the seed in its name.
function randomText(seed: number, length: number): string {
  const alphabet = ['a', 'B', 'ж', '中', ' ', ' ', '\n', '\n\n', '.', '!', '?', '…', '”', '“', '"', "'", ')', '3', ',', 'U.S.', 'Mr.', '\t', '。', 'Ukraine.However'];
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

describe('splitSentences invariants', () => {
  const texts: Record<string, string> = {
    'English prose': ENGLISH_PROSE,
    ...LANGUAGE_SAMPLES,
    'leading and trailing space': '  \n\n  Talks failed.  \n  The envoy left.\n\n  ',
    'only punctuation': '... !!! ” “',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`partitions ${name}`, () => {
      const spans = splitSentences(text);
      assertPartition(text, spans);
      assertWithinParagraphs(text, spans);
    });
  }
  for (let seed = 1; seed <= 40; seed++) {
    it(`partitions random text #${seed}`, () => {
      const text = randomText(seed, 400);
      const spans = splitSentences(text);
      assertPartition(text, spans);
      assertWithinParagraphs(text, spans);
    });
  }
});

describe('splitSentences on news prose', () => {
  it('finds the sentences of the English sample', () => {
    const found = splitSentences(ENGLISH_PROSE).map((s) => ENGLISH_PROSE.slice(s.start, s.end));
    assert.equal(found[0], 'Moscow and Beijing deepen energy ties amid Western pressure');
    assert.ok(found.includes('However, the figures could not be independently verified.'));
    assert.ok(found.includes('“Only the arms dealers!”'));
    assert.ok(found.includes('Latest developments'));
    assert.ok(found.includes('The regional governor wrote on Telegram that nobody was hurt\nand that the power supply was restored within 60 minutes.'));
    assert.ok(found.includes('The next morning, the OSCE said it had recorded 1,250 explosions, 60% more than the week before.'));
    assert.equal(found.length, 20);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n \t'), []);
  });

  it('keeps a text without terminal punctuation as one sentence', () => {
    assert.deepEqual(splitSentences('  medium - and short-range missiles  '), [{ start: 2, end: 35 }]);
  });

  it('handles astral characters without splitting surrogate pairs', () => {
    const text = 'Ceasefire agreed 🎉. 𠀀𠀁 statement follows.';
    const spans = splitSentences(text);
    assertPartition(text, spans);
    assert.equal(spans.length, 2);
  });
});
