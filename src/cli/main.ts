import { Command, CommanderError, Option } from 'commander';
import { UsageError, errorMessage } from '../core/errors.js';
import { analyzeCommand } from './analyze-command.js';
import { processIO, type CliIO } from './cli-io.js';
import { evalCommand } from './eval-command.js';
import { ExitCode, exitCodeFor } from './exit-code.js';
import { registerStoreCommands } from './store-program.js';

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`not a positive whole number: ${v}`);
  return n;
};

/** The CLI program. Commands set `exit` instead of calling process.exit, so it is testable in-process. */
export function buildProgram(io: CliIO, setExit: (code: ExitCode) => void): Command {
  const program = new Command('entente')
    .description('Turn raw geopolitical news into a structured, source-linked model of who did what to whom.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program.command('analyze')
    .description('analyse articles without a store and print their Analyses')
    .argument('[paths...]', 'files, folders (recursive), or - for standard input')
    .addOption(new Option('--input <kind>', 'how to read the input').choices(['auto', 'text', 'html', 'jsonl']).default('auto'))
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'text']).default('json'))
    .option('--max-bytes <n>', 'largest single article to read, in bytes (default 32 MiB)', positiveInt)
    .option('--actors <file...>', 'extra actor dictionaries: our JSON format, or PETRARCH/TABARI actor or agent text')
    .option('--triggers <file...>', 'extra event trigger dictionaries (data/events/README.md) or PETRARCH verb dictionaries, overriding bundled lemmas')
    .option('--narratives <file...>', 'extra narrative catalogues (data/narratives/README.md), overriding bundled ids')
    .action(async (paths: string[], o: { input: 'auto'; format: 'json'; maxBytes?: number; actors?: string[]; triggers?: string[]; narratives?: string[] }) => {
      setExit(await analyzeCommand(paths, o, io));
    });

  program.command('eval')
    .description('score analyses against gold references, and HTML extraction against expected pages')
    .option('--gold <dir>', 'folder of reference files (the form of shared/gold/*.json)')
    .option('--corpus <dir>', 'where the referenced articles are (default: ../corpus/seeds beside --gold, else --gold)')
    .option('--analyses <file>', 'score this JSONL of analyses instead of analysing the articles')
    .option('--html <dir>', 'HTML extraction benchmark: folders with source.html and expected.html')
    .option('--actors <file>', 'actor resolution: JSONL of sentences with annotated mentions')
    .option('--petrarch <file>', "PETRARCH2's validation records (PETR.UnitTest.records.xml), coded from their text")
    .option('--petrarch-actors <file...>', 'actor dictionaries for --petrarch (default: PETR.Validate.actors.txt beside the records)')
    .option('--newsmtsc <file>', 'NewsMTSC JSONL: target-sentiment accuracy and macro-F1 of the stance scorer')
    .option('--verbose', 'list every miss', false)
    .action(async (o: { gold?: string; corpus?: string; analyses?: string; html?: string; actors?: string; petrarch?: string; petrarchActors?: string[]; newsmtsc?: string; verbose: boolean }) => {
      setExit(await evalCommand(o, io));
    });

  registerStoreCommands(program, io, setExit);
  return program;
}

/** Runs the CLI and returns the exit code; every error is mapped here and nowhere else. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<ExitCode> {
  let code: ExitCode = ExitCode.ok;
  try {
    await buildProgram(io, (c) => { code = c; }).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? ExitCode.ok : ExitCode.usage;
    }
    io.stderr.write(`entente: ${errorMessage(e)}\n`);
    if (!(e instanceof UsageError) && process.env['ENTENTE_DEBUG']) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    return exitCodeFor(e);
  }
}
