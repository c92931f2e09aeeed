import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, normaliseDate } from './normalise-date.js';

test('ISO dates keep their precision and stated offset', () => {
  const cases: [string, string][] = [
    ['2024-05-21', '2024-05-21'],
    ['2024-05-21T08:30:00+02:00', '2024-05-21T08:30:00+02:00'],
    ['2024-05-21T08:30:00.000Z', '2024-05-21T08:30:00.000Z'],
    ['2024-05-21 08:30', '2024-05-21T08:30'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2024/05/21 08:30:33', '2024-05-21T08:30:33'],
  ];
  for (const [raw, iso] of cases) assert.equal(normaliseDate(raw), iso, raw);
});

test('written dates become ISO without inventing a day or a zone', () => {
  const cases: [string, string][] = [
    ['Tue, 21 May 2024 08:30:00 GMT', '2024-05-21T08:30:00Z'],
    ['May 21, 2024', '2024-05-21'],
    ['March 11, 2015 3:46 PM', '2015-03-11T15:46'],
    ['21st of September 2019', '2019-09-21'],
    ['March 2019', '2019-03'],
    ['2019年3月12日', '2019-03-12'],
    ['21.05.2024', '2024-05-21'],
  ];
  for (const [raw, iso] of cases) assert.equal(normaliseDate(raw), iso, raw);
});

test('what is not clearly a date is null', () => {
  for (const raw of ['1', 'yesterday', '', '2024-13-01', '2023-02-30', 'Issue 2024', null, undefined]) {
    assert.equal(normaliseDate(raw), null, String(raw));
  }
});

test('a /yyyy/mm/dd/ date in a URL path', () => {
  assert.equal(dateFromUrl('https://example.com/world/2024/05/21/talks-resume'), '2024-05-21');
  assert.equal(dateFromUrl('https://example.com/2024-5-3/x'), '2024-05-03');
  assert.equal(dateFromUrl('/data/2019/12/31/page.html'), '2019-12-31');
  assert.equal(dateFromUrl('https://example.com/2024/05/talks'), null);
  assert.equal(dateFromUrl('https://example.com/id/20240521'), null);
  assert.equal(dateFromUrl('https://example.com/2024/02/31/x'), null);
});
