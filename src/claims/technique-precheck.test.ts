// The word pre-checks must never rule out a sentence a case-insensitive expression would match.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowered, mayHold } from './technique-precheck.js';

test('a sentence holding none of the words is ruled out, one holding any in any case is kept', () => {
  assert.equal(mayHold(lowered('The ferry left on time.'), ['history', 'ever']), false);
  assert.equal(mayHold(lowered('The WORST storm in HISTORY.'), ['history', 'ever']), true);
  assert.equal(mayHold(lowered('However late, it sailed.'), ['ever']), true); // a part of a word is enough: only "maybe"
});

test('characters a Unicode expression folds to ASCII letters keep the sentence', () => {
  const longS = 'The greateſt storm in hiſtory.'; // /history/iu matches "hiſtory"
  assert.ok(/history/iu.test(longS));
  assert.equal(mayHold(lowered(longS), ['history']), true);
  assert.equal(mayHold(lowered('A \u212Aelvin-sign text'), ['kelvin']), true);
});

test('a part whose letters are all there but never side by side is ruled out; one spanning a space is kept', () => {
  assert.equal(mayHold(lowered('Trade rose at noon.'), ['art']), false); // a, r, t all present, "ar" and "rt" not
  assert.equal(mayHold(lowered('The ferry left, and then it sank.'), ['and then']), true);
  assert.equal(mayHold(lowered('Short one.'), ['o']), true); // a single character has no pair: only the substring test
  assert.equal(mayHold(lowered('Short one.'), ['x']), false);
});
