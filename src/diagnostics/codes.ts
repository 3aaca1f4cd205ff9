import type { Severity } from './diagnostic.js';

interface CodeInfo {
  severity: Severity;
  /** One line for the README and `--help`. */
  description: string;
}

/**
 * Every diagnostic code with its default severity. The codes are stable: tools match on them.
 * The first block is SPEC §6; the second adds what the SPEC leaves to us (reading files).
 */
export const diagnosticCodes = {
  'yaml-syntax': { severity: 'error', description: 'the file is not valid YAML' },
  schema: { severity: 'error', description: 'the file breaks its JSON Schema (one diagnostic per problem)' },
  'duplicate-id': { severity: 'error', description: 'two measures, factors, targets or indicators share an id' },
  'unknown-sector': { severity: 'error', description: 'a sector id that does not exist for the scope' },
  'unknown-factor': { severity: 'error', description: 'an activity names an emission factor that is not defined' },
  'unknown-measure': { severity: 'error', description: 'a follow-up record names a measure that is not defined' },
  'unknown-indicator': {
    severity: 'error',
    description: 'a follow-up record names an indicator the measure does not have',
  },
  'unit-mismatch': { severity: 'error', description: "an activity unit cannot be converted to the factor's unit" },
  'year-order': {
    severity: 'error',
    description: 'years in the wrong order (start after end, base year after target year …)',
  },
  'target-base-year-missing': { severity: 'error', description: 'the inventory lacks the base year of a target' },
  'inventory-duplicate': { severity: 'error', description: 'the same scope, year, sector and source given twice' },
  'effect-missing': { severity: 'error', description: 'a quantified measure has neither effect nor activity, or both' },
  'effect-exceeds-sector': {
    severity: 'warning',
    description: 'counted effects in a sector exceed its baseline in a year',
  },
  'overlap-group': {
    severity: 'warning',
    description: "measures of one overlap group together exceed the sector's baseline",
  },
  'effect-before-latest': {
    severity: 'warning',
    description: 'a counted measure started in or before the latest inventory year',
  },
  'measure-without-responsible': { severity: 'warning', description: 'a measure has no `responsible`' },
  'measure-without-indicator': { severity: 'info', description: 'a measure has no indicator to follow it up with' },
  'factor-overrides-builtin': { severity: 'info', description: 'a local emission factor replaces a built-in one' },
  'followup-unknown-period': {
    severity: 'error',
    description: "a follow-up period does not parse or lies outside the budget's years",
  },
  'target-reduction-sign': {
    severity: 'error',
    description: '`reduction_pct` is 0 or less, or above 100 (a cut of 55 % is written `reduction_pct: 55`)',
  },
  'target-reduction-fraction': {
    severity: 'warning',
    description: '`reduction_pct` between 0 and 1: a fraction where a percentage belongs (0.55 for 55?)',
  },
  'effect-range-order': {
    severity: 'error',
    description: 'an effect range out of order: `low > t_co2e` or `t_co2e > high`',
  },
  'measure-outside-horizon': {
    severity: 'warning',
    description: 'a counted measure starts after the horizon, so it has no effect (a typo in the year?)',
  },
  'baseline-year-ignored': {
    severity: 'warning',
    description: 'an explicit baseline year at or before the latest inventory year, which plays no part',
  },
  'target-before-latest': {
    severity: 'info',
    description: 'a target year at or before the latest inventory year: only its progress is shown',
  },
  'unknown-source': {
    severity: 'warning',
    description: "a measure's `source` is not one of the inventory's sources in its sector",
  },

  'file-outside-budget': {
    severity: 'error',
    description: 'a path, glob or symbolic link in the budget leads outside its folder and git working tree',
  },
  'file-unreadable': {
    severity: 'error',
    description: 'a file or folder cannot be read (missing, a folder, no permission)',
  },
  'file-encoding': { severity: 'error', description: 'a file is not UTF-8 text' },
  'file-empty': { severity: 'error', description: 'a budget file is empty' },
  'duplicate-key': { severity: 'error', description: 'the same key twice in one YAML mapping' },
  'alias-limit': {
    severity: 'error',
    description: 'YAML aliases expand beyond the safe limit (a “billion laughs” file)',
  },
  'manifest-missing': { severity: 'error', description: 'the folder has no budget.yaml' },
  'import-format': {
    severity: 'error',
    description: "an import file is not one of Miljødirektoratet's tables, or not a measures template",
  },
  'import-row': {
    severity: 'error',
    description: 'a row of an import file cannot be read (unknown sector, not a number …)',
  },
  'import-value': {
    severity: 'warning',
    description:
      'a cell of an imported workbook read with a guess: a number stored as text, a formula, a foreign column',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof diagnosticCodes;

/** Codes whose findings mean the input could not be read at all: exit code 2, not 1. */
export const ioFailureCodes: ReadonlySet<DiagnosticCode> = new Set(['file-unreadable']);

/** True when `code` is a known diagnostic code. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(diagnosticCodes, code);
}
