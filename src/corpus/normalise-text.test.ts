import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentHash, normaliseText } from './normalise-text.js';

test('rendering differences (case, quotes, dashes, full-width forms, wrapping, zero-width) normalise away', () => {
  const plain = 'The "West\'s" plan - in 2022 - failed. FIRST round.';
  const rendered = '  The \u201CWest\u2019s\u201D plan \u2014 in \uFF12\uFF10\uFF122 \u2013 fai\u00ADled.\n\n\uFF26irst\u200B  ROUND. ';
  assert.equal(normaliseText(rendered), normaliseText(plain));
  assert.equal(contentHash(rendered), contentHash(plain));
});

test('the normalised text is lower case with single spaces and keeps digits and punctuation', () => {
  assert.equal(normaliseText('  On 21 May,\tNATO\r\nsaid: "No."  '), 'on 21 may, nato said: "no."');
});

test('a changed digit or word changes the content hash', () => {
  const text = 'Talks resumed on 2024-05-21 in Vienna.';
  assert.notEqual(contentHash(text), contentHash(text.replace('21', '22')));
  assert.notEqual(contentHash(text), contentHash(text.replace('Vienna', 'Geneva')));
});

test('the content hash is the SHA-256 hex digest', () => {
  // SHA-256 of the empty string (FIPS 180-2 test value): whitespace-only text normalises to "".
  assert.equal(contentHash(' \n\t '), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.match(contentHash('Some text.'), /^[0-9a-f]{64}$/);
});
