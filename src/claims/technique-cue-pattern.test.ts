import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileCuePattern } from './technique-cue-pattern.js';

const error = (p: string): string => {
  const c = compileCuePattern(p);
  assert.equal(typeof c, 'string', `${p} compiled`);
  return c as string;
};

test('a pattern compiles to one slot per word, alternatives and prefixes in one slot', () => {
  const c = compileCuePattern('manipulat* public|the opinion');
  assert.ok(typeof c !== 'string');
  assert.equal(c.slots.length, 3);
  assert.deepEqual(c.slots[0], { kind: 'words', exact: new Set(), prefixes: ['manipulat'] });
  assert.deepEqual(c.slots[1], { kind: 'words', exact: new Set(['public', 'the']), prefixes: [] });
});

test('^ anchors the pattern to the sentence start and is not a slot', () => {
  const c = compileCuePattern('^ what about');
  assert.ok(typeof c !== 'string');
  assert.equal(c.anchored, true);
  assert.equal(c.slots.length, 2);
});

test('a gap may not start or end a pattern', () => {
  assert.match(error('... war'), /must not start or end/);
  assert.match(error('war ...'), /must not start or end/);
});

test('a short prefix is refused', () => {
  assert.match(error('an* thing'), /three letters/);
});

test('a slot that is not a word is refused', () => {
  assert.match(error('war (now)'), /is not a word/);
});

test('a pattern needs a word, not only an actor or quotation mark', () => {
  assert.match(error('{actor} "'), /at least one word/);
});
