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
 * The language of a message about no budget (a usage error, an unreadable path): `--lang`, else
 * the environment's when it is Norwegian, else English.
 */
export function messageLanguage(lang: Language | undefined, env: Environment): Language {
  return lang ?? environmentLanguage(env) ?? 'en';
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
