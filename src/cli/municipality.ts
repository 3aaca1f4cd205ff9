import {
  describeMunicipality,
  listSpelling,
  municipalitiesNamed,
  municipalityByNumber,
  nearestMunicipalityNames,
} from '../data/municipalities.js';
import { messagesFor, type Words } from '../i18n/messages/index.js';
import type { Language } from '../model/budget.js';
import { safeText } from '../safe-text.js';
import { usageError } from './errors.js';
import type { CliIo } from './io.js';
import { writeStatus } from './status-lines.js';

/** A warning for stderr: the run goes on, but something the user gave was not understood. */
export type Warning = (language: Language) => Words;

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
      throw usageError('noMunicipalityNumbered', { number: text.padStart(4, '0') });
    }
    return { name: known.name, number: known.number };
  }
  if (text === '') throw usageError('municipalityNameEmpty', {});
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
    const shared = {
      name,
      municipalities: named.map(describeMunicipality),
      ...(only === undefined ? {} : { number: only.number }),
    };
    return { warning: (language) => messagesFor(language).usage.nameShared(shared) };
  }
  const near = nearestMunicipalityNames(name);
  return { warning: (language) => messagesFor(language).usage.nameUnknown({ name, near }) };
}

/** Writes a warning on stderr in `language` (also with --quiet: it says that something is missing). */
export function writeWarning(io: CliIo, warning: Warning, language: Language): void {
  const { usage, status } = messagesFor(language);
  const { message, hint } = warning(language);
  // A name may come from the statistics file: no control characters reach the terminal.
  writeStatus(io, safeText(`${usage.warning}: ${message}${hint ? `\n  ${status.hint}: ${hint}` : ''}`));
}
