import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseDayMonthOrder } from './day-month-order.js';
import { extractText } from './extract-text.js';

test('another numeric date on the page whose order is plain decides', () => {
  assert.equal(chooseDayMonthOrder('2022-04-03', '2022-03-04', 'Updated 28/03/2022. The talks went on.').order, 'day-first');
  assert.equal(chooseDayMonthOrder('2022-04-03', '2022-03-04', 'Updated 03/28/2022. The talks went on.').order, 'month-first');
});

test('the reading that follows the dates the text narrates wins', () => {
  const text = 'On March 1 the delegations arrived. Talks opened on 2 March and stalled on March 3.';
  const c = chooseDayMonthOrder('2022-04-03', '2022-03-04', text);
  assert.equal(c.order, 'month-first');
  assert.equal(c.evidence, true);
  const later = 'The blockade began on March 20 and ended on 1 April.';
  assert.equal(chooseDayMonthOrder('2022-04-03', '2022-03-04', later).order, 'day-first');
});

test('with nothing to tell, day first, and said to be a default', () => {
  const c = chooseDayMonthOrder('2022-04-03', '2022-03-04', 'The talks went on without result.');
  assert.equal(c.order, 'day-first');
  assert.equal(c.evidence, false);
});

test('a scrape whose header reads either way takes the reading its body supports, and says so', () => {
  const scrape = [
    'Border talks collapse after a week of shelling',
    '05/06/2022 10:15 | Region | 431 views',
    'The shelling started on May 28 and went on until June 3, when both sides agreed to talk.',
  ].join('\n');
  const x = extractText({ content: scrape, fromRecord: false });
  assert.equal(x.meta.published, '2022-06-05T10:15');
  assert.equal(x.meta.category, 'region');
  assert.ok(!x.text.includes('431 views'));
  const note = x.diagnostics.find((d) => d.ruleId === 'extract/ambiguous-date');
  assert.match(note?.reason ?? '', /taken as 2022-06-05 \(day-first\)/);
});
