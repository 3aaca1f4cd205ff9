import { Command, CommanderError } from 'commander';
import { diagnosticFormatNames } from '../diagnostics/format-names.js';
import { exportFormatNames, listingFormatNames } from '../documents/export-formats.js';
import { messagesFor } from '../i18n/messages/index.js';
import { type Language, languages } from '../model/budget.js';
import { packageVersion } from '../package-version.js';
import { safeText } from '../safe-text.js';
import { sayCommanderError } from './commander-errors.js';
import { OutputError, UsageError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { addNorwegianExamples } from './help-examples.js';
import type { CliIo } from './io.js';
import { budgetLanguageOfArgv, langOfArgv, messageLanguage } from './language.js';
import { choiceOption, optionWords } from './option-values.js';

const issuesUrl = 'https://github.com/klimabudsjett/klimabudsjett/issues';

/**
 * Runs the command line and returns the exit code; never calls process.exit, so every case can
 * run in-process in tests. Command modules are imported only when their command runs.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const verbose = argv.includes('--verbose');
  // The language of a usage error, found only when one is said: --lang as far as it can be read,
  // else the named budget's, else the environment's.
  const language = () => messageLanguage(langOfArgv(argv), io.env, budgetLanguageOfArgv(argv, io.cwd));
  // commander's own errors are said by handleError, by their code, in the user's language.
  const output = {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => io.stderr.write(text),
    outputError: () => {},
  };
  const program = new Command('klimabudsjett')
    .description('Municipal climate budgets (klimabudsjett) as YAML: validate, compute and export.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output)
    .addHelpText(
      'after',
      `
Exit codes: 0 ok; 1 the budget has errors (or warnings with --strict); 2 usage error, unreadable input or internal failure.
Examples:
  klimabudsjett validate examples/porsgrunn
  klimabudsjett summary examples/porsgrunn
  klimabudsjett export examples/porsgrunn -o report.json
  klimabudsjett diff main --format md
  klimabudsjett validate --format github .`,
    );

  // `-o -` is stdout, for every command that takes -o (SPEC §7): as if -o were not given.
  program.hook('preAction', (_program, action) => {
    if (action.opts().output === '-') action.setOptionValue('output', undefined);
  });

  const command = (name: string, description: string) => {
    const sub = program
      .command(name)
      .description(description)
      .addOption(choiceOption('--lang <lang>', 'language of labels in outputs', languages, optionWords.lang))
      .option('--no-color', 'no colours (also NO_COLOR=1)')
      .option('-q, --quiet', 'print only what was asked for (and errors)', false)
      .option('--verbose', 'print the stack of internal errors (junit: also list the infos)', false)
      .exitOverride()
      .configureOutput(output);
    return sub;
  };

  /** The action of a command taking one argument: its module is imported only when it runs. */
  const runs =
    <A, O>(load: () => Promise<(argument: A, options: O, io: CliIo) => number | Promise<number>>) =>
    async (argument: A, options: O) => {
      const commandFunction = await load();
      exitCode = await commandFunction(argument, options, io);
    };

  command('init', 'write a new budget folder: manifest, measures file, CI workflow, and the inventory with --mdir')
    .argument('[dir]', 'the new budget folder', '.')
    .option('-m, --municipality <name|number>', 'the municipality, by name or number (default: the folder name)')
    .option('--number <nnnn>', 'the four-digit municipality number (default: from the name)')
    .option('--mdir <file>', "import the inventory from Miljødirektoratet's statistics (workbook or CSV)")
    .option('--vintage <text>', 'with --mdir: the publication, e.g. 2026 (default: a later year in the file name)')
    .option('--source <text>', "with --mdir: the inventory's `source:` (default: Miljødirektoratet and the file name)")
    .option('--plan-start <year>', 'first year of the economic plan (default: next year)', yearOption('--plan-start'))
    .option('--no-ci', 'leave out the GitHub Actions workflow')
    .addHelpText(
      'after',
      `
Never overwrites: if one of the files exists, nothing is written.
Examples:
  klimabudsjett init porsgrunn --mdir telemark-2026.csv
  klimabudsjett init . --municipality Skien --number 4003 --lang nn`,
    )
    .action(runs(async () => (await import('./commands/init.js')).initCommand));

  command('validate', 'check budget folders and report every problem with file:line:col')
    .argument('[path...]', 'budget folders, or files in them', ['.'])
    .addOption(choiceOption('-f, --format <format>', 'output format', diagnosticFormatNames, optionWords.format))
    .option('--strict', 'treat warnings as errors', false)
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseCount)
    .addHelpText(
      'after',
      `
stylish goes to stderr; json, github, junit and sarif go to stdout.
A file stands for the budget folder above it (the nearest with a budget.yaml), as a pre-commit hook passes them.
junit: a test case per error or warning; a warning fails only with --strict or past --max-warnings,
as the exit code does; infos go to system-out only with --verbose.
Examples:
  klimabudsjett validate
  klimabudsjett validate --format sarif budgets/* > klimabudsjett.sarif
  klimabudsjett validate budgets/porsgrunn/measures/tiltak.yaml`,
    )
    .action(runs(async () => (await import('./commands/validate.js')).validateCommand));

  command('schema', 'print the JSON Schema of a file kind')
    .argument('[name]', 'budget, inventory, baseline, factors, measures or followup (default: list them)')
    .action(async (name: string | undefined) => {
      const { schemaCommand } = await import('./commands/schema.js');
      exitCode = schemaCommand(name, io);
    });

  const report = (name: string, description: string, formats: readonly string[] = listingFormatNames) =>
    command(name, description)
      .argument('[dir]', 'budget folder', '.')
      .addOption(
        choiceOption(
          '-f, --format <format>',
          'output format (default: from the -o extension, else table)',
          formats,
          optionWords.format,
        ),
      )
      .option(
        '-o, --output <file>',
        'write to this file (atomically) instead of stdout (- is stdout); the extension picks the format',
      )
      .option('--table <id>', 'csv: the table to write (default: the first)')
      .option(
        '--excel-csv',
        'csv: for a spreadsheet in Norway: BOM, `;` and a decimal comma in nb/nn (default: plain RFC 4180 CSV)',
        false,
      );

  report(
    'summary',
    'one screen: targets and progress, need, effect, gaps (decided, with proposals) and coverage in the plan years, top measures',
  )
    .addHelpText(
      'after',
      '\nExamples:\n  klimabudsjett summary examples/porsgrunn\n  klimabudsjett summary --lang en --format md > summary.md',
    )
    .action(runs(async () => (await import('./commands/summary.js')).summaryCommand));

  report(
    'pathway',
    'per target and year: actual, baseline, effect, projected, path, gaps (decided, with proposals), need, coverage',
  ).action(runs(async () => (await import('./commands/pathway.js')).pathwayCommand));

  report('measures', 'the measure table, or effects grouped with --by')
    .option('--year <year>', 'show the effect in one year (plan start … horizon)', yearOption('--year'))
    .addOption(
      choiceOption(
        '--by <grouping>',
        'totals per plan year by group',
        ['sector', 'responsible', 'status', 'scope'],
        optionWords.by,
      ),
    )
    .option('--status <statuses>', 'only measures with these statuses (comma-separated, as written)')
    .addOption(
      choiceOption(
        '--sort <key>',
        'row order (default: sector, then id)',
        ['effect', 'cost', 'nok_per_t', 'id'],
        optionWords.sort,
      ),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  klimabudsjett measures --sort effect\n  klimabudsjett measures --by responsible --status adopted,in_progress',
    )
    .action(runs(async () => (await import('./commands/measures.js')).measuresCommand));

  report('progress', 'progress towards each target and the follow-up status of each measure').action(
    runs(async () => (await import('./commands/progress.js')).progressCommand),
  );

  report('costs', 'costs by year and responsible, annualised cost and NOK per tonne, the abatement cost curve').action(
    runs(async () => (await import('./commands/costs.js')).costsCommand),
  );

  report('factors', 'the emission factors in use, with their sources')
    .option('--search <text>', 'only factors whose id, name or source contains this text')
    .action(runs(async () => (await import('./commands/factors.js')).factorsCommand));

  report(
    'export',
    'the whole computed budget: .json (the machine contract), .xlsx, .html, .md, .csv, .zip',
    exportFormatNames,
  )
    .option('--template', 'write the measures template (.xlsx) to fill in Excel; read it back with `import measures`')
    .addHelpText(
      'after',
      `
-o report.zip writes every table as a CSV file in one zip archive.
Examples:
  klimabudsjett export -o budsjett.xlsx
  klimabudsjett export -o rapport.html
  klimabudsjett export -o report.json
  klimabudsjett export --format json > report.json
  klimabudsjett export --format csv --table measures > measures.csv
  klimabudsjett export --format csv --table measures --excel-csv -o tiltak.csv
  klimabudsjett export --template -o tiltak.xlsx`,
    )
    .action(async (dir: string, options) => {
      if (options.template === true) {
        const { exportTemplateCommand } = await import('./commands/export-template.js');
        exitCode = await exportTemplateCommand(dir, options, io);
        return;
      }
      const { exportCommand } = await import('./commands/export.js');
      exitCode = await exportCommand(dir, options, io);
    });

  command('report', 'batch: the workbook, the HTML and the Markdown report of each budget folder, and an overview')
    .argument('<dir...>', 'budget folders')
    .requiredOption('--out-dir <dir>', 'where the reports go (created if missing)')
    .option('-j, --jobs <n>', 'worker processes making budgets at once (default: the available cores)', parseJobs)
    .addHelpText(
      'after',
      `
Each folder gives <name>.xlsx, <name>.html and <name>.md, named after the folder; index.xlsx,
index.html and index.md compare the budgets and link to their documents. A folder with errors is reported,
skipped and listed as failed; the others are still written. Exit 1 if any folder failed.
Example:
  klimabudsjett report budsjett/* --out-dir rapporter`,
    )
    .action(runs(async () => (await import('./commands/report.js')).reportCommand));

  command('diff', 'what changed between two budgets: targets and gap, measures, effects and costs')
    .argument('<old>', 'the older budget: a folder, or a git revision of the budget folder (main, v2025, HEAD~1)')
    .argument('[new]', 'the newer budget: a folder or a revision (default: the budget folder as it is on disk)')
    .option('-C, --dir <dir>', 'the budget folder whose git revisions are compared', '.')
    .addOption(
      choiceOption(
        '-f, --format <format>',
        'output format (default: from the -o extension, else table)',
        ['table', 'md', 'json'],
        optionWords.format,
      ),
    )
    .option(
      '-o, --output <file>',
      'write to this file (atomically) instead of stdout (- is stdout); the extension picks the format',
    )
    .addHelpText(
      'after',
      `
An argument that names an existing folder is a folder; anything else is a git revision.
Examples:
  klimabudsjett diff main                      the working tree against the branch main
  klimabudsjett diff v2025 v2026 -C budsjett   two tags of the folder budsjett
  klimabudsjett diff forrige/ . -o endringer.md`,
    )
    .action(async (older: string, newer: string | undefined, options) => {
      const { diffCommand } = await import('./commands/diff.js');
      exitCode = await diffCommand(older, newer, options, io);
    });

  const importCommand = program
    .command('import')
    .description('import emission statistics (an inventory file) or a measures template');
  /** The options an `import` subcommand ends with: it prints only errors with -q and speaks in messages. */
  const importOptions = (sub: Command) =>
    sub
      .option('--no-color', 'no colours (also NO_COLOR=1)')
      .option('-q, --quiet', 'print only errors', false)
      .addOption(choiceOption('--lang <lang>', 'language of the messages', languages, optionWords.lang))
      .exitOverride()
      .configureOutput(output);
  importOptions(
    importCommand
      .command('mdir')
      .description("Miljødirektoratet's municipal statistics (its workbook or a CSV) → an inventory file")
      .argument('<file>', 'the workbook (sheet "Oversikt - detaljert") or a CSV with the same or the reduced columns')
      .requiredOption('-m, --municipality <name|number>', 'the municipality to import')
      .option('-o, --output <file>', 'write the inventory here (default: stdout); never over an existing file')
      .option('--force', 'replace the -o file if it exists', false)
      .option('--source <text>', 'the `source:` text of the inventory')
      .option('--vintage <text>', 'the publication, e.g. 2026 (default: a later year in the file name)'),
  )
    .addHelpText(
      'after',
      `
Example:
  klimabudsjett import mdir telemark-2026.csv --municipality Porsgrunn --vintage 2026 -o inventory/mdir-2026.yaml`,
    )
    .action(runs(async () => (await import('./commands/import.js')).importMdirCommand));

  importOptions(
    importCommand
      .command('measures')
      .description('a filled-in measures template (export --template) → a measures file, checked with the budget')
      .argument('<file>', 'the workbook, as saved by Excel or LibreOffice')
      .option('-o, --output <file>', 'write the measures file here (default: stdout); never over an existing file')
      .option('--force', 'replace the -o file if it exists (the changed measures are listed)', false)
      .option('--budget <dir>', 'the budget to check against (default: the one holding -o, else the current folder)')
      .addOption(
        choiceOption(
          '-f, --format <format>',
          'diagnostics format (on stderr)',
          diagnosticFormatNames,
          optionWords.format,
        ),
      ),
  )
    .addHelpText(
      'after',
      `
Every problem is located to its cell (Tiltak!D7); with errors nothing is written.
Example:
  klimabudsjett import measures tiltak.xlsx -o measures/tiltak.yaml --force`,
    )
    .action(runs(async () => (await import('./commands/import-measures.js')).importMeasuresCommand));
  addNorwegianExamples(program);

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.Ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, verbose, language());
  }
}

function yearOption(name: string): (value: string) => number {
  return (value) => {
    const year = Number(value);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) throw usageError('takesYear', { option: name, value });
    return year;
  };
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0)
    throw usageError('takesCount', { option: '--max-warnings', value, min: 0 });
  return count;
}

function parseJobs(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 256)
    throw usageError('takesCount', { option: '--jobs', value, min: 1, max: 256 });
  return count;
}

/** What commander has written itself when it throws these: the help, the version. */
const shownByCommander: ReadonlySet<string> = new Set([
  'commander.help',
  'commander.helpDisplayed',
  'commander.version',
]);

function handleError(error: unknown, io: CliIo, verbose: boolean, language: Language): number {
  const words = messagesFor(language).usage;
  if (error instanceof CommanderError) {
    // commander has printed the help or the version already; its errors are said here (they echo
    // the command line: no control characters reach the terminal)
    if (!shownByCommander.has(error.code)) io.stderr.write(`${safeText(sayCommanderError(error, language))}\n`);
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Failure;
  }
  if (error instanceof UsageError) {
    const said = error.wordsIn(language);
    const hint = said.hint ? `  ${messagesFor(language).status.hint}: ${said.hint}\n` : '';
    io.stderr.write(safeText(`klimabudsjett: ${said.message}\n${hint}`));
    return ExitCode.Failure;
  }
  if (error instanceof OutputError) {
    io.stderr.write(`klimabudsjett: ${error.messageIn(language)}\n`);
    return ExitCode.Failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`klimabudsjett: ${words.internalError({ message, url: issuesUrl })}\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.Failure;
}
