// The dating stage on texts written for these tests, through the whole pipeline with the bundled
// dictionaries and anchors: one behaviour per test, asserting the range, the evidence that gave
// it and the recycled verdict.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, defaultAnalyzeContext } from '../analyze.js';
import { textDocument } from '../ingest/source-document.js';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { assertGolden } from '../testing/golden.js';
import { analyzeFiles } from '../testing/analyze-files.js';
import { fixture } from '../testing/paths.js';

const range = (a: Analysis): string => (a.contentDate ? `${a.contentDate.from}..${a.contentDate.to}` : 'none');
const evidenceText = (a: Analysis): string[] => (a.contentDate?.evidence ?? []).map((e) => a.text.slice(e.span.start, e.span.end));
const reasons = (a: Analysis): string => (a.contentDate?.evidence ?? []).map((e) => e.reason).join(' | ');
const dating = (a: Analysis, rule: string): Analysis['diagnostics'] => a.diagnostics.filter((d) => d.ruleId === rule);
const undated = (text: string): Analysis => analyzeDocument(textDocument('test:undated', text, { title: 'Test article' }), defaultAnalyzeContext());

const JOHNSON = 'British Prime Minister Boris Johnson told parliament that Britain would keep supporting Kyiv.';

test('a person named with a role bounds the range to the term of that office', () => {
  const a = undated(JOHNSON);
  assert.equal(range(a), '2019-07-24..2022-09-06');
  assert.deepEqual(evidenceText(a), ['British Prime Minister Boris Johnson']);
  assert.match(reasons(a), /Boris Johnson as British Prime Minister \(in office 2019-07-24 – 2022-09-06\)/);
});

test('a role in apposition after the name counts as well', () => {
  const a = undated('Olaf Scholz, the German chancellor, met the French president in Paris.');
  assert.equal(range(a), '2021-12-08..2025-05-06');
});

test('a former holder puts the writing date after the term; "then-" gives no bound', () => {
  const former = analyzeText('Former British Prime Minister Boris Johnson visited Kyiv again.', '2023-05-01');
  assert.equal(former.contentDate?.from, '2022-09-06');
  assert.equal(undated('Then-President Trump met Kim Jong-un in Singapore.').contentDate, null);
});

test('role words that gave no reading do not hide a later reading of the same person', () => {
  const a = undated(`Then-Prime Minister Boris Johnson met the mayor. Then-Prime Minister Boris Johnson left early. ${JOHNSON}`);
  assert.deepEqual(evidenceText(a), ['British Prime Minister Boris Johnson']);
});

test('a name without a role is no evidence', () => {
  assert.equal(analyzeText('Johnson said that Britain would keep supporting Kyiv.', '2024-01-10').contentDate, null);
});

test('an explicit date with a year narrated as past bounds the range from below', () => {
  const a = analyzeText('On 3 March 2022, the foreign ministers met in Brussels to discuss sanctions.', '2022-05-01');
  assert.equal(a.contentDate?.from, '2022-03-03');
  assert.deepEqual(evidenceText(a), ['3 March 2022']);
});

test('a date in a sentence about the future, or a deadline, is no evidence', () => {
  assert.equal(undated('The ministers will meet again on 9 July 2031 in Washington.').contentDate, null);
  assert.equal(undated('The two sides agreed to finish the pipeline by 2031.').contentDate, null);
});

test('a duration counted from a known start bounds the range on both sides', () => {
  const a = analyzeText('The conflict between Russia and Ukraine has lasted for more than four months.', '2022-08-10');
  assert.equal(range(a), '2022-06-24..2022-07-23');
  assert.match(reasons(a), /counted from Russia's full-scale invasion of Ukraine \(2022-02-24\)/);
});

test('days since an event named in the sentence', () => {
  const a = analyzeText('It has been 100 days since Russia launched its special military operation.', '2022-06-06');
  assert.equal(range(a), '2022-06-03..2022-06-05');
});

test('"the conflict" counts from the event the text names elsewhere; alone it is no evidence', () => {
  const named = undated("Russia's invasion of Ukraine shocked Europe. The conflict has lasted for more than four months.");
  assert.equal(range(named), '2022-06-24..2022-07-23');
  assert.equal(undated('The conflict has lasted for more than four months.').contentDate, null);
});

test('a relative word next to a date with its year: "three days ago, on 24 February 2022"', () => {
  assert.equal(range(undated('Three days ago, on 24 February 2022, Russian troops crossed the border.')), '2022-02-26..2022-02-28');
});

test('a relative word next to a known event ties the writing date to its year', () => {
  const a = undated('Earlier this year, Russia launched its special military operation against Ukraine.');
  assert.equal(range(a), '2022-02-24..2022-12-31');
});

test('a known event spoken of as a fact bounds from below; a feared one does not', () => {
  assert.equal(analyzeText('Since Russia\'s invasion of Ukraine, gas prices have doubled.', '2022-10-01').contentDate?.from, '2022-02-24');
  assert.equal(undated('Western capitals warned of a possible invasion of Ukraine.').contentDate, null);
  assert.equal(undated('The 1997 NATO summit in Madrid invited Poland to join the alliance.').contentDate, null, 'another year next to the name');
});

test('conflicting evidence: the stronger side wins and the other is reported', () => {
  const a = analyzeText(`${JOHNSON} Russia invaded Ukraine last winter. In March 2023, the ministers met in Brussels.`, '2023-06-01');
  assert.equal(range(a), '2022-02-24..2022-09-06');
  const conflicts = dating(a, 'dating/conflicting-evidence');
  assert.equal(conflicts.length, 1);
  assert.equal(a.text.slice(conflicts[0]!.span!.start, conflicts[0]!.span!.end), 'March 2023');
});

test('no internal evidence: no content date and no verdict', () => {
  const a = analyzeText('Serbia and Kosovo resumed talks in Brussels on Thursday. No agreement was reached.', '2023-09-14');
  assert.equal(a.contentDate, null);
  assert.equal(a.recycled, null);
});

test('recycled when the page date is long after the range', () => {
  assert.equal(analyzeText(JOHNSON, '2024-05-21').recycled, true);
});

test('not recycled when the page date is inside or just after the range', () => {
  assert.equal(analyzeText(JOHNSON, '2022-03-10').recycled, false);
  assert.equal(analyzeText(JOHNSON, '2022-10-15').recycled, false, 'five weeks after the term ended');
});

test('a text is not written after its page date: the range ends there', () => {
  const a = analyzeText(JOHNSON, '2022-03-10');
  assert.equal(range(a), '2019-07-24..2022-03-10');
  assert.equal((a.contentDate as { toBasis?: string } | null)?.toBasis, 'page-date');
});

test('of a holder\'s two terms, the page date keeps those before it', () => {
  const a = analyzeText('US President Donald Trump met Kim Jong-un in Singapore.', '2024-05-21');
  assert.equal(range(a), '2017-01-20..2021-01-20');
  assert.equal(a.recycled, true);
});

test('a holder named in a sentence that dates its story is no evidence of the writing date', () => {
  const a = analyzeText('In 2018, US President Donald Trump met Kim Jong-un in Singapore.', '2024-05-21');
  assert.equal(a.contentDate?.from, '2018-01-01');
  assert.equal(a.recycled, false);
});

test('no verdict without a page date, though the range stands', () => {
  const a = undated(JOHNSON);
  assert.equal(range(a), '2019-07-24..2022-09-06');
  assert.equal(a.recycled, null);
});

test('without an upper bound in the text the range ends at the page date, and is not recycled', () => {
  const a = analyzeText('Since Russia\'s invasion of Ukraine, gas prices have doubled.', '2024-05-21');
  assert.equal(range(a), '2022-02-24..2024-05-21');
  assert.equal((a.contentDate as { toBasis?: string } | null)?.toBasis, 'page-date');
  assert.equal(a.recycled, false);
});

test('year-less dates are not trusted: alone they give no range, whatever the page date', () => {
  const a = analyzeText('On July 13, North Korea recognised the two breakaway republics.', '2024-05-21');
  assert.equal(a.contentDate, null);
  assert.equal(a.recycled, null);
});

test('a year-less date is placed only inside the range the other evidence allows', () => {
  const a = analyzeText(`${JOHNSON} Russia's invasion of Ukraine goes on. On July 13, North Korea recognised the two breakaway republics.`, '2024-05-21');
  assert.equal(range(a), '2022-07-13..2022-09-06');
  assert.match(reasons(a), /"July 13" \(no year\).*2022-07-13/);
});

test('a year-less day that names a well-known event after "after"/"since" is not placed as a date', () => {
  const lead = 'Prime Minister Rishi Sunak spoke in parliament. On 3 March 2023, the ministers met in Brussels.';
  const named = analyzeText(`${lead} After September 11, nobody waited for proof before bombing Afghanistan.`, '2023-12-01');
  assert.equal(range(named), '2023-03-03..2023-12-01');
  // The same day as a plain date is still placed.
  const plain = analyzeText(`${lead} On September 11, the ministers met again in Rome.`, '2023-12-01');
  assert.equal(range(plain), '2023-09-11..2023-12-01');
  // With its year it is a date again.
  assert.equal(analyzeText(`${lead} After September 11, 2023, the talks resumed.`, '2023-12-01').contentDate?.from, '2023-09-11');
});

test('a holder whose term the text reports ending (killed, fled, ousted) does not cap the range at its end', () => {
  const fled = analyzeText('President Ashraf Ghani fled the country as the insurgents entered the capital.', '2021-08-28');
  assert.equal(range(fled), '2014-09-29..2021-08-28');
  assert.match(reasons(fled), /reports the end of the term/);
  const killed = analyzeText('A drone strike killed General Qasem Soleimani, commander of the Quds Force, near the airport.', '2020-01-09');
  assert.equal(killed.contentDate?.to, '2020-01-09');
  // The holder as the subject of an active "killed" ends nobody's term but the victims'.
  const active = analyzeText('President Ashraf Ghani killed the proposal in a cabinet meeting.', '2021-08-28');
  assert.equal(range(active), '2014-09-29..2021-08-15');
});

test('a page date before the earliest possible writing day is reported', () => {
  const a = analyzeText('Former British Prime Minister Boris Johnson visited Kyiv again.', '2021-01-05');
  assert.equal(dating(a, 'dating/page-date-before-content').length, 1);
  assert.equal(a.recycled, false);
});

test('a past date after the page date is set aside (more likely a misread plan than a wrong page date)', () => {
  const a = analyzeText('The treaty was signed in 2031 by both parliaments.', '2022-05-01');
  assert.equal(a.contentDate, null);
  assert.equal(dating(a, 'dating/after-page-date').length, 1);
});

test('golden: a repost of an autumn 2022 report', async () => {
  const [a] = await analyzeFiles([fixture('dating', 'recycled-grain-report.txt')]);
  assert.ok(a);
  assertGolden('dating/recycled-grain-report', {
    published: a.published,
    contentDate: a.contentDate && { ...a.contentDate, evidence: a.contentDate.evidence.map((e) => ({ text: a.text.slice(e.span.start, e.span.end), reason: e.reason })) },
    recycled: a.recycled,
    diagnostics: a.diagnostics.filter((d) => d.ruleId.startsWith('dating/')),
  });
});

test('a holder named as removed from office ("ousted President …") puts the writing date after the term', () => {
  const a = analyzeText('Parliament ousted President Viktor Yanukovych and called early elections.', '2014-03-01');
  assert.equal(a.contentDate?.from, '2014-02-22');
  assert.match(reasons(a), /removed from the office of President/);
});

test('a date narrated before a verb of saying counts, though what was said is about the future', () => {
  const a = analyzeText('On 3 March 2023, the defence minister announced that Germany will send more tanks.', '2023-03-05');
  assert.equal(a.contentDate?.from, '2023-03-03');
  assert.equal(undated('On 3 March 2031 the ministers will meet in Berlin.').contentDate, null);
});

test('a duration in the present tense of a hurried translation counts too', () => {
  const a = undated("Russia's special military operation goes on already seven months, and Kyiv asks for more tanks.");
  assert.equal(range(a), '2022-09-24..2022-10-23');
});

test('"one year ago" next to a well-known event: the Taliban take Kabul (15 August 2021)', () => {
  const a = undated('Europe still remembers the disorderly withdrawal from Afghanistan one year ago.');
  assert.equal(range(a), '2022-01-01..2023-08-14');
  assert.match(reasons(a), /Taliban's capture of Kabul/);
  assert.equal(undated('The 1996 fall of Kabul changed the region.').contentDate, null, 'another year next to the name');
});
