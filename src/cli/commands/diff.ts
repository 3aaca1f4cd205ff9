import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BudgetReport } from '../../compute/budget-report.js';
import { diffReports } from '../../diff/budget-diff.js';
import { type DiffSide, renderDiffJson } from '../../diff/diff-json.js';
import { diffTables } from '../../diff/diff-tables.js';
import { checkoutRevision, type RevisionCheckout } from '../../diff/git-revision.js';
import { labelsFor } from '../../i18n/index.js';
import { messagesFor } from '../../i18n/messages/index.js';
import { type Language, municipalityLabel } from '../../model/budget.js';
import { escapeInline, renderMarkdown } from '../../render/markdown.js';
import { renderTerminal } from '../../render/terminal.js';
import { saidUsageError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, useColor } from '../io.js';
import { messageLanguage } from '../language.js';
import { type BudgetPlace, loadReport } from '../load-report.js';
import { type OutputOptions, resolveFormat, writeOutput } from '../output.js';
import type { BudgetInputs } from '../output-guard.js';
import { terminalWidth } from '../run-listing.js';

export interface DiffOptions extends OutputOptions {
  /** The budget folder whose revisions are compared (default: the current directory). */
  dir?: string;
  lang?: Language;
  color: boolean;
}

/**
 * One side of the comparison: a folder on disk, or a revision of the budget folder. `label` names
 * it in the output; null for the budget folder as it is on disk when NEW is left out.
 */
type Side =
  | { kind: 'folder'; dir: string; label: string | null }
  | { kind: 'revision'; revision: string; label: string };

/**
 * `diff OLD [NEW]`: what changed between two budgets. Each side is a folder when a folder of that
 * name exists, else a git revision of the budget folder (`--dir`, default `.`); without NEW the
 * newer side is that folder as it is on disk (in a repository: the working tree). Both budgets
 * are checked as `validate` would; the diff is written when both can be computed.
 */
export async function diffCommand(
  older: string,
  newer: string | undefined,
  options: DiffOptions,
  io: CliIo,
): Promise<number> {
  const format = resolveFormat(options);
  if (format !== 'table' && format !== 'md' && format !== 'json') {
    throw usageError('diffFormat', { format });
  }
  const budgetDir = options.dir ?? '.';
  const sides: [Side, Side] = [
    side(older, io),
    newer === undefined ? { kind: 'folder', dir: budgetDir, label: null } : side(newer, io),
  ];
  const checkouts: RevisionCheckout[] = [];
  try {
    // Both sides are found first, so a revision that cannot be read stops before any diagnostics.
    const places = sides.map((item) => place(item, budgetDir, io, checkouts, options.lang));
    const reports: BudgetReport[] = [];
    const languages: Language[] = [];
    // Neither budget's files may be written (a revision's are in a temporary copy, and harmless).
    const inputs: BudgetInputs[] = [];
    let failure: number = ExitCode.Ok;
    for (const { dir, where } of places) {
      const loaded = loadReport(dir, options, io, where);
      if ('exitCode' in loaded) failure = Math.max(failure, loaded.exitCode);
      else {
        reports.push(loaded.report);
        languages.push(loaded.language);
        inputs.push(loaded.inputs);
      }
    }
    if (failure !== ExitCode.Ok) return failure;
    const [before, after] = reports as [BudgetReport, BudgetReport];
    const [, language] = languages as [Language, Language];
    const words = labelsFor(language).diff;
    const names = sides.map((item) => item.label ?? words.workingTree) as [string, string];
    const diff = diffReports(before, after);
    if (format === 'json') {
      const [first, second] = sides.map((item) => ({
        kind: item.kind,
        name: item.kind === 'folder' ? item.dir : item.revision,
      })) as [DiffSide, DiffSide];
      writeOutput(renderDiffJson(diff, { old: first, new: second }), options, io, inputs, language);
      return ExitCode.Ok;
    }
    const title = words.title(municipalityLabel(after.municipality), names[0], names[1]);
    const tables = diffTables(diff, language);
    if (format === 'md') {
      const text =
        tables.length === 0
          ? `# ${escapeInline(title)}\n\n${escapeInline(words.noChanges(names[0], names[1]))}\n`
          : renderMarkdown(tables, { language, documentTitle: title });
      writeOutput(text, options, io, inputs, language);
    } else {
      const color = options.output === undefined && useColor(io, io.stdout, !options.color);
      const width = terminalWidth(io, options);
      const text =
        tables.length === 0
          ? `${renderTerminal([], { language, color, width, documentTitle: title })}${words.noChanges(names[0], names[1])}\n`
          : renderTerminal(tables, { language, color, width, documentTitle: title });
      writeOutput(text, options, io, inputs, language);
    }
    return ExitCode.Ok;
  } finally {
    for (const checkout of checkouts) checkout.remove();
    // Revisions are read synchronously: a SIGINT/SIGTERM that came meanwhile waits for a turn of
    // the event loop. Give it one, so that it ends the process (its handler re-raises it).
    if (checkouts.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** What an argument names: an existing folder, else a revision. */
function side(argument: string, io: CliIo): Side {
  if (isFolder(resolve(io.cwd, argument))) return { kind: 'folder', dir: argument, label: argument };
  return { kind: 'revision', revision: argument, label: argument };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where a side's budget is read: a folder as it is, a revision from its temporary copy (removed by the caller). */
function place(item: Side, budgetDir: string, io: CliIo, checkouts: RevisionCheckout[], lang?: Language) {
  if (item.kind === 'folder') return { dir: item.dir, where: undefined };
  const checkout = checkoutRevision(resolve(io.cwd, budgetDir), item.revision);
  if ('problem' in checkout) throw saidUsageError(checkout.problem.said);
  checkouts.push(checkout);
  const words = messagesFor(messageLanguage(lang, io.env)).usage;
  for (const link of checkout.leftOut) {
    io.stderr.write(`${words.symlinkLeftOut({ revision: item.revision, path: link.path, reason: link.reason })}\n`);
  }
  const where: BudgetPlace = { cwd: checkout.root, label: (path) => `${item.revision}:${path}` };
  return { dir: checkout.dir, where };
}
