import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duplicateClusters, type VerifiedPair } from './duplicate-clusters.js';

const docs = [
  { id: 'repost-2', published: '2024-06-01T08:00:00Z' },
  { id: 'source', published: '2022-05-05' },
  { id: 'repost-1', published: '2024-05-21T00:38:33+08:00' },
  { id: 'alone', published: '2020-01-01' },
  { id: 'undated', published: null },
  { id: 'quote-a', published: '2023-01-02' },
  { id: 'quote-b', published: '2023-01-01' },
];

test('pairs join transitively and the earliest-published member is the original', () => {
  const pairs: VerifiedPair[] = [
    { a: 'repost-1', b: 'repost-2', kind: 'near' },
    { a: 'repost-2', b: 'source', kind: 'contained' },
  ];
  assert.deepEqual(duplicateClusters(docs, pairs), [{ original: 'source', members: ['source', 'repost-1', 'repost-2'] }]);
});

test('an undated member is never the original while another member has a date', () => {
  const pairs: VerifiedPair[] = [{ a: 'undated', b: 'repost-2', kind: 'exact' }];
  assert.deepEqual(duplicateClusters(docs, pairs), [{ original: 'repost-2', members: ['repost-2', 'undated'] }]);
});

test('shared passages and unrelated pairs do not join clusters by default', () => {
  const pairs: VerifiedPair[] = [
    { a: 'quote-a', b: 'quote-b', kind: 'shared-passages' },
    { a: 'alone', b: 'source', kind: null },
  ];
  assert.deepEqual(duplicateClusters(docs, pairs), []);
  assert.deepEqual(duplicateClusters(docs, pairs, { link: new Set(['shared-passages']) }), [
    { original: 'quote-b', members: ['quote-b', 'quote-a'] },
  ]);
});

test('clusters are ordered by their original\'s date and do not depend on input order', () => {
  const pairs: VerifiedPair[] = [
    { a: 'quote-a', b: 'quote-b', kind: 'near' },
    { a: 'repost-1', b: 'source', kind: 'near' },
  ];
  const forward = duplicateClusters(docs, pairs);
  assert.deepEqual(forward.map((c) => c.original), ['source', 'quote-b']);
  assert.deepEqual(duplicateClusters([...docs].reverse(), [...pairs].reverse()), forward);
});

test('a pair naming an unknown document is an error', () => {
  assert.throws(() => duplicateClusters(docs, [{ a: 'source', b: 'missing', kind: 'near' }]), RangeError);
});
