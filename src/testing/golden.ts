// Golden-file assertions (Observable Framework style): the expected JSON lives in test/golden/;
// a changed output is written beside it as NAME.actual.json for review, and the test fails.
// `UPDATE_GOLDEN=1` accepts the new output instead.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './paths.js';

const goldenDir = join(projectRoot, 'test', 'golden');

export function assertGolden(name: string, actual: unknown): void {
  const expectedFile = join(goldenDir, `${name}.json`);
  const actualFile = join(goldenDir, `${name}.actual.json`);
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  mkdirSync(dirname(expectedFile), { recursive: true });
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(expectedFile, json);
    rmSync(actualFile, { force: true });
    return;
  }
  if (!existsSync(expectedFile)) {
    writeFileSync(actualFile, json);
    assert.fail(`no golden file ${expectedFile}; review ${actualFile} and rename it (or run with UPDATE_GOLDEN=1)`);
  }
  const expected = readFileSync(expectedFile, 'utf8');
  if (expected === json) {
    rmSync(actualFile, { force: true });
    return;
  }
  writeFileSync(actualFile, json);
  assert.deepEqual(JSON.parse(json), JSON.parse(expected), `output changed: compare ${actualFile} with ${expectedFile}`);
}
