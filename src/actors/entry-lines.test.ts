import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryLines } from './entry-lines.js';

test('the line of each element of the top-level "entries" array', () => {
  const json = '{\n  "$schema": "x",\n  "note": "a [tricky], \\"quoted\\" {string}",\n  "entries": [\n    { "a": [1, 2] },\n\n    "x",\n    [3]\n  ]\n}';
  assert.deepEqual(entryLines(json), [5, 7, 8]);
});

test('nested "entries" keys and empty arrays are not the entries', () => {
  assert.deepEqual(entryLines('{"x": {"entries": [1, 2]}, "entries": []}'), []);
  assert.deepEqual(entryLines('[{"entries": [1]}]'), []);
});
