// A sentence's tokens read off its paragraph's tokens are those of tokenizing the sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize, tokensWithin } from './quote-tokens.js';

test('the tokens of a stretch inside a tokenized paragraph are the stretch tokenized', () => {
  const text = 'The mayor said: “The ferry sails.” Then U.S. officials left. Tolls rose 12.5% (again).';
  const outer = tokenize(text, 0, text.length);
  for (let from = 0; from < text.length; from += 3) {
    for (let to = from; to <= text.length; to += 5) assert.deepEqual(tokensWithin(text, from, to, outer), tokenize(text, from, to), `${from}-${to}`);
  }
});

test('a stretch starting inside a word is tokenized afresh', () => {
  const text = 'Harbourmaster Lena signed.';
  assert.deepEqual(tokensWithin(text, 4, 20, tokenize(text, 0, text.length)).map((t) => t.text), ['ourmaster', 'Lena']);
});
