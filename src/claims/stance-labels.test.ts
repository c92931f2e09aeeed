// Framing the lexicon alone under-reads: a derogatory label on the actor's own phrase, "so-called"
// before an actor, "no longer A but B", "X is to blame".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultStanceLexicon } from './lexicon-file.js';
import { SENTENCE_FALLBACK } from './sentiment-options.js';
import { targetSentiment, type TargetSentiment } from './target-sentiment.js';

const lex = defaultStanceLexicon();

function about(sentence: string, target: string): TargetSentiment & { words: string[] } {
  const i = sentence.indexOf(target);
  assert.ok(i >= 0, `${target} not in ${sentence}`);
  const r = targetSentiment(sentence, { start: 0, end: sentence.length }, { start: i, end: i + target.length }, lex, { fallback: SENTENCE_FALLBACK });
  return { ...r, words: r.evidence.map((e) => sentence.slice(e.start, e.end)) };
}

test('a label that is the head of the actor\'s phrase outweighs a mild positive word (the Kiev regime is happy)', () => {
  const r = about('The Kiev regime is happy.', 'Kiev');
  assert.ok(r.score < -0.2, JSON.stringify(r));
  assert.ok(r.words.includes('regime'));
});

test('a label after "of" names the owner (the regime of Assad); in apposition it names the actor before the comma', () => {
  assert.ok(about('The regime of Assad met the envoys.', 'Assad').score < -0.3);
  const r = about('Kiev, the junta, met the envoys.', 'Kiev');
  assert.ok(r.score < -0.3, JSON.stringify(r));
  assert.deepEqual(r.words, ['junta']);
});

test('"so-called" before an actor\'s phrase denies it its standing, even with no lexicon word in the sentence', () => {
  const r = about('The so-called prime minister Yatsenyuk spoke on Tuesday.', 'Yatsenyuk');
  assert.ok(r.score < 0, JSON.stringify(r));
  assert.deepEqual(r.words, ['so-called']);
  // Not when it qualifies something else in the sentence.
  assert.equal(about('Yatsenyuk spoke about the so-called referendum.', 'Yatsenyuk').score, 0);
});

test('"no longer a partner but a vassal": the negated copula reverses the first, the part after "but" is asserted', () => {
  const r = about('The European Union is no longer a partner of America but its vassal.', 'The European Union');
  assert.ok(r.score < -0.3, JSON.stringify(r));
  assert.ok(r.words.includes('vassal'));
  assert.ok(about('Germany is a partner.', 'Germany').score > 0);
});

test('"X is to blame" blames the subject', () => {
  const r = about('Washington is to blame.', 'Washington');
  assert.ok(r.score < 0, JSON.stringify(r));
});
