import { loadActorDictionaries } from '../actors/analyze-context.js';
import { loadNarrativeCatalogue } from '../claims/load-narrative-catalogue.js';
import { analyzeSources } from '../analyze-sources.js';
import { UsageError } from '../core/errors.js';
import { loadEventCoder } from '../events/event-coder.js';
import type { InputMode } from '../ingest/source-document.js';
import { readSources } from '../ingest/read-sources.js';
import type { CliIO } from './cli-io.js';
import { analysisWriter, type OutputFormat } from './analysis-writer.js';
import { ExitCode } from './exit-code.js';
import { writeChunk } from './write-stream.js';

export interface AnalyzeOptions {
  input: InputMode;
  format: OutputFormat;
  maxBytes?: number;
  /** Users' own actor dictionaries (our JSON format, or PETRARCH/TABARI text). */
  actors?: string[];
  /** Users' own event trigger files (data/events/README.md, or PETRARCH verb dictionaries), read after the bundled one. */
  triggers?: string[];
  /** Users' own narrative catalogues, read after the bundled one (an id they repeat replaces ours). */
  narratives?: string[];
}

/** `entente analyze PATHS... | -`: Analyses to stdout, one line per failed source to stderr. */
export async function analyzeCommand(paths: readonly string[], opts: AnalyzeOptions, io: CliIO): Promise<ExitCode> {
  if (paths.length === 0) throw new UsageError('analyze needs files, folders, or - for standard input');
  const dictionaries = loadActorDictionaries({ files: opts.actors ?? [] });
  for (const d of dictionaries.diagnostics) await writeChunk(io.stderr, `entente: ${d.severity}: ${d.reason}\n`);
  const events = loadEventCoder({ triggerFiles: opts.triggers ?? [] });
  for (const d of events.diagnostics ?? []) await writeChunk(io.stderr, `entente: ${d.severity}: ${d.reason}\n`);
  const writer = analysisWriter(opts.format, io.stdout);
  let failed = 0;
  let done = 0;
  const sources = readSources(paths, {
    input: opts.input,
    stdin: io.stdin,
    ...(opts.maxBytes !== undefined && { maxDocumentBytes: opts.maxBytes }),
  });
  for await (const outcome of analyzeSources(sources, { gazetteer: dictionaries.gazetteer, events, narratives: loadNarrativeCatalogue(opts.narratives ?? []) })) {
    if (!outcome.ok) {
      failed += 1;
      await writeChunk(io.stderr, `entente: ${outcome.error.message}\n`);
      continue;
    }
    const a = outcome.analysis;
    // An article with nothing usable is still written (nothing is lost) but counts as failed.
    const fatal = a.diagnostics.filter((d) => d.severity === 'error');
    if (fatal.length) {
      failed += 1;
      await writeChunk(io.stderr, `entente: ${a.uri}: ${fatal.map((d) => d.reason).join('; ')}\n`);
    }
    done += 1;
    await writer.write(a);
  }
  await writer.end();
  if (failed) await writeChunk(io.stderr, `entente: ${done} analyses written, ${failed} sources failed\n`);
  return failed ? ExitCode.sourceFailed : ExitCode.ok;
}
