import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataFileError } from '../core/errors.js';
import { NO_SHARED, sharedDir } from '../testing/paths.js';
import { readPetrarchRecords } from './petrarch-records.js';

// The variants PETR.UnitTest.records.xml uses, written afresh (line numbers matter below).
const sample = `<Validation>
<!-- a header that mentions <Stop> and <actor><conj> in passing -->
<Environment>
  <Include>valid DEMO COMPOUND ERROR</Include>
  <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<!-- Two events, one with a quoted new actor -->
<!-- Last update: today -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="GON" eventcode="223"></EventCoding>
<Text>
Arnor &amp; its   friends restore ties
with Gondor.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)))))
</Parse>
</Sentence>
<Config option="require_dyad" value="TRUE"></Config>
<Sentence date = "20080801" id =  "T-02"  category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Manchester United beat Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="COMPOUND" sentence="true">
<EventCoding noevents = "True"> </EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950101" id="T-04" category="DEMO" sentence="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Switched off by its authors.</Text>
</Sentence>
<Sentence date="19950101" id="T-05" category="DEMOx" sentence="true">
<Text>Gollum was in an accord.</Text>
</Sentence>
<Sentence date="19950101" id="T-06" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON"></EventCoding>
<Text>A coding without its event code.</Text>
</Sentence>
<Sentence date="19951301" id="T-07" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="042"></EventCoding>
<Text>A month that does not exist.</Text>
</Sentence>
</Sentences>
</Validation>
`;

test('records, their codings and every variant of expectation', () => {
  const { records, diagnostics } = readPetrarchRecords(sample, 'mine.xml');
  assert.deepEqual(records.map((r) => r.id), ['T-01', 'T-02', 'T-03', 'T-04', 'T-05', 'T-07']);
  const [one, two, three, four, five, seven] = records;
  assert.deepEqual(one, {
    id: 'T-01', date: '1995-01-01', line: 9, category: 'DEMO',
    text: 'Arnor & its friends restore ties with Gondor.',
    expected: [{ source: 'ARN', target: 'GON', code: '064' }, { source: '"INJURY TOLL"', target: 'GON', code: '223' }],
    note: 'Two events, one with a quoted new actor\nLast update: today',
    config: { stop_on_error: 'True', require_dyad: 'false' },
  });
  assert.equal(two?.date, '2008-08-01', 'spaces around =');
  assert.equal(two?.error, 'storydiscard');
  assert.deepEqual(two?.expected, []);
  assert.equal(two?.config?.['require_dyad'], 'TRUE', 'a <Config> holds until changed');
  assert.deepEqual([three?.expected, three?.skip], [[], undefined]);
  assert.match(four?.skip ?? '', /sentence="false"/);
  assert.deepEqual([five?.expected, five?.skip], [[], 'category DEMOx is not in <Include>']);
  assert.equal(seven?.date, null);
  assert.deepEqual(diagnostics.map((d) => d.reason), [
    'mine.xml:38: record T-06 left out: line 39: an <EventCoding> needs sourcecode, targetcode and eventcode, or noevents, or error',
    'mine.xml:42: record T-07: "19951301" is not a YYYYMMDD date',
  ]);
});

test('broken structure is reported by record; a file without records is unusable', () => {
  const xml = `<Sentences>
<Sentence date="19950101" category="DEMO"><Text>No id.</Text></Sentence>
<Sentence date="19950101" id="U-02"><Text>Never closed.</Text>
<Sentence date="19950101" id="U-03"><EventCoding noevents="True"/><EventCoding sourcecode="A" targetcode="B" eventcode="010"/><Text>Both.</Text></Sentence>
<Sentence date="19950101" id="U-04"><Text>Fine.</Text></Sentence>
<Sentence date="19950101" id="U-05"><Text>Cut off`;
  const { records, diagnostics } = readPetrarchRecords(xml, 'x.xml');
  assert.deepEqual(records.map((r) => r.id), ['U-04']);
  assert.deepEqual(diagnostics.map((d) => d.reason), [
    'x.xml:2: a record without id left out: it has no id',
    'x.xml:3: record U-02 left out: it is never closed (a new <Sentence> starts at line 4)',
    'x.xml:4: record U-03 left out: it expects events and also none (noevents / error)',
    'x.xml:6: record U-05 left out: it is never closed (the file ends first)',
  ]);
  assert.throws(() => readPetrarchRecords('<html><body>hello</body></html>', 'page.html'), DataFileError);
});

test('PETRARCH\'s unit-test records load', { skip: sharedDir ? false : NO_SHARED }, (t) => {
  const file = join(sharedDir!, 'dev', 'petrarch', 'PETR.UnitTest.records.xml');
  const { records, diagnostics } = readPetrarchRecords(readFileSync(file, 'utf8'), file);
  const scored = records.filter((r) => !r.skip);
  const events = (rs: typeof records) => rs.reduce((n, r) => n + r.expected.length, 0);
  t.diagnostic(`${records.length} records, ${events(records)} expected events; PETRARCH scores ${scored.length} records, ${events(scored)} events, ${scored.filter((r) => !r.expected.length).length} expecting none`);
  assert.equal(records.length, 284);
  assert.ok(records.every((r) => r.text && r.date && !r.text.includes('(NP')), 'every record has text and a date, never the parse');
  assert.deepEqual(records.find((r) => r.id === 'DEMO-00')?.expected, [{ source: 'ARN', target: 'GON', code: '064' }]);
  assert.deepEqual(new Set(records.flatMap((r) => (r.error ? [r.error] : []))), new Set(['dateline', 'bad_input_parse', 'storydiscard', 'sentencediscard']));
  // The file reuses two ids (AGENTS-18/19) for disabled records; that is all it gets wrong.
  assert.deepEqual(diagnostics.map((d) => d.reason.replace(/^.*:\d+: /, '')), [
    'record AGENTS-18: an earlier record has the same id', 'record AGENTS-19: an earlier record has the same id',
  ]);
});
