// Debian's Chromium driven by playwright-core for the browser tests and the web bench: headless,
// no sandbox (containers), no GPU (WebGL falls back to software), no background traffic, and a
// fresh profile each launch. `chromiumPath` is null when the browser is not installed.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATE = process.env['ENTENTE_CHROMIUM'] ?? '/usr/bin/chromium';

export const chromiumPath: string | null = existsSync(CANDIDATE) ? CANDIDATE : null;

export const NO_CHROMIUM = `skipped: ${CANDIDATE} is missing (install Debian's chromium package to run the browser tests)`;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic',
  // Software WebGL for sigma once the GPU is disabled (newer Chromium asks for this explicitly).
  '--enable-unsafe-swiftshader',
];

export interface Browser { readonly context: BrowserContext; close(): Promise<void> }

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(NO_CHROMIUM);
  const profile = await mkdtemp(join(tmpdir(), 'entente-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 1000 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
