// Event dates from clause text: explicit, year-less, relative and anchored dates, the
// false friends chrono would otherwise report, and clauses without a document date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDate, type DateAnchor, type EventDate } from './event-date.js';

const DOC = '2022-07-20'; // a Wednesday

/** The date of a one-clause text, with the span shown as the text it covers. */
const dateOf = (sentence: string, doc: string | null = DOC, anchors?: readonly DateAnchor[]) => {
  const found = eventDate(sentence, { start: 0, end: sentence.length }, doc, anchors);
  return found && { value: found.value, basis: found.basis, text: found.span && sentence.slice(found.span.start, found.span.end) };
};

const expectDate = (sentence: string, value: string, basis: EventDate['basis'], text?: string, doc: string | null = DOC) => {
  const found = dateOf(sentence, doc);
  assert.ok(found, sentence);
  assert.deepEqual([found.value, found.basis], [value, basis], sentence);
  if (text !== undefined) assert.equal(found.text, text, sentence);
};

test('explicit dates keep the precision the text states', () => {
  expectDate('On July 13 the convoy reached the border.', '2022-07-13', 'explicit', 'July 13');
  expectDate('The blockade was declared in April 2014 by the rebels.', '2014-04', 'explicit', 'April 2014');
  expectDate('The two navies have exercised together since 2014.', '2014', 'explicit', '2014');
  expectDate('Shelling intensified in mid-2014 around the airport.', '2014', 'explicit', 'mid-2014');
  expectDate('The accord signed on 24 February 2021 was suspended.', '2021-02-24', 'explicit', '24 February 2021');
  expectDate('The treaty of 8.8.2008 lapsed.', '2008-08-08', 'explicit', '8.8.2008');
  expectDate('In November, the garrison withdrew.', '2021-11', 'explicit', 'November');
  expectDate('Envoys met on Sunday, March 5, in Doha.', '2022-03-05', 'explicit', 'Sunday, March 5');
});

test('a year-less date after the document date goes back a year unless the clause looks ahead', () => {
  expectDate('On December 30 the militia seized the bridge.', '2021-12-30', 'explicit', 'December 30');
  expectDate('The summit will open on December 30 in Baku.', '2022-12-30', 'explicit', 'December 30');
  expectDate('Sanctions took effect in January.', '2022-01', 'explicit');
  expectDate('The new tariffs are to take effect in January.', '2023-01', 'explicit');
  expectDate('On July 20 the talks resumed.', '2022-07-20', 'explicit');
});

test('dates relative to the document date', () => {
  expectDate('The minister said yesterday that talks had failed.', '2022-07-19', 'relative', 'yesterday');
  expectDate('The embassy closed last November.', '2021-11', 'relative', 'last November');
  expectDate('Three days ago the shelling resumed.', '2022-07-17', 'relative', 'Three days ago');
  expectDate('The port reopened two months ago.', '2022-05', 'relative');
  expectDate('The dam was built a decade ago.', '2012', 'relative');
  expectDate('Troops crossed the river on Monday.', '2022-07-18', 'relative', 'Monday');
  expectDate('Troops will cross the river on Monday.', '2022-07-25', 'relative', 'Monday');
  expectDate('The envoy arrived last Wednesday.', '2022-07-13', 'relative', 'last Wednesday');
  expectDate('Rescue teams worked through Tuesday evening.', '2022-07-19', 'relative', 'Tuesday evening');
  expectDate('The rebels regrouped in June last year.', '2021-06', 'relative', 'June last year');
  expectDate('Prices rose last month.', '2022-06', 'relative', 'last month');
  expectDate('Inflation slowed earlier this year.', '2022', 'relative', 'this year');
  // A week is not a day: the month holding its Thursday (the ISO 8601 rule).
  expectDate('Ministers met last week in Vienna.', '2022-07', 'relative', 'last week');
  expectDate('Ministers met last week in Vienna.', '2022-06', 'relative', 'last week', '2022-07-06');
  // chrono reads "Monday last week" as one date but resolves it as "last Monday" (07-18): the
  // week is taken instead.
  expectDate('The envoy arrived on Monday last week.', '2022-07', 'relative', 'last week');
});

test('a weekday on the document day itself is that day; "last" weekday is a week back', () => {
  expectDate('Protesters gathered on Monday.', '2022-07-18', 'relative', 'Monday', '2022-07-18');
  expectDate('Protesters gathered last Monday.', '2022-07-11', 'relative', 'last Monday', '2022-07-18');
});

test('false friends are not dates: times, durations, now, modal may, lower-case names, titles', () => {
  for (const sentence of [
    'The briefing starts at 10 am sharp.',
    'He commanded the brigade for three years.',
    'Five years after the war he returned home.',
    'Until now nobody has claimed the attack.',
    'The March on the capital drew thousands.',
    'Rebels may attack the depot.',
    'The sun rose over the harbour.',
    'The Sun reported the deal first.',
    'Russia Today broadcast the speech.',
    'About 3/4 of the fleet is in port.',
    'They met again two weeks later.',
    'A 45-year-old man was detained.',
    'The fund holds 1 billion in reserves.',
    'The F-35 deal was cleared.',
    'The commander of 2000 troops resigned.',
    'Turnout was up in 2014 percent terms.',
    'The 1990s wars left scars.',
  ]) {
    assert.deepEqual(dateOf(sentence), { value: DOC, basis: 'document', text: undefined }, sentence);
  }
});

test('dates relative to a well-known event resolve against the anchor, with or without a document date', () => {
  const invasion = 'Three days before Russia launched military action, the envoys left Kyiv.';
  expectDate(invasion, '2022-02-21', 'relative', 'Three days before Russia launched military action');
  expectDate(invasion, '2022-02-21', 'relative', undefined, null);
  expectDate('Two months after the annexation of Crimea, the vote was held.', '2014-05', 'relative');
  expectDate('A week before the Sept. 11 attacks, the warning was filed.', '2001-09-04', 'relative');
  expectDate('Two years after the fall of the Berlin Wall, the treaty was signed.', '1991', 'relative', undefined, null);
  // A date naming the anchor event itself is that event's, not this clause's.
  expectDate('Since the September 11 attacks, the alliance has expanded.', DOC, 'document');
});

test('anchors can be replaced or turned off', () => {
  const custom: DateAnchor[] = [{ pattern: /\bthe\s+Dayton\s+Accords?\b/i, date: '1995-12-14', label: 'Dayton Accords signed' }];
  assert.deepEqual(dateOf('Ten days after the Dayton Accords, troops withdrew.', null, custom),
    { value: '1995-12-24', basis: 'relative', text: 'Ten days after the Dayton Accords' });
  assert.equal(dateOf('Three days before Russia launched military action, envoys left.', null, []), null);
});

test('without a document date only self-contained dates resolve', () => {
  expectDate('Talks began in April 2014.', '2014-04', 'explicit', 'April 2014', null);
  expectDate('The ceasefire held from 2015 onwards.', '2015', 'explicit', '2015', null);
  for (const sentence of ['On July 13 the army moved.', 'He said yesterday that it was over.', 'Troops crossed on Monday.', 'Nothing dated here.']) {
    assert.equal(dateOf(sentence, null), null, sentence);
  }
  assert.equal(dateOf('Nothing dated here.', 'not a date'), null);
  assert.deepEqual(dateOf('Nothing dated here.', '2022-07-20T09:30:00Z'), { value: '2022-07-20', basis: 'document', text: undefined });
});

test('only the clause is searched, the first date wins, and the span is in document offsets', () => {
  const text = 'On May 2 the ministry warned. Troops entered the city on June 5, weeks after the vote in March.';
  const clause = { start: text.indexOf('Troops'), end: text.length };
  const found = eventDate(text, clause, DOC);
  assert.deepEqual(found && { value: found.value, basis: found.basis }, { value: '2022-06-05', basis: 'explicit' });
  assert.equal(found?.span && text.slice(found.span.start, found.span.end), 'June 5');
  assert.deepEqual(eventDate(text, { start: clause.start, end: text.indexOf(' on June') }, DOC), { value: DOC, basis: 'document' });
});

test('resolution does not depend on the host time zone', () => {
  const saved = process.env.TZ;
  try {
    for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      expectDate('On July 13 the convoy moved.', '2022-07-13', 'explicit');
      expectDate('Troops crossed on Monday.', '2022-07-18', 'relative');
      expectDate('Three days ago the shelling resumed.', '2022-07-17', 'relative');
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('a long document: the clause in the middle is dated correctly', () => {
  const filler = 'Officials in the region said the situation remained tense and that more than 300 families had left. ';
  const before = filler.repeat(120);
  const sentence = 'The second convoy arrived on 14 March 2021 after a long delay.';
  const text = before + sentence + filler.repeat(120);
  const found = eventDate(text, { start: before.length, end: before.length + sentence.length }, DOC);
  assert.equal(found?.value, '2021-03-14');
  assert.equal(found?.span && text.slice(found.span.start, found.span.end), '14 March 2021');
  assert.deepEqual(eventDate(text, { start: 0, end: text.length }, DOC)?.value, '2021-03-14');
});
