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
// --test-force-exit: a test file whose client library keeps a socket or timer alive after its
// last test (BullMQ/ioredis reconnect timers after a simulated outage) must not hang the run.
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-force-exit', ...selected], { stdio: 'inherit' });
process.exit(r.status ?? 1);
