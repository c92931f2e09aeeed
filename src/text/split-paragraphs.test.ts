import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from './split-paragraphs.js';

const paragraphs = (text: string): string[] => splitParagraphs(text).map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it('splits on blank lines and trims each block', () => {
    assert.deepEqual(paragraphs('  Heading line \n\n First para.\nStill first.\n\n\n\nSecond.  '), [
      'Heading line',
      'First para.\nStill first.',
      'Second.',
    ]);
  });

  it('treats whitespace-only lines and CRLF blank lines as breaks', () => {
    assert.deepEqual(paragraphs('One.\n \t \nTwo.\r\n\r\nThree.'), ['One.', 'Two.', 'Three.']);
  });

  it('treats U+2029 as a paragraph separator', () => {
    assert.deepEqual(paragraphs('One.\u2029Two.'), ['One.', 'Two.']);
  });

  it('keeps single newlines inside a paragraph', () => {
    assert.deepEqual(paragraphs('Line one\nline two'), ['Line one\nline two']);
  });

  it('returns offsets into the text', () => {
    assert.deepEqual(splitParagraphs('\nA b.\n\nC d.\n'), [{ start: 1, end: 5 }, { start: 7, end: 11 }]);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitParagraphs(''), []);
    assert.deepEqual(splitParagraphs('\n\n  \n'), []);
  });
});
