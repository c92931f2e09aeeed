// Implied targets: an act whose clause names no target is aimed at the article's dominant party,
// only for directed acts and only when one party clearly dominates. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../model/analysis.js';
import { analyzeText, eventKeys } from '../testing/code-text.js';
import { documentTopic } from './implied-target.js';

const actor = (id: string, country: string, kind: Actor['kind'], mentions: number): Actor => ({
  id, name: id, kind, country, code: id,
  mentions: Array.from({ length: mentions }, (_, k) => ({ start: k * 10, end: k * 10 + 3, text: id })),
});

test('the dominant party other than the source, preferring the state to its bodies', () => {
  const topic = documentTopic([actor('MLIMIL', 'MLI', 'armed-group', 3), actor('MLI', 'MLI', 'state', 2), actor('FRA', 'FRA', 'state', 2)]);
  assert.equal(topic.targetFor('163', [{ id: 'FRA', country: 'FRA', code: 'FRA' }])?.id, 'MLI');
  // Its own acts have no implied target but the next party, which does not dominate here.
  assert.equal(topic.targetFor('163', [{ id: 'MLI', country: 'MLI', code: 'MLI' }]), null);
});

test('no implied target for undirected acts, nor without a clearly dominant party', () => {
  const clear = documentTopic([actor('MLI', 'MLI', 'state', 6), actor('FRA', 'FRA', 'state', 1)]);
  assert.equal(clear.targetFor('010', [{ id: 'FRA', country: 'FRA', code: 'FRA' }]), null); // a statement
  assert.equal(clear.targetFor('150', [{ id: 'FRA', country: 'FRA', code: 'FRA' }]), null); // a show of force
  const even = documentTopic([actor('MLI', 'MLI', 'state', 4), actor('SEN', 'SEN', 'state', 3), actor('FRA', 'FRA', 'state', 1)]);
  assert.equal(even.targetFor('163', [{ id: 'FRA', country: 'FRA', code: 'FRA' }]), null);
  const thin = documentTopic([actor('MLI', 'MLI', 'state', 2)]);
  assert.equal(thin.targetFor('163', [{ id: 'FRA', country: 'FRA', code: 'FRA' }]), null);
});

test('through the pipeline: a suspension with no stated target is aimed at the story\'s country', () => {
  const text = [
    'Soldiers seized power in Mali on Monday.',
    'The junta in Mali dissolved parliament, and Mali closed its borders.',
    'Denmark suspended its development aid on Tuesday.',
  ].join(' ');
  const got = eventKeys(analyzeText(text));
  assert.ok(got.some((k) => /^DNK>MLI 16/.test(k)), got.join(', '));
});

test('a request or appeal is directed too', () => {
  const clear = documentTopic([actor('MLI', 'MLI', 'state', 6), actor('FRA', 'FRA', 'state', 1)]);
  assert.equal(clear.targetFor('026', [{ id: 'FRA', country: 'FRA', code: 'FRA' }])?.id, 'MLI');
});
