import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from './extract-text.js';

const lede = 'Ankara and Baku signed a new energy memorandum on Tuesday, and the two capitals say that gas will flow through the corridor before winter. Analysts in Yerevan are worried that the deal will shift the bal';
const scrape = [
  lede,
  '',
  '2023/10/1708:04:51 world 2041',
  '',
  'Ankara and Baku signed a new energy memorandum on Tuesday, and the two capitals say that gas will flow through the corridor before winter. Analysts in Yerevan fear the shift.',
  '',
  `${lede} - NewsBreakDaily`,
  '',
  'A corridor older than the war',
  '',
  'shtmlOn October 3, Turkish Energy Minister Alparslan Bayraktar said the pipeline would be extended.',
  'The html of the ministry website was later changed.',
  '',
  `${lede} - NewsBreakDaily`,
  '',
  'Nobody in Brussels commented.',
  '',
  'insist on originality, I am Caucasus Watch, welcome to pay attention!',
  '',
  'world Category Latest News',
  '',
  'A drought in the south of the province has hit wheat farmers hard - NewsBreakDaily',
  'Local officials opened a new bridge over the river',
].join('\n');

test('a content-farm scrape: title, header, captions, artefact, promotion and teasers', () => {
  const x = extractText({ content: scrape, fromRecord: false });
  assert.equal(x.meta.title, lede);
  assert.equal(x.meta.published, '2023-10-17T08:04:51');
  assert.equal(x.meta.category, 'world');
  assert.equal(x.meta.views, 2041);
  assert.equal(x.meta.site, 'NewsBreakDaily');
  assert.ok(x.text.startsWith('Ankara and Baku signed a new energy memorandum on Tuesday'));
  assert.ok(x.text.includes('\n\nA corridor older than the war\n\n'), 'section heading kept as its own paragraph');
  assert.ok(x.text.includes('On October 3, Turkish Energy Minister'), 'artefact prefix removed, sentence kept');
  assert.ok(!x.text.includes('shtmlOn'));
  assert.ok(x.text.includes('The html of the ministry website'), 'a legitimate "html" mid-sentence stays');
  assert.ok(x.text.endsWith('Nobody in Brussels commented.'));
  for (const gone of ['NewsBreakDaily', 'welcome to pay attention', 'Latest News', 'drought', 'bridge']) assert.ok(!x.text.includes(gone), gone);
  const reasons = x.removed.map((r) => r.reason);
  assert.deepEqual(new Set(reasons), new Set(['title', 'metadata header', 'image caption repeating the title', 'glued scrape artefact', 'self-promotion', 'teaser marker', 'teaser for another story']));
  // Every removal points at real input and nothing else of the input is missing from the text.
  for (const r of x.removed) assert.ok(r.start < r.end && r.end <= scrape.length);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const removedChars = x.removed.reduce((n, r) => n + words(scrape.slice(r.start, r.end)).join(' ').length, 0);
  assert.ok(removedChars + words(x.text).join(' ').length <= words(scrape).join(' ').length);
});

test('cited source glued to the last sentence is cut at the label and kept as metadata', () => {
  const x = extractText({ content: 'Headline about the Sahel\nNiger closed its airspace on Sunday.The junta blamed France.Some sources: Sahel Daily, Reuters', fromRecord: false });
  assert.deepEqual(x.meta.citedSources, ['Sahel Daily', 'Reuters']);
  assert.equal(x.text, 'Niger closed its airspace on Sunday.The junta blamed France.');
});

test('a body sentence beginning with "Sources" stays', () => {
  const x = extractText({ content: 'Title line here\n\nThe talks ended early.\n\nSources close to the ministry said: no deal was reached', fromRecord: false });
  assert.deepEqual(x.meta.citedSources, []);
  assert.ok(x.text.endsWith('no deal was reached'));
});

test('a Chinese-style source line on its own', () => {
  const x = extractText({ content: 'Title line here\n\nBeijing hosted the talks.\n\n来源：环球网', fromRecord: false });
  assert.deepEqual(x.meta.citedSources, ['环球网']);
  assert.equal(x.text, 'Beijing hosted the talks.');
});

test('records keep their text as body: no title is taken from the first line', () => {
  const x = extractText({ content: 'One sentence body about Kosovo.', fromRecord: true });
  assert.equal(x.meta.title, null);
  assert.equal(x.text, 'One sentence body about Kosovo.');
});

test('one paragraph per line when the scrape has no blank lines', () => {
  const x = extractText({ content: 'A title\nFirst paragraph ends here.\nSecond paragraph ends here.', fromRecord: false });
  assert.equal(x.text, 'First paragraph ends here.\n\nSecond paragraph ends here.');
});

test('a marker followed by long paragraphs removes only the marker', () => {
  const long = 'This paragraph is part of the article and keeps going with analysis of the summit. '.repeat(10);
  const body = Array.from({ length: 6 }, (_, i) => `Body paragraph ${i + 1} of the report.`);
  const x = extractText({ content: ['T', '', ...body, 'Latest News', long, long].join('\n\n'), fromRecord: false });
  assert.ok(x.text.includes(long.trim()));
  assert.deepEqual(x.removed.filter((r) => r.reason.startsWith('teaser')).map((r) => r.reason), ['teaser marker']);
});

test('empty input gives an error diagnostic, not an exception', () => {
  const x = extractText({ content: '   \n\n', fromRecord: false });
  assert.equal(x.text, '');
  assert.equal(x.diagnostics[0]?.ruleId, 'extract/no-text');
});
