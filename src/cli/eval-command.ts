import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyzeSources } from '../analyze-sources.js';
import { UsageError } from '../core/errors.js';
import { loadGoldDir } from '../eval/gold-reference.js';
import { defaultGazetteer } from '../actors/analyze-context.js';
import { readActorSentences, scoreActorSentences } from '../eval/actor-benchmark.js';
import { runHtmlBenchmark } from '../eval/html-benchmark.js';
import { formatNewsMtscScore, runNewsMtsc } from '../eval/newsmtsc-benchmark.js';
import { defaultPetrarchActors, formatPetrarchScore, runPetrarch } from '../eval/petrarch-run.js';
import { formatGoldScore, scoreGold, type Scorable } from '../eval/score-gold.js';
import { readSources } from '../ingest/read-sources.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { writeChunk } from './write-stream.js';

export interface EvalOptions {
  gold?: string;
  corpus?: string;
  analyses?: string;
  html?: string;
  actors?: string;
  /** PETRARCH validation records (PETR.UnitTest.records.xml). */
  petrarch?: string;
  /** NewsMTSC JSONL (sentences with a target and its polarity): target-sentiment accuracy and macro-F1. */
  newsmtsc?: string;
  /** Actor dictionaries for the records; default: PETR.Validate.actors.txt beside them. */
  petrarchActors?: string[];
  verbose: boolean;
}

/** Where the articles a gold folder describes live when --corpus is not given: `../corpus/seeds` beside it, else the folder itself. */
const defaultCorpus = (gold: string): string => {
  const seeds = join(dirname(resolve(gold)), 'corpus', 'seeds');
  return existsSync(seeds) ? seeds : gold;
};

function readAnalysesFile(file: string): Scorable[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    let v: unknown;
    try { v = JSON.parse(line); } catch { throw new UsageError(`${file}:${i + 1}: not a JSON line`); }
    if (typeof v !== 'object' || v === null || typeof (v as { uri?: unknown }).uri !== 'string') {
      throw new UsageError(`${file}:${i + 1}: not an Analysis (no uri)`);
    }
    return v as Scorable;
  });
}

async function analyseGoldFiles(corpus: string, files: readonly string[], io: CliIO): Promise<Scorable[]> {
  const paths = files.map((f) => join(corpus, f)).filter((p) => existsSync(p));
  const out: Scorable[] = [];
  for await (const o of analyzeSources(readSources(paths, { input: 'auto' }))) {
    if (o.ok) out.push(o.analysis);
    else await writeChunk(io.stderr, `entente: ${o.error.message}\n`);
  }
  return out;
}

/** `entente eval`: the project's own scoring (gold references; HTML main-text extraction). */
export async function evalCommand(opts: EvalOptions, io: CliIO): Promise<ExitCode> {
  if (!opts.gold && !opts.html && !opts.actors && !opts.petrarch && !opts.newsmtsc) throw new UsageError('eval needs --gold DIR, --html DIR, --actors FILE, --petrarch FILE or --newsmtsc FILE');
  if (opts.gold) {
    const golds = loadGoldDir(opts.gold);
    const analyses = opts.analyses
      ? readAnalysesFile(opts.analyses)
      : await analyseGoldFiles(opts.corpus ?? defaultCorpus(opts.gold), golds.map((g) => g.file), io);
    await writeChunk(io.stdout, `${formatGoldScore(scoreGold(golds, analyses), opts.verbose)}\n`);
  }
  if (opts.html) {
    const r = await runHtmlBenchmark(opts.html);
    const lines = [`html main text: ${r.pages} pages, token F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}), macro-averaged`];
    if (opts.verbose) {
      for (const p of [...r.perPage].sort((a, b) => a.f1 - b.f1)) lines.push(`  ${p.f1.toFixed(3)} P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} ${p.name}`);
    }
    await writeChunk(io.stdout, `${lines.join('\n')}\n`);
  }
  if (opts.actors) {
    const r = scoreActorSentences(readActorSentences(opts.actors), defaultGazetteer());
    const lines = [`actors: ${r.sentences} sentences, ${r.gold} gold mentions; precision ${r.precision.toFixed(3)} (${r.correctSystem}/${r.system}), recall ${r.recall.toFixed(3)} (${r.correctGold}/${r.gold})`];
    if (opts.verbose) lines.push(...r.errors.map((e) => `  ${e}`));
    await writeChunk(io.stdout, `${lines.join('\n')}\n`);
  }
  if (opts.petrarch) {
    const r = runPetrarch(opts.petrarch, opts.petrarchActors ?? defaultPetrarchActors(opts.petrarch));
    if (opts.verbose) for (const d of r.diagnostics) await writeChunk(io.stderr, `entente: ${d.severity}: ${d.reason}\n`);
    await writeChunk(io.stdout, `${formatPetrarchScore(r.score, r.skipped, opts.verbose)}\n`);
  }
  if (opts.newsmtsc) await writeChunk(io.stdout, `${formatNewsMtscScore(runNewsMtsc(opts.newsmtsc))}\n`);
  return ExitCode.ok;
}
