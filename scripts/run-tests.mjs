#!/usr/bin/env node
// Runs every compiled test file with node's own test runner. Node 20 takes no glob in
// `node --test`, so the files are listed here; the runner prints its own summary.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : []);
const files = walk('dist').sort();
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
// No --test-force-exit: with concurrency it can drop a file's last verdicts and still report
// success (nodejs/node#64833, seen here on Node 22). A file that leaves a handle open hangs
// instead, so the whole run has a deadline and fails loudly when it passes it.
const DEADLINE_MS = Number(process.env['ENTENTE_TEST_DEADLINE_MS'] ?? 40 * 60_000);
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...selected], { stdio: 'inherit', timeout: DEADLINE_MS, killSignal: 'SIGKILL' });
if (r.error || r.signal) {
  console.error(`run-tests: the test run did not finish within ${DEADLINE_MS / 60_000} minutes (${r.error?.message ?? r.signal}): a test file probably left a handle open`);
  process.exit(1);
}
process.exit(r.status ?? 1);
