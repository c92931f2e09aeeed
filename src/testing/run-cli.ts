import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../cli/main.js';

/** Runs the CLI in-process with real in-memory streams and returns what it printed. */
export async function runCliCaptured(argv: string[], stdinText = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => { out += c.toString(); });
  stderr.on('data', (c: Buffer) => { err += c.toString(); });
  const code = await runCli(argv, { stdin: Readable.from(stdinText ? [stdinText] : []), stdout, stderr });
  return { code, out, err };
}
