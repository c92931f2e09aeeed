import type { Analysis } from '../model/analysis.js';
import { formatAnalysisText } from './format-analysis-text.js';
import { writeChunk } from './write-stream.js';

export type OutputFormat = 'json' | 'jsonl' | 'text';

export interface AnalysisWriter {
  write(a: Analysis): Promise<void>;
  end(): Promise<void>;
}

/**
 * Streams analyses in the chosen format. `json` prints one object for one article and an array
 * for several (SPEC §3); it holds back only the first article to know which.
 */
export function analysisWriter(format: OutputFormat, out: NodeJS.WritableStream): AnalysisWriter {
  if (format === 'jsonl') {
    return { write: (a) => writeChunk(out, `${JSON.stringify(a)}\n`), end: async () => {} };
  }
  if (format === 'text') {
    let n = 0;
    return { write: (a) => writeChunk(out, `${n++ ? '\n' : ''}${formatAnalysisText(a)}\n`), end: async () => {} };
  }
  let first: Analysis | null = null;
  let count = 0;
  return {
    async write(a) {
      count += 1;
      if (count === 1) { first = a; return; }
      if (count === 2) await writeChunk(out, `[\n${JSON.stringify(first, null, 2)}`);
      await writeChunk(out, `,\n${JSON.stringify(a, null, 2)}`);
    },
    async end() {
      if (count === 1) await writeChunk(out, `${JSON.stringify(first, null, 2)}\n`);
      else if (count > 1) await writeChunk(out, '\n]\n');
      else await writeChunk(out, '[]\n');
    },
  };
}
