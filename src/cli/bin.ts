#!/usr/bin/env node
import { ExitCode } from './exit-code.js';
import { runCli } from './main.js';

// A closed pipe (`entente analyze … | head`) is the reader's choice, not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(ExitCode.ok); });
process.exitCode = await runCli(process.argv.slice(2));
