import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENGLISH_PROSE } from '../testing/sample-prose.js';
import { paragraphIndexOfSentences, segment } from './segment.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';

describe('segment', () => {
  it('agrees with splitParagraphs and splitSentences', () => {
    const { paragraphs, sentences } = segment(ENGLISH_PROSE);
    assert.deepEqual(paragraphs, splitParagraphs(ENGLISH_PROSE));
    assert.deepEqual(sentences, splitSentences(ENGLISH_PROSE));
  });

  it('never lets a sentence cross a paragraph boundary', () => {
    const text = 'The talks went on until\n\nlate at night, officials said\n\nNobody left';
    const { paragraphs, sentences } = segment(text);
    assert.equal(paragraphs.length, 3);
    assert.deepEqual(sentences, paragraphs);
  });

  it('maps each sentence to its paragraph', () => {
    const text = 'Heading\n\nOne. Two.\n\nThree.';
    assert.deepEqual(paragraphIndexOfSentences(segment(text)), [0, 1, 1, 2]);
  });

  it('handles empty text', () => {
    assert.deepEqual(segment(''), { paragraphs: [], sentences: [] });
  });
});
