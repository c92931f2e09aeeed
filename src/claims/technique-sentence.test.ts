// The per-sentence helpers the detectors share: the character-by-character sentence key must say
// exactly what its definition says, and what is computed per article is computed once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { perArticle } from './technique-context.js';
import { flagsOf, contextOf } from './technique-test-input.js';
import { isQuoted, keyWords, sentenceKey, sentenceKeyOf, sentenceWords, wordsOf } from './technique-sentence.js';

/** The key as defined: lower case, no apostrophes, runs of other characters one space, trimmed. */
const byDefinition = (s: string): string => s.toLowerCase().replace(/[’'‘]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const SAMPLES = [
  'The Harbour Council’s vote -- 12 to 3 -- was “final”, they said.',
  "  Don't   stop: the ferry's late!  ",
  'İzmir and Ørsted, ΑΘΗΝΑ and Ελλάς; Москва — 2024…',
  'Letters beyond the BMP: 𝐁𝐨𝐥𝐝 and 𝒮𝒸𝓇𝒾𝓅𝓉 words, and an emoji 🚢 between them.',
  "‘quoted’ 'single' \"double\" «guillemets»",
  '',
  '...!?',
  'x',
];

test('the sentence key is its definition, character by character', () => {
  for (const s of SAMPLES) assert.equal(sentenceKey(s), byDefinition(s), JSON.stringify(s));
});

test('with a length limit, a key that would be longer is null and a shorter one is whole', () => {
  assert.equal(sentenceKey('The ferry sails at noon, every day.', 8), null);
  assert.equal(sentenceKey('Ferry: sails!', 11), 'ferry sails');
  assert.equal(sentenceKey('Ferry: sails!', 10), null);
});

test('key words are counted by their spaces, an empty key has none', () => {
  assert.equal(keyWords(''), 0);
  assert.equal(keyWords('ferry'), 1);
  assert.equal(keyWords('the ferry sails at noon'), 5);
});

test('what several detectors ask of every sentence is worked out once per article', () => {
  const ctx = contextOf('The ferry sails at noon. "We will be there," the captain said.');
  let calls = 0;
  const count = (): number => ++calls;
  assert.equal(perArticle(ctx, count), 1);
  assert.equal(perArticle(ctx, count), 1);
  assert.equal(calls, 1);
  assert.equal(perArticle(contextOf('Another text.'), count), 2);
  assert.deepEqual(sentenceWords(ctx, 0), ['the', 'ferry', 'sails', 'at', 'noon']);
  assert.equal(sentenceKeyOf(ctx, 0), 'the ferry sails at noon');
  assert.equal(isQuoted(ctx, 0), false);
  assert.equal(isQuoted(ctx, 1), true);
});

test('a short line said again as a clause of a longer sentence is still a repeated slogan', () => {
  const line = 'The harbour stays open.';
  const text = `${line} Traders met the mayor on Tuesday to discuss the tariffs. The mayor said, the harbour stays open, and nobody argued.`;
  const flags = flagsOf(text, 'slogans');
  assert.ok(flags.some((f) => f.cue.includes('short sentence repeated ×2') && f.text === 'The harbour stays open'), JSON.stringify(flags));
});

/** The words as defined: the regular expression over the text in lower case, ’ and ‘ read as '. */
const wordsByDefinition = (s: string): string[] => s.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

test('the words of a sentence are those of their definition, in ASCII text and any other', () => {
  const more = [
    "The ferry's crew -- all twelve -- won't sail; it's a 'no-go' zone, they said.",
    'Tolls rose 12-15% in 2024–2025 … “not again”, said the mayor.',
    "end-'s -start x-'y a--b c'-d 'e' f-",
  ];
  for (const s of [...SAMPLES, ...more]) assert.deepEqual(wordsOf(s), wordsByDefinition(s), s);
});

test('with a limit, only the first words are read', () => {
  assert.deepEqual(wordsOf('And the harbour will not forget it, ever', 5), ['and', 'the', 'harbour', 'will', 'not']);
  assert.deepEqual(wordsOf('Ørsted and the ferry', 2), ['ørsted', 'and']); // read by the regular expression
  assert.deepEqual(wordsOf('Two words', 5), ['two', 'words']);
});
