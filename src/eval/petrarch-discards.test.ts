import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discardIn, readPetrarchDiscards } from './petrarch-discards.js';

const list = `# sports and weather
+HURRICANE   # story level
CRICKET_TEST
WORLD CUP FINAL  # spaces as well
`;

test('reads phrases, story marks and line numbers; comments dropped', () => {
  const phrases = readPetrarchDiscards(list);
  assert.deepEqual(phrases.map((p) => [p.words.join(' '), p.story, p.line]), [
    ['hurricane', true, 2], ['cricket test', false, 3], ['world cup final', false, 4],
  ]);
});

test('whole words, case-insensitive, consecutive', () => {
  const phrases = readPetrarchDiscards(list);
  assert.equal(discardIn('A hurricane hit the coast of Rohan.', phrases)?.line, 2);
  assert.equal(discardIn('Gondor will host the World Cup Final.', phrases)?.line, 4);
  assert.equal(discardIn('Gondor will host the cricket match and a test.', phrases), null);
  assert.equal(discardIn('Hurricanes of protest met the minister.', phrases), null);
});
