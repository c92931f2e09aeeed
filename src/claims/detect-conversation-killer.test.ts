import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('the author\'s question answered at once by a categorical sentence is a conversation killer', () => {
  const flags = flagsOf('But will the West make concessions? The answer is undoubtedly negative. The talks went on.', 'conversation_killer');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'The answer is undoubtedly negative');
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a stock phrase standing as a short sentence of its own is structural', () => {
  const flags = flagsOf('Needless to say, the plan failed. The ministers met again in May.', 'conversation_killer');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('the stock phrase inside a long sentence stays lexical', () => {
  const flags = flagsOf('There is no doubt that the ministers of both countries will meet again in Geneva before the end of the year to discuss the grain deal.', 'conversation_killer');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence <= 0.4);
});

test('an answer that is no categorical statement is not one', () => {
  assert.deepEqual(flagsOf('Will the talks resume? The ministers meet on Monday.', 'conversation_killer'), []);
});

test('a short concessive maxim naming no actor is a conversation killer', () => {
  const flags = flagsOf('The court adjourned again. Truth may be slow, but it always arrives.', 'conversation_killer');
  assert.deepEqual(flags.map((f) => f.text), ['Truth may be slow, but it always arrives']);
});
