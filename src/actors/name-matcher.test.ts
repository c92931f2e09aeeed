import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NameMatcher } from './name-matcher.js';

const m = new NameMatcher<string>();
for (const [name, id] of [['Russia', 'RUS'], ['Ukraine', 'UKR'], ['Chad', 'TCD'], ['United States', 'USA'], ['US', 'USA'], ['U.S.', 'USA'],
  ['Guinea', 'GIN'], ['Guinea-Bissau', 'GNB'], ['Erdogan', 'person:erdogan'], ['Turkey', 'TUR'], ['Sino', 'CHN'], ['Russian', 'RUS'], ['United States of America', 'USA']] as const) m.add(name, id);

const found = (text: string) => m.match(text).map((x) => [text.slice(x.start, x.end), x.values.join('|')]);

test('whole tokens only, leftmost-longest', () => {
  assert.deepEqual(found('Chadwick met the Chad delegation in the United States of America.'), [['Chad', 'TCD'], ['United States of America', 'USA']]);
});

test('hyphenated compounds split, hyphenated names kept', () => {
  assert.deepEqual(found('the Russia-Ukraine conflict and Sino-Russian ties'), [['Russia', 'RUS'], ['Ukraine', 'UKR'], ['Sino', 'CHN'], ['Russian', 'RUS']]);
  assert.deepEqual(found('Guinea-Bissau and Guinea'), [['Guinea-Bissau', 'GNB'], ['Guinea', 'GIN']]);
});

test('possessives, accents and curly apostrophes', () => {
  assert.deepEqual(found('Russia’s army and Erdoğan\'s plan'), [['Russia’s', 'RUS'], ['Erdoğan\'s', 'person:erdogan']]);
});

test('case rules: acronyms exactly, names capitalised', () => {
  assert.deepEqual(found('let us talk turkey with the US and U.S. officials'), [['US', 'USA'], ['U.S.', 'USA']]);
});

test('glued sentences still match', () => {
  assert.deepEqual(found('pressure on Russia.However, Ukraine'), [['Russia', 'RUS'], ['Ukraine', 'UKR']]);
});
