import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { packageFile } from '../package-root.js';
import { UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

/** Options every command takes. */
export interface CommonOptions {
  lang?: 'nb' | 'nn' | 'en';
  color: boolean;
  quiet: boolean;
  verbose: boolean;
}

/** The package version, read once from package.json. */
export function packageVersion(): string {
  const text = readFileSync(packageFile('package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

const issuesUrl = 'https://github.com/klimabudsjett/klimabudsjett/issues';

/**
 * Runs the command line and returns the exit code; never calls process.exit, so every case can
 * run in-process in tests. Command modules are imported only when their command runs.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const verbose = argv.includes('--verbose');
  const program = new Command('klimabudsjett')
    .description('Municipal climate budgets (klimabudsjett) as YAML: validate, compute and export.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 ok; 1 the budget has errors (or warnings with --strict); 2 usage error, unreadable input or internal failure.
Examples:
  klimabudsjett validate examples/porsgrunn
  klimabudsjett validate --format github .`,
    );

  const command = (name: string, description: string) => {
    const sub = program
      .command(name)
      .description(description)
      .addOption(new Option('--lang <lang>', 'language of labels in outputs').choices(['nb', 'nn', 'en']))
      .option('--no-color', 'no colours (also NO_COLOR=1)')
      .option('-q, --quiet', 'print only what was asked for (and errors)', false)
      .option('--verbose', 'print the stack of internal errors', false)
      .exitOverride()
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
      });
    return sub;
  };

  command('validate', 'check budget folders and report every problem with file:line:col')
    .argument('[dir...]', 'budget folders', ['.'])
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'junit', 'sarif']),
    )
    .option('--strict', 'treat warnings as errors', false)
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseCount)
    .addHelpText(
      'after',
      `
stylish goes to stderr; json, github, junit and sarif go to stdout.
Examples:
  klimabudsjett validate
  klimabudsjett validate --format sarif budgets/* > klimabudsjett.sarif`,
    )
    .action(async (dirs: string[], options) => {
      const { validateCommand } = await import('./commands/validate.js');
      exitCode = validateCommand(dirs, options, io);
    });

  command('schema', 'print the JSON Schema of a file kind')
    .argument('[name]', 'budget, inventory, baseline, factors, measures or followup (default: list them)')
    .action(async (name: string | undefined) => {
      const { schemaCommand } = await import('./commands/schema.js');
      exitCode = schemaCommand(name, io);
    });

  const importCommand = program.command('import').description('import emission statistics into an inventory file');
  importCommand
    .command('mdir')
    .description("Miljødirektoratet's municipal statistics (its workbook or a CSV) → an inventory file")
    .argument('<file>', 'the workbook (sheet "Oversikt - detaljert") or a CSV with the same or the reduced columns')
    .requiredOption('-m, --municipality <name|number>', 'the municipality to import')
    .option('-o, --output <file>', 'write the inventory here (default: stdout)')
    .option('--source <text>', 'the `source:` text of the inventory')
    .option('--vintage <text>', 'the publication, e.g. 2026')
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('-q, --quiet', 'print only errors', false)
    .exitOverride()
    .addHelpText(
      'after',
      `
Example:
  klimabudsjett import mdir telemark-2026.csv --municipality Porsgrunn --vintage 2026 -o inventory/mdir-2026.yaml`,
    )
    .action(async (file: string, options) => {
      const { importMdirCommand } = await import('./commands/import.js');
      exitCode = await importMdirCommand(file, options, io);
    });

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.Ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, verbose);
  }
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0)
    throw new UsageError(`--max-warnings takes a whole number ≥ 0, not "${value}".`);
  return count;
}

function handleError(error: unknown, io: CliIo, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // commander has printed its message (or the help, or the version) already
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Failure;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`klimabudsjett: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
    return ExitCode.Failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`klimabudsjett: internal error: ${message}\nThis is a bug; please report it at ${issuesUrl}.\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.Failure;
}
