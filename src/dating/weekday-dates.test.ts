// Year-less dates named with their weekday, through the whole pipeline on sentences written for
// these tests: the weekday picks the year among those the other evidence allows (weekday-dates.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';

const range = (a: Analysis): string => (a.contentDate ? `${a.contentDate.from}..${a.contentDate.to}` : 'none');
const evidenceText = (a: Analysis): string[] => (a.contentDate?.evidence ?? []).map((e) => a.text.slice(e.span.start, e.span.end));
const reasons = (a: Analysis): string => (a.contentDate?.evidence ?? []).map((e) => e.reason).join(' | ');

const SCHOLZ_FRIDAY = 'On Friday, March 10, German Chancellor Olaf Scholz told reporters in Berlin that the talks had failed.';

test('a weekday with a year-less date picks the one year the other evidence allows', () => {
  // Scholz was chancellor 2021-12-08 – 2025-05-06; of those years only in 2023 was March 10 a Friday.
  const a = analyzeText(SCHOLZ_FRIDAY, '2023-03-12');
  assert.equal(range(a), '2023-03-10..2023-03-12');
  assert.match(reasons(a), /only in 2023 is that day a Friday/);
  assert.ok(evidenceText(a).includes('Friday, March 10'));
  assert.equal(a.recycled, false);
});

test('a weekday bounds the writing date from above too: the same text under a page date two years on is recycled', () => {
  const a = analyzeText(SCHOLZ_FRIDAY, '2025-03-11');
  assert.equal(range(a), '2023-03-10..2023-04-10');
  assert.equal(a.recycled, true);
});

test('a weekday that fits two years of the range decides nothing', () => {
  // Putin's presidencies (2000–2008, 2012 on): 14 May was a Tuesday in 2002, 2013, 2019 and 2024.
  const a = analyzeText('On Tuesday, May 14, Russian President Vladimir Putin received the governor in the Kremlin.', '2024-05-20');
  assert.doesNotMatch(reasons(a), /Tuesday/);
  assert.equal(a.contentDate?.from, '2000-05-07');
});

test('a weekday that fits no year of the range decides nothing', () => {
  // 10 March was a Thursday in 2022: no year of Scholz's term has it on a Wednesday.
  const a = analyzeText('On Wednesday, March 10, German Chancellor Olaf Scholz told reporters in Berlin that the talks had failed.', '2025-03-11');
  assert.doesNotMatch(reasons(a), /Wednesday/);
  assert.equal(range(a), '2021-12-08..2025-03-11');
});
