// The phrase language of the narrative catalogue's cues and contexts: whole words, any case,
// spaces and hyphens alike, stems, alternatives and gaps, with offsets into the original text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePhrase, phraseProblem, TextIndex } from './narrative-phrase.js';

const matches = (phrase: string, text: string): string[] =>
  new TextIndex(text).find(compilePhrase(phrase)).map((s) => text.slice(s.start, s.end));

test('words match whole and in any case', () => {
  assert.deepEqual(matches('proxy war', 'A Proxy War, not a proxy warfare or a proxywar.'), ['Proxy War']);
  assert.deepEqual(matches('NATO', 'nato and NATO but not NATOs'), ['nato', 'NATO']);
});

test('a space or hyphen between words matches any run of spaces and hyphens', () => {
  assert.deepEqual(matches('anti China', 'the anti-China front, anti China allies, antiChina'), ['anti-China', 'anti China']);
  assert.deepEqual(matches('Asia-Pacific', 'the Asia Pacific and the Asia-Pacific'), ['Asia Pacific', 'Asia-Pacific']);
});

test('a star ends a stem; alternatives share one slot', () => {
  assert.deepEqual(matches('russophob*', 'Russophobia and russophobic, not Russia'), ['Russophobia', 'russophobic']);
  assert.deepEqual(matches('Kyiv|Kiev regime', 'the Kiev regime and the Kyiv regime, the Kyiv government'), ['Kiev regime', 'Kyiv regime']);
});

test('a gap skips up to four words, no more', () => {
  assert.deepEqual(matches('NATO ... provoked ... war', 'NATO has in fact provoked this war.'), ['NATO has in fact provoked this war']);
  assert.deepEqual(matches('aggression ... NATO', 'aggression one two three four five NATO'), []);
});

test('stems of every length are found, also after a shorter stem is compiled', () => {
  const long = compilePhrase('westernis*');
  const short = compilePhrase('ob*');
  const text = 'Westernising reforms met obvious obstacles, and an oboe played.';
  const found = (p: ReturnType<typeof compilePhrase>): string[] => new TextIndex(text).find(p).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(found(long), ['Westernising']);
  assert.deepEqual(found(short), ['obvious', 'obstacles', 'oboe']);
});

test('apostrophes and abbreviations keep their meaning', () => {
  assert.deepEqual(matches("Kyiv's provocation*", 'Kyiv’s provocations and Kyiv\'s provocation'), ['Kyiv’s provocations', "Kyiv's provocation"]);
  assert.deepEqual(matches('U.S. aggression', 'the U.S. aggression'), ['U.S. aggression']);
});

test('offsets stay those of the original text when lower-casing would lengthen it', () => {
  const text = 'İstanbul said: NATO expansion again.';
  const [span] = new TextIndex(text).find(compilePhrase('NATO expansion'));
  assert.ok(span);
  assert.equal(text.slice(span.start, span.end), 'NATO expansion');
});

test('a phrase is found inside a span only when it lies wholly within it', () => {
  const text = 'The war goes on. Sanctions backfired.';
  const index = new TextIndex(text);
  const backfire = compilePhrase('backfir*');
  assert.equal(index.has(backfire, { start: 17, end: text.length }), true);
  assert.equal(index.has(backfire, { start: 0, end: 16 }), false);
});

test('malformed phrases are named with the reason', () => {
  assert.match(phraseProblem('... war') ?? '', /must not start or end with \.\.\./);
  assert.match(phraseProblem('war ... ... peace') ?? '', /two \.\.\. in a row/);
  assert.match(phraseProblem('war (crime)') ?? '', /"\(crime\)" is not a word/);
  assert.equal(phraseProblem('war|conflict ... Russia*'), null);
});
