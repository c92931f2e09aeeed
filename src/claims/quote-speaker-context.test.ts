// Speakers the gazetteer does not know, resolved from the document (quote-speaker-context.ts).
// The names are invented so that only the context can resolve them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { personName } from './quote-speaker-context.js';

const show = (qs: readonly Quote[]): string => qs.map((q) => `[${q.speaker?.country ?? '-'}] ${q.speakerText} ${q.cue}: ${q.text}`).join('\n');
const find = (qs: readonly Quote[], contains: string): Quote | undefined => qs.find((q) => q.text.includes(contains));

test('the person name of a speaker phrase', () => {
  assert.equal(personName('Vice Foreign Minister Tamar Olbek'), 'Tamar Olbek');
  assert.equal(personName('Pelko Varsen, spokesperson of the ministry'), 'Pelko Varsen');
  assert.equal(personName('Varsen himself'), 'Varsen');
  assert.equal(personName('the ministry'), null);
});

test('a role with no country speaks for the state the sentence before is about', () => {
  const a = analyzeText('Russia rejected the draft resolution on Monday. Deputy Foreign Minister Tamar Olbek said that the draft was unacceptable to Moscow.');
  const q = find(a.quotes, 'unacceptable');
  assert.equal(q?.speaker?.country, 'RUS', show(a.quotes));
  assert.equal(q?.speaker?.code, 'RUSGOV', show(a.quotes));
  assert.equal(q?.speaker?.id, 'person:tamar-olbek', show(a.quotes));
});

test('where a speaker is posted is not whom they speak for; a name inside a longer name is no country', () => {
  const a = analyzeText('China protested against the arms sale. Ambassador to the United States Wen Halong warned that the sale would damage relations.');
  assert.equal(find(a.quotes, 'damage relations')?.speaker?.country, 'CHN', show(a.quotes));
});

test('"the spokesperson" is the spokesperson quoted before', () => {
  const a = analyzeText('Japan summoned the ambassador. Foreign Ministry spokesperson Kenji Marabu said that Tokyo regretted the decision. Later, Germany said it would send a delegation. The spokesperson said that the matter was closed.');
  assert.equal(find(a.quotes, 'Tokyo regretted')?.speaker?.country, 'JPN', show(a.quotes));
  assert.equal(find(a.quotes, 'matter was closed')?.speaker?.country, 'JPN', show(a.quotes));
});

test('a named person with no role and no earlier mention stays unresolved', () => {
  const a = analyzeText('Russia rejected the draft. Pelko Varsen said that the vote was rigged.');
  const q = find(a.quotes, 'vote was rigged');
  assert.ok(q, show(a.quotes));
  assert.equal(q.speaker, null, show(a.quotes));
});
