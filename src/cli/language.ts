import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Budget, defaultLanguage, type Language, languages } from '../model/budget.js';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The language of the outputs and messages, resolved in this one place: `--lang`, else the
 * budget's `language`, else the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`) when it is
 * Norwegian, else bokmål. Renderers take it as an argument; the computed report does not carry it.
 */
export function outputLanguage(lang: Language | undefined, budget?: Budget, env?: Environment): Language {
  const written = budget?.manifest.languageDefaulted ? undefined : budget?.manifest.language;
  return lang ?? written ?? (env && environmentLanguage(env)) ?? defaultLanguage;
}

/**
 * The language of a message said before or without a budget's words (a usage error, an unreadable
 * path): `--lang`, else the language of the budget folder the command line names, else the
 * environment's when it is Norwegian, else bokmål for a budget without `language` and English
 * for none.
 */
export function messageLanguage(lang: Language | undefined, env: Environment, budget?: BudgetLanguage): Language {
  return lang ?? budget?.language ?? environmentLanguage(env) ?? (budget ? defaultLanguage : 'en');
}

/** What a budget folder named on the command line says of its language (undefined: it has none). */
export interface BudgetLanguage {
  language?: Language;
}

/** How much of a budget.yaml is read for its `language:` line: it stands near the top. */
const languageLookahead = 64 * 1024;

/**
 * The language of the first budget folder the command line names (an argument that is a folder
 * with a budget.yaml, else the current folder when it is one), for a usage error of a command run
 * on a budget: it speaks as the budget's outputs would. Reads at most the first 64 KB of a regular
 * file and looks for a top-level `language:` line; undefined when no budget is named or found.
 */
export function budgetLanguageOfArgv(argv: readonly string[], cwd: string): BudgetLanguage | undefined {
  const folders = [...argv.filter((arg) => arg !== '' && !arg.startsWith('-')), '.'];
  for (const folder of folders) {
    const manifest = resolve(cwd, folder, 'budget.yaml');
    try {
      if (!statSync(manifest).isFile()) continue;
    } catch {
      continue;
    }
    // Column 0 only: an indented `language:` belongs to a nested mapping. A CRLF file and a BOM read too.
    const written = /^(?:\uFEFF)?language:[ \t]*["']?(nb|nn|en)["']?[ \t]*(?:#[^\r\n]*)?\r?$/m.exec(
      readStart(manifest),
    )?.[1];
    return { language: languages.find((language) => language === written) };
  }
  return undefined;
}

/**
 * The first `languageLookahead` bytes of a regular file as text; '' when it cannot be read or is
 * no longer a regular file: opened without blocking (a FIFO swapped in after the stat would wait
 * for a writer) and checked again through the descriptor.
 */
function readStart(file: string): string {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(descriptor).isFile()) return '';
    const buffer = Buffer.alloc(languageLookahead);
    const read = readSync(descriptor, buffer, 0, languageLookahead, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return '';
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * The locale's language as POSIX picks it (the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`):
 * `nb`/`no` (`nb_NO.UTF-8`, `no_NO`) → bokmål, `nn` → nynorsk; anything else is no answer.
 */
export function environmentLanguage(env: Environment): Language | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const code = locale?.toLowerCase().split(/[_.@-]/)[0];
  if (code === 'nb' || code === 'no') return 'nb';
  if (code === 'nn') return 'nn';
  return undefined;
}

/** `--lang X` or `--lang=X` of a command line, when X is a language: read before commander parses it. */
export function langOfArgv(argv: readonly string[]): Language | undefined {
  const at = argv.indexOf('--lang');
  const written = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  return languages.find((language) => language === written);
}
