import type { Diagnostic, StylishWords } from './diagnostic.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatJunit } from './format-junit.js';
import type { DiagnosticFormat } from './format-names.js';
import { formatSarif } from './format-sarif.js';
import { formatStylish } from './format-stylish.js';

export { type DiagnosticFormat, diagnosticFormatNames } from './format-names.js';

export interface FormatContext {
  /** Stylish only: whether to emit ANSI colour codes. */
  color: boolean;
  /** File (as in `Diagnostic.file`) → its text, for code frames; a file may be missing. */
  sources: ReadonlyMap<string, string>;
  /** Every file that was checked (relative, `/` separators), sorted; for junit suites and sarif artifacts. */
  files: readonly string[];
  /** The klimabudsjett version, e.g. `0.1.0`. */
  toolVersion: string;
  /** Junit only: warnings fail their test case (--max-warnings exceeded); default no. */
  warningsFail?: boolean;
  /** Junit only: infos in the suites' `system-out` (--verbose); default no. */
  infos?: boolean;
  /** Stylish (and junit's hint label): the format's own words in the user's language; default English. */
  words?: StylishWords;
  /**
   * Stylish only: the terminal's width, to wrap messages and hints at spaces within it (a
   * terminal cuts mid-word); default no wrapping (pipes, files and CI logs keep one line each).
   */
  width?: number;
}

/** A pure function from diagnostics to the full output text; it sorts the diagnostics itself. */
export type DiagnosticFormatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

export const diagnosticFormatters: Record<DiagnosticFormat, DiagnosticFormatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
};
