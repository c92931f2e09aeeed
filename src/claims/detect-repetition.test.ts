import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

const BODY = 'Moscow and Beijing signed a new energy deal on Monday. The deal covers gas and oil for ten years. ';

test('a sentence said three times is one flag at its first occurrence, the count in the cue', () => {
  const said = 'The West will never divide these two old friends.';
  const text = `${said} ${BODY}${said}\n\nNobody expected it. ${said}`;
  const flags = flagsOf(text, 'repetition');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.start, 0);
  assert.equal(flags[0]!.text, said);
  assert.equal(flags[0]!.cue, 'repeated sentence ×3');
  assert.ok(flags[0]!.confidence >= 0.75);
});

test('a sentence said once is not repetition', () => {
  assert.deepEqual(flagsOf(`The West will never divide these two old friends. ${BODY}`, 'repetition'), []);
});

test('repeated sentences are compared without case, quotation marks and spacing', () => {
  const text = `The “Alliance” will  never BREAK. ${BODY}The alliance will never break!`;
  const flags = flagsOf(text, 'repetition');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.cue, 'repeated sentence ×2');
});

test('a short sentence repeated is no technique', () => {
  assert.deepEqual(flagsOf(`Why now? ${BODY}Why now?`, 'repetition'), []);
});

test('the title repeated as the opening sentence is flagged there', () => {
  const title = 'The Western camp has never been so united against Moscow';
  const flags = flagsOf(`${title}. ${BODY}`, 'repetition', title);
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, `${title}.`);
  assert.equal(flags[0]!.cue, "title repeated as the body's opening sentence");
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a heading that repeats a stretch of the title is flagged more weakly', () => {
  const title = 'After the summit, the Western camp has never been so united against Moscow.';
  const flags = flagsOf(`${BODY}\n\nThe Western camp has never been so united\n\nThe deal is done.`, 'repetition', title);
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'The Western camp has never been so united');
  assert.equal(flags[0]!.cue, 'heading repeats the title');
});

test('a title the body does not repeat gives no flag', () => {
  assert.deepEqual(flagsOf(BODY, 'repetition', 'Russia and China sign a ten-year energy deal'), []);
});

test('a stretch of seven words said again in another sentence is flagged at its first occurrence', () => {
  const text = `Once more the council turned its back on the fishing towns. ${BODY}Once more the council turned its back on the fishing towns, and nobody was surprised.`;
  const flags = flagsOf(text, 'repetition');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'Once more the council turned its back on the fishing towns');
  assert.match(flags[0]!.cue, /phrase of 11 words repeated/);
});

test('a refrain of plain words said again in another sentence is repetition; names and reporting are not', () => {
  const text = 'The mayor promised that swift justice awaits the arsonists. The fire spread to the docks on Monday. Swift justice awaits the arsonists, and the town knows it.';
  assert.deepEqual(flagsOf(text, 'repetition').map((f) => f.text), ['swift justice awaits the arsonists']);
  const names = 'The Harbour Board met on Monday. The ministry issued a statement at noon. Later the Harbour Board met again, the ministry issued a statement and judges cited the rule of law. Lawyers spoke of the rule of law.';
  assert.deepEqual(flagsOf(names, 'repetition'), []);
});
