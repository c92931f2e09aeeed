import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagSentence } from '../events/tag-sentence.js';
import { findChunks } from './stance-chunks.js';
import { findClauses, type Clause } from './stance-clauses.js';

/** The clauses of `sentence` keyed by their verb's text, with their phrases as words. */
function clauses(sentence: string): Map<string, Clause & { words: (list: readonly number[]) => string[] }> {
  const tokens = tagSentence(sentence, { start: 0, end: sentence.length });
  const chunks = findChunks(tokens, []);
  const words = (list: readonly number[]): string[] =>
    list.map((c) => tokens.slice(chunks.list[c]!.from, chunks.list[c]!.to).map((t) => t.text).join(' '));
  return new Map(findClauses(tokens, chunks).map((c) => [tokens[c.verb]!.text, { ...c, words }]));
}

const at = <T>(m: Map<string, T>, verb: string): T => {
  const c = m.get(verb);
  assert.ok(c, `no clause on "${verb}" among ${[...m.keys()].join(', ')}`);
  return c;
};

test('a coordinated participle shares the voice of the verb before it', () => {
  const m = clauses('The treaty was signed and ratified by both parliaments.');
  assert.equal(at(m, 'signed').passive, true);
  const ratified = at(m, 'ratified');
  assert.equal(ratified.passive, true);
  assert.deepEqual(ratified.words(ratified.subject), ['The treaty']);
});

test('a negation after a copula negates it', () => {
  const is = at(clauses('The claim is not groundless.'), 'is');
  assert.equal(is.copula, true);
  assert.equal(is.negated, true);
  assert.equal(at(clauses('The claim is groundless.'), 'is').negated, false);
});

test('a relative clause gives its antecedent as subject, and the main verb skips it', () => {
  const m = clauses('The senator, who opposed the bill, resigned on Friday.');
  const opposed = at(m, 'opposed');
  assert.deepEqual(opposed.words(opposed.subject), ['The senator']);
  assert.deepEqual(opposed.words(opposed.object), ['the bill']);
  const resigned = at(m, 'resigned');
  assert.deepEqual(resigned.words(resigned.subject), ['The senator']);
});

test('coordinated phrases are one subject', () => {
  const marched = at(clauses('The farmers and the miners marched to the capital.'), 'marched');
  assert.deepEqual(marched.words(marched.subject), ['The farmers', 'the miners']);
  assert.deepEqual(marched.obliques.map((o) => o.prep), ['to']);
});

test('the object of a verb of urging does the infinitive, which is not asserted', () => {
  const resign = at(clauses('The unions urged the mayor to resign.'), 'resign');
  assert.deepEqual(resign.words(resign.subject), ['the mayor']);
  assert.equal(resign.tentative, true);
});

test('an infinitive after "managed" happened; after "wants" it did not', () => {
  assert.equal(at(clauses('The governor managed to cut taxes.'), 'cut').tentative, false);
  const cut = at(clauses('The governor wants to cut taxes.'), 'cut');
  assert.equal(cut.tentative, true);
  assert.deepEqual(cut.words(cut.subject), ['The governor']);
});

test('"should" makes a demand: tentative and deontic', () => {
  const reject = at(clauses('The council should reject the deal.'), 'reject');
  assert.equal(reject.deontic, true);
  assert.equal(reject.tentative, true);
  assert.equal(at(clauses('The council rejected the deal.'), 'rejected').deontic, false);
});
