// Builds the single-page app into dist/ui, where `entente serve` finds it. The folder holds
// nothing else (the node-side browser tests compile to dist/web), so the static server can
// never hand out compiled server code, and each build starts from an empty folder.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../../dist/ui', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
});
