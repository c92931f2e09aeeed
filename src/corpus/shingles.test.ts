import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shingleSequence, shingleSet, shingles } from './shingles.js';
import { wordTokens } from './word-tokens.js';

test('a text of n words has n − k + 1 shingles, in order', () => {
  const tokens = wordTokens('one two three four five six seven');
  const sequence = shingleSequence(tokens, { k: 5 });
  assert.equal(sequence.length, 3);
  assert.equal(shingleSequence(wordTokens('three four five six seven'), { k: 5 })[0], sequence[2]);
});

test('a text shorter than k words has one shingle of all its words; a text without words none', () => {
  assert.equal(shingles('Talks resumed today.').length, 1);
  assert.notDeepEqual(shingles('Talks resumed today.'), shingles('Talks resumed.'));
  assert.equal(shingles(' ... ').length, 0);
});

test('punctuation, case and line breaks do not change the shingles', () => {
  assert.deepEqual(
    shingles('The talks, which began in May, have stalled; "nothing moves", one envoy said.'),
    shingles('the talks which began\nin may have stalled nothing moves one envoy said'),
  );
});

test('the shingle set is sorted and has no repeats', () => {
  const set = shingleSet(shingleSequence(wordTokens('a b c d e f a b c d e f a b c d e f')));
  assert.equal(set.length, 6);
  for (let i = 1; i < set.length; i += 1) assert.ok(set[i - 1]! < set[i]!);
});
