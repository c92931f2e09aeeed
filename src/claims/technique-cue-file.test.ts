import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataFileError } from '../core/errors.js';
import { readTechniqueCueFile } from './technique-cue-file.js';
import { LEXICAL_MAX } from './technique-cue-schema.js';
import { defaultCuesFile } from './technique-cues.js';
import { TECHNIQUE_NAMES } from './technique-names.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-cues-'));
let n = 0;
function cueFile(techniques: unknown, envelope: Record<string, unknown> = {}): string {
  const file = join(dir, `cues-${n++}.json`);
  writeFileSync(file, JSON.stringify({ $schema: 'entente/techniques/cues', version: 1, techniques, ...envelope }));
  return file;
}
const entry = (cues: unknown[], confidence = 0.3) => ({ confidence, note: 'test', cues });

function rejects(file: string, ...parts: RegExp[]): void {
  assert.throws(() => readTechniqueCueFile(file), (e: unknown) => {
    assert.ok(e instanceof DataFileError);
    assert.equal(e.file, file);
    for (const p of parts) assert.match(e.reason, p);
    return true;
  });
}

test('the bundled cue list loads, every cue at or below the lexical ceiling', () => {
  const cues = readTechniqueCueFile(defaultCuesFile());
  assert.ok(cues.length > 200, `${cues.length} cues`);
  assert.ok(cues.every((c) => c.confidence > 0 && c.confidence <= LEXICAL_MAX));
});

test('the bundled cue list has word cues for every technique but repetition', () => {
  const have = new Set(readTechniqueCueFile(defaultCuesFile()).map((c) => c.technique));
  assert.deepEqual(TECHNIQUE_NAMES.filter((t) => !have.has(t)), ['repetition']);
});

test('a cue takes its own confidence, else its technique\'s', () => {
  const cues = readTechniqueCueFile(cueFile({ doubt: entry(['alleged', { pattern: 'supposedly', confidence: 0.1 }], 0.3) }));
  assert.deepEqual(cues.map((c) => [c.pattern, c.confidence]), [['alleged', 0.3], ['supposedly', 0.1]]);
});

test('an unknown technique is named', () => {
  rejects(cueFile({ propaganda: entry(['x']) }), /techniques\.propaganda: not one of the 23 techniques/);
});

test('a confidence above the lexical ceiling is refused, naming the cue', () => {
  rejects(cueFile({ doubt: entry([{ pattern: 'alleged', confidence: 0.7 }]) }), /techniques\.doubt\.cues\[0\] "alleged"/);
});

test('a pattern that does not compile is refused, naming technique, index and pattern', () => {
  rejects(cueFile({ doubt: entry(['alleged', 'so ... ...']) }), /techniques\.doubt\.cues\[1\] "so \.\.\. \.\.\."/);
});

test('a duplicate pattern within a technique is refused', () => {
  rejects(cueFile({ doubt: entry(['alleged', 'Alleged']) }), /cues\[1\] "Alleged": duplicate pattern, already at cues\[0\]/);
});

test('every problem of the file is reported at once', () => {
  rejects(cueFile({ doubt: entry(['x*']), bogus: entry([]) }), /2 problems/, /prefix needs at least three letters/, /bogus/);
});

test('a file that is not a cue list says what is expected', () => {
  rejects(cueFile({}, { $schema: 'entente/events/triggers' }), /not a technique cue list/, /"\$schema": "entente\/techniques\/cues"/);
});

test('a file that is not JSON is a DataFileError naming it', () => {
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{ "techniques": ');
  rejects(file, /not valid JSON/);
});
