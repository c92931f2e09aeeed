import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHeader } from './parse-header.js';

test('date glued to time, category and views', () => {
  assert.deepEqual(parseHeader('2023/11/0409:15:02 world 872'), { published: '2023-11-04T09:15:02', category: 'world', views: 872, author: null });
});

test('spaced time without seconds', () => {
  assert.deepEqual(parseHeader('2019/02/28 17:05 military 12,345'), { published: '2019-02-28T17:05', category: 'military', views: 12345, author: null });
});

test('date, count and an empty byline', () => {
  assert.deepEqual(parseHeader('2021-03-14 0 By'), { published: '2021-03-14', category: null, views: 0, author: null });
});

test('date, count and a named byline', () => {
  assert.deepEqual(parseHeader('2021-03-14 3 By Li Wei'), { published: '2021-03-14', category: null, views: 3, author: 'Li Wei' });
});

test('month-name date with a label', () => {
  assert.deepEqual(parseHeader('Published: March 9, 2023'), { published: '2023-03-09', category: null, views: null, author: null });
});

test('a body sentence that starts with a date is not a header', () => {
  assert.equal(parseHeader('2022-02-24 will be remembered as the day the war began, analysts in Kyiv and Warsaw said.'), null);
  assert.equal(parseHeader('In 2014, Russia annexed Crimea'), null);
});

test('impossible dates and times are rejected', () => {
  assert.equal(parseHeader('2023/02/30 world 5'), null);
  assert.equal(parseHeader('2023/13/01 world 5'), null);
  assert.equal(parseHeader('2023/01/0129:15:02 world 5'), null);
});

test('a year-last numeric date whose order is plain', () => {
  assert.equal(parseHeader('25/07/2023 09:30 | World | 210 views')?.published, '2023-07-25T09:30');
  assert.equal(parseHeader('07/25/2023 09:30 | World | 210 views')?.published, '2023-07-25T09:30');
  assert.equal(parseHeader('25/07/2023 09:30 | World | 210 views')?.monthFirst, undefined);
});

test('a year-last numeric date that reads either way gives both readings', () => {
  const h = parseHeader('03.04.2022 11:05 | Politics | Views: 88 | Author: Desk editor');
  assert.deepEqual(h, { published: '2022-04-03T11:05', monthFirst: '2022-03-04T11:05', category: 'politics', views: 88, author: 'Desk editor' });
});

test('a weekday before a day-first month-name date, fields between bars in any order', () => {
  assert.deepEqual(parseHeader('Thursday 9 March 2023 | 18:40 CET | Europe | City Desk | 1,204 reads'), { published: '2023-03-09T18:40', category: 'europe', views: 1204, author: null });
  assert.equal(parseHeader('Tue, Jan 10, 2023 | Business')?.published, '2023-01-10');
});

test('a line with a date and bars but a field no header holds is not a header', () => {
  assert.equal(parseHeader('12/05/2021 | the minister said the talks would resume next week in Geneva'), null);
});

test('a weekday after the date', () => {
  assert.deepEqual(parseHeader('4 March 2019, Monday 17:25 | WORLD | Read: 903'), { published: '2019-03-04T17:25', category: 'world', views: 903, author: null });
});

test('a date of another calendar beside the Gregorian one is passed over', () => {
  assert.deepEqual(parseHeader('1402/03/12 - 2023/06/02 08:05 | Economy | 771'), { published: '2023-06-02T08:05', category: 'economy', views: 771, author: null });
  assert.equal(parseHeader('2023/06/02 - 1402/03/12 08:05 | Economy | 771')?.published, '2023-06-02T08:05');
  // Without a Gregorian date the line gives no page date.
  assert.equal(parseHeader('1402/03/12 08:05 | Economy | 771'), null);
});

test('a time before the date, the date in a later field, an update time', () => {
  assert.deepEqual(parseHeader('By Night Desk | Published: 21:10, 3 Feb 2022 | Updated: 22:45, 3 Feb 2022'), { published: '2022-02-03T21:10', category: null, views: null, author: 'Night Desk' });
  // The update time alone does not date the page.
  assert.equal(parseHeader('By Night Desk | Updated: 22:45, 3 Feb 2022'), null);
});

test('an RFC 2822 date with a numeric zone', () => {
  assert.deepEqual(parseHeader('Tue, 14 Nov 2017 06:02:51 -0500 | Asia | 3,018 views'), { published: '2017-11-14T06:02:51', category: 'asia', views: 3018, author: null });
});
