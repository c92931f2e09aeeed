// Coding with a PETRARCH verb dictionary of our own, through the whole pipeline: a code pair codes
// the act both ways, a `%` pattern needs a compound subject whose actors act on one another, a
// pattern that names the negation codes the negated act, and a code the catalogue does not list
// is kept with its ancestor's values.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeDocument, defaultAnalyzeContext } from '../analyze.js';
import { textDocument } from '../ingest/source-document.js';
import type { Event } from '../model/analysis.js';
import { loadEventCoder } from './event-coder.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-petrarch-verbs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'ours.verbs.txt');
writeFileSync(file, `&NEG
+DID N'T
+WO N'T

--- TOUR [042:043] ---
TOUR

--- PUT_OFF [120] ---
POSTPONE
- % HAVE * [191]

--- SKIRMISH [190] ---
SKIRMISH
- &NEG * (OVER) [904]
`);
const events = loadEventCoder({ triggerFiles: [file] });
const code = (text: string): Event[] =>
  analyzeDocument(textDocument('test:petrarch', text, { published: '2022-07-20', title: 'Test' }), { ...defaultAnalyzeContext(), events }).events;
const keys = (text: string): string[] => code(text).map((e) => `${e.source?.code}>${e.target?.code} ${e.cameo} ${e.modality}`);

test('a code pair codes the act and the act told the other way', () => {
  const got = keys('Turkey toured Greece on Monday.');
  assert.ok(got.includes('TUR>GRC 042 asserted') && got.includes('GRC>TUR 043 asserted'), got.join(', '));
});

test('a % pattern: a compound subject acts on itself; a single subject takes the verb\'s own code', () => {
  const both = keys('Turkey and Greece have postponed their meeting.');
  assert.ok(both.includes('TUR>GRC 191 asserted') && both.includes('GRC>TUR 191 asserted'), both.join(', '));
  const one = keys('Turkey has postponed its visit to Greece.');
  assert.ok(one.includes('TUR>GRC 120 asserted'), one.join(', '));
  assert.ok(!one.some((k) => k.includes(' 191 ')), one.join(', '));
});

test('a pattern that names the negation codes the negated act; another negation stays negated', () => {
  const named = code("Turkey didn't skirmish with Greece over the islands.");
  assert.deepEqual(named.map((e) => [e.cameo, e.modality]), [['904', 'asserted']]);
  const plain = keys('Turkey did not skirmish with Greece over the islands.');
  assert.ok(plain.includes('TUR>GRC 190 negated'), plain.join(', '));
});

test('a code the catalogue does not list is kept, with the values of 01 when no root is listed', () => {
  const e = code("Turkey didn't skirmish with Greece over the islands.")[0];
  assert.deepEqual([e?.cameo, e?.root, e?.goldstein, e?.quadClass, e?.plover], ['904', '90', 0, 1, null]);
  assert.ok(events.diagnostics?.some((d) => d.severity === 'info' && d.reason.includes('code 904 is not in the CAMEO catalogue')));
});
