import {
  messagesFor,
  type Refusal,
  type Said,
  type UsageMessages,
  type Words,
  wordsOf,
} from '../i18n/messages/index.js';
import type { Language } from '../model/budget.js';

/** What an error line says, in a language: it is said where the language is known (`handleError`). */
type Saying = (language: Language) => Words;

/** A mistake in how the command was called: exit 2 with the message only. */
export class UsageError extends Error {
  readonly hint?: string;

  /** `message` and `hint` hold the English words; `wordsIn` says them in another language. */
  constructor(private readonly saying: Saying) {
    const words = saying('en');
    super(words.message);
    this.name = 'UsageError';
    if (words.hint !== undefined) this.hint = words.hint;
  }

  wordsIn(language: Language): Words {
    return this.saying(language);
  }
}

type UsageKey = keyof UsageMessages;
/** The usage templates that say a message and a hint (the others are whole lines). */
type WordsKey = { [K in UsageKey]: UsageMessages[K] extends (params: never) => Words ? K : never }[UsageKey];
type Params<K extends WordsKey> = UsageMessages[K] extends (params: infer P) => Words ? P : never;

/** A usage error said by one of the usage templates: `usageError('noSchema', { name, kinds })`. */
export function usageError<K extends WordsKey>(key: K, params: Params<K>): UsageError {
  return new UsageError((language) => (messagesFor(language).usage[key] as (params: Params<K>) => Words)(params));
}

/** A usage error of a finding said by a diagnostic template (a municipality of `import mdir`, a git revision of `diff`). */
export function saidUsageError(said: Said): UsageError {
  return new UsageError((language) => wordsOf(said, language));
}

/** An output file that could not be written (a folder in the way, no permission, a full disk): exit 2, not a bug. */
export class OutputError extends Error {
  constructor(private readonly saying: (language: Language) => string) {
    super(saying('en'));
    this.name = 'OutputError';
  }

  messageIn(language: Language): string {
    return this.saying(language);
  }
}

/** Why the file system refused, by Node's error code. */
const refusals: Record<string, Refusal> = {
  EISDIR: 'folder',
  ENOTDIR: 'pathFile',
  // mkdir of the output's folder, when a file has that name
  EEXIST: 'pathFile',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'readOnly',
  ENOSPC: 'diskFull',
  EDQUOT: 'quota',
  ENAMETOOLONG: 'nameTooLong',
  // a socket, or a FIFO opened without waiting for a reader
  ENXIO: 'noReader',
  // refusals of src/atomic-file.ts (SPEC §7, output safety)
  ERR_OUTPUT_SYMLINK: 'symlink',
  ERR_OUTPUT_EXISTS: 'exists',
  ERR_OUTPUT_SOCKET: 'socket',
};

/** Why the file system refused, when Node's error code says it. */
export function refusalOf(error: unknown): Refusal | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(refusals, code) ? refusals[code] : undefined;
}

/** Turns a file-system failure while writing `shown` into an OutputError; anything else is rethrown as it is. */
export function outputError(shown: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  const refusal = refusalOf(error);
  const said = { file: shown, refusal, error: (error as Error).message };
  return new OutputError((language) => messagesFor(language).usage.couldNotWrite(said));
}
