import {
  describeMunicipality,
  listSpelling,
  municipalitiesNamed,
  municipalityByNumber,
  nearestMunicipalityNames,
} from '../data/municipalities.js';
import { safeText } from '../safe-text.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { writeStatus } from './status-lines.js';

/** A warning for stderr: the run goes on, but something the user gave was not understood. */
export interface Warning {
  message: string;
  hint?: string;
}

/** The municipality `init --municipality` names, by name or by number, with the number when the list knows it. */
export interface KnownMunicipality {
  name: string;
  number?: string;
  warning?: Warning;
}

/**
 * `--municipality` without statistics to look in: a number gives its municipality's name (an
 * unknown number is a usage error), a name its number from the built-in list; a name the list does
 * not know, or one that two municipalities share, is kept with a warning.
 */
export function municipalityFromOption(written: string): KnownMunicipality {
  const text = written.trim();
  if (/^\d{3,4}$/.test(text)) {
    const known = municipalityByNumber(text);
    if (known === undefined) {
      throw new UsageError(
        `No municipality of Norway has number ${text.padStart(4, '0')} (the division of 2024).`,
        'Give the name, or a number such as 0301 or 4001.',
      );
    }
    return { name: known.name, number: known.number };
  }
  if (text === '')
    throw new UsageError('The municipality name is empty.', 'Give its name or number, e.g. --municipality Skien.');
  const found = numberForName(text);
  // The list's spelling of a name written in other case or spacing: `bamble` → `Bamble`.
  const name = found.number === undefined ? text : (listSpelling(text) ?? text);
  return { name, ...found };
}

/** The number of a municipality's name from the built-in list, or a warning why there is none. */
export function numberForName(name: string): { number?: string; warning?: Warning } {
  const named = municipalitiesNamed(name);
  const [only] = named;
  if (named.length === 1 && only !== undefined) return { number: only.number };
  if (named.length > 1) {
    return {
      warning: {
        message: `"${name}" is the name of ${named.length} municipalities: ${named.map(describeMunicipality).join(' and ')}; no number was filled in.`,
        hint: `Give the number: --number ${only?.number ?? 'NNNN'} (init), or --municipality with the number.`,
      },
    };
  }
  const near = nearestMunicipalityNames(name);
  return {
    warning: {
      message: `No municipality of Norway (the division of 2024) is named "${name}"; no number was filled in.`,
      hint:
        near.length > 0
          ? `Did you mean ${near.map((known) => `"${known}"`).join(' or ')}? Or give the number with --number.`
          : 'Check the spelling, or give the number with --number.',
    },
  };
}

/** Writes a warning on stderr (also with --quiet: it says that something is missing). */
export function writeWarning(io: CliIo, warning: Warning): void {
  // A name may come from the statistics file: no control characters reach the terminal.
  writeStatus(io, safeText(`warning: ${warning.message}${warning.hint ? `\n  hint: ${warning.hint}` : ''}`));
}
