import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { listSpelling } from '../../data/municipalities.js';
import { lstatOrUndefined } from '../../fs-stat.js';
import { messagesFor } from '../../i18n/messages/index.js';
import { packageVariable, workflowYaml } from '../../init/ci-templates.js';
import { vscodeExtensionsJson, vscodeSettingsJson } from '../../init/editor-templates.js';
import { type InitSettings, manifestYaml, measuresYaml } from '../../init/templates.js';
import type { Language } from '../../model/budget.js';
import { packageVersion } from '../../package-version.js';
import { sourceDateEpoch } from '../../render/xlsx/workbook-date.js';
import { safeText } from '../../safe-text.js';
import { UsageError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, displayPath } from '../io.js';
import { outputLanguage } from '../language.js';
import { municipalityFromOption, numberForName, writeWarning } from '../municipality.js';
import { writeStatus } from '../status-lines.js';
import { readMdirInventory } from './import.js';

interface InitOptions {
  municipality?: string;
  number?: string;
  mdir?: string;
  vintage?: string;
  source?: string;
  planStart?: number;
  lang?: Language;
  ci: boolean;
  color: boolean;
  quiet: boolean;
}

/** Base year of the suggested target when there is no inventory yet: the first year of Mdir's statistics. */
const defaultBaseYear = 2009;

/**
 * `init [dir]`: a new budget folder — the manifest with a suggested target, an empty measures file
 * with a commented example, a CI workflow and, with `--mdir`, the inventory from Miljødirektoratet's
 * statistics. Writes nothing if any of these files exists already.
 */
export async function initCommand(dir: string, options: InitOptions, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, dir);
  const shown = (path: string) => displayPath(io.cwd, path);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw usageError('notAFolder', { path: shown(root) });
  }
  if (options.number !== undefined && !/^\d{4}$/.test(options.number)) {
    throw usageError('numberDigits', { number: options.number });
  }

  const inventory = options.mdir ? await importInventory(options.mdir, root, options, io) : undefined;
  if (inventory && 'exitCode' in inventory) return inventory.exitCode;

  const named = inventory ? undefined : namedMunicipality(options, root, io);
  const number = options.number ?? inventory?.number ?? named?.number;
  const settings: InitSettings = {
    municipality: inventory?.name ?? named?.name ?? folderName(root),
    ...(number ? { number } : {}),
    language: options.lang ?? 'nb',
    planStart: options.planStart ?? nextYear(io.env),
    baseYear: inventory?.years.includes(defaultBaseYear) ? defaultBaseYear : (inventory?.years[0] ?? defaultBaseYear),
    version: packageVersion(),
  };
  const files: [string, string][] = [
    ['budget.yaml', manifestYaml(settings)],
    ['measures/tiltak.yaml', measuresYaml(settings)],
    ...(inventory ? [['inventory/mdir.yaml', inventory.yaml] as [string, string]] : []),
    ...(options.ci ? [['.github/workflows/klimabudsjett.yml', workflowYaml(settings)] as [string, string]] : []),
    // The editor's settings are a convenience: an existing file (the repository's own) is kept.
    ...editorFiles(settings.version).filter(([path]) => !existsSync(join(root, path))),
  ];
  // lstat, not exists: a dangling symbolic link is taken too (writing through it would create its target).
  const taken = files.map(([path]) => join(root, path)).filter((path) => occupied(path));
  if (taken.length > 0) {
    throw usageError('filesExist', {
      files: taken.map(shown),
      ...(existsSync(join(root, 'budget.yaml')) ? { budgetFolder: shown(root) } : {}),
    });
  }
  const written: string[] = [];
  try {
    for (const [path, text] of files) {
      io.writeFile(join(root, path), text, { inputs: [], create: true });
      written.push(join(root, path));
    }
  } catch (error) {
    // All or nothing: the files written so far are new (checked above), so taking them back loses
    // nothing, and init can simply be run again once the cause is gone.
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }

  if (!options.quiet) {
    const folder = shown(root);
    const words = messagesFor(outputLanguage(options.lang, undefined, io.env)).status;
    const lines = [
      words.initCreated(folder, settings.municipality),
      ...files.map(([path]) => `  ${path}`),
      words.initNext,
      ...(inventory
        ? [
            `  ${words.initInventory(inventory.years[0] ?? 0, inventory.years.at(-1) ?? 0, String(options.mdir), inventory.vintage ?? undefined)}`,
            ...(inventory.vintage ? [] : [`  ${words.noVintage}`]),
          ]
        : [
            `  ${words.initImportInventory}`,
            `    klimabudsjett import mdir FILE --municipality "${settings.municipality}" -o ${folder}/inventory/mdir.yaml`,
          ]),
      `  ${words.initReplaceTarget(folder)}`,
      `  ${words.initAddMeasures(folder)}`,
      `  ${words.initCheck(folder)}`,
      ...(options.ci ? [`  ${words.initCi(packageVariable)}`] : []),
    ];
    // The name may come from the statistics file: no control characters reach the terminal.
    writeStatus(io, safeText(lines.join('\n')));
  }
  return ExitCode.Ok;
}

/** VS Code's settings: the schemas by glob and the YAML extension. */
function editorFiles(version: string): [string, string][] {
  return [
    ['.vscode/settings.json', vscodeSettingsJson(version)],
    ['.vscode/extensions.json', vscodeExtensionsJson()],
  ];
}

/** The inventory from Mdir's statistics, of --municipality or else of the municipality the folder is named after. */
async function importInventory(file: string, root: string, options: InitOptions, io: CliIo) {
  const municipality = options.municipality ?? folderName(root);
  try {
    return await readMdirInventory(
      file,
      {
        municipality,
        color: options.color,
        quiet: options.quiet,
        language: outputLanguage(options.lang, undefined, io.env),
        ...(options.number ? { number: options.number } : {}),
        ...(options.vintage ? { vintage: options.vintage } : {}),
        ...(options.source ? { source: options.source } : {}),
      },
      io,
    );
  } catch (error) {
    if (!(error instanceof UsageError) || options.municipality !== undefined) throw error;
    throw new UsageError((language) => messagesFor(language).usage.nameFromFolder({ words: error.wordsIn(language) }));
  }
}

/**
 * The municipality without statistics: --municipality (a name or a number) or the folder's name,
 * with its number from the built-in list; a warning when the list does not know the name (not for
 * a folder name that is no municipality's, nor when --number gives the number).
 */
function namedMunicipality(options: InitOptions, root: string, io: CliIo): { name: string; number?: string } {
  if (options.municipality === undefined) {
    const folder = folderName(root);
    const { number } = numberForName(folder);
    return number ? { name: listSpelling(folder) ?? folder, number } : { name: folder };
  }
  const known = municipalityFromOption(options.municipality);
  if (known.warning && options.number === undefined)
    writeWarning(io, known.warning, outputLanguage(options.lang, undefined, io.env));
  return known.number ? { name: known.name, number: known.number } : { name: known.name };
}

/**
 * The folder's name as a municipality name: `porsgrunn` → `Porsgrunn`, `midt-telemark` →
 * `Midt-Telemark` (Norwegian double names keep their hyphen), `nord_fron` → `Nord fron`.
 */
function folderName(root: string): string {
  const name = basename(root).replace(/_+/g, ' ').trim();
  if (name.length === 0) return 'Kommunen';
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}

/** Budgets are made in the autumn for the next year; SOURCE_DATE_EPOCH fixes the date. */
function nextYear(env: Readonly<Record<string, string | undefined>>): number {
  return (sourceDateEpoch(env) ?? new Date()).getUTCFullYear() + 1;
}

/** True when anything is at the path, a dangling symbolic link included. */
function occupied(path: string): boolean {
  return lstatOrUndefined(path) !== undefined;
}
