import type { Place } from '../../diagnostics/describe.js';
import type { StylishWords } from '../../diagnostics/diagnostic.js';
import type { Language } from '../../model/budget.js';
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

/** A diagnostic's sentence and, where it helps, how to fix it. */
export interface Words {
  message: string;
  hint?: string;
}

/**
 * Every diagnostic sentence the tool says, as a template taking typed params: one object per
 * language (`en.ts`, `nb.ts`, `nn.ts`) implements this interface, so none can be missing.
 */
export interface DiagnosticMessages {
  measureWithoutIndicator(p: { id: string }): Words;
  measureWithoutResponsible(p: { id: string }): Words;
  reductionNoCut(p: { what: Subject; pct: number }): Words;
  reductionAbove100(p: { what: Subject; pct: number }): Words;
  reductionFraction(p: { what: Subject; pct: number; asPercent: number }): Words;
  planPeriodOrder(p: { start: number; end: number }): Words;
  horizonBeforePlanEnd(p: { horizon: number; end: number }): Words;
  fullEffectBeforeStart(p: { id: string; fullEffect: number; start: number }): Words;
  endBeforeStart(p: { id: string; end: number; start: number }): Words;
  fullEffectAfterEnd(p: { id: string; fullEffect: number; end: number }): Words;
  targetYearBeforeBase(p: { id: string; year: number; baseYear: number }): Words;
  milestoneOutside(p: { id: string; year: number; baseYear: number; targetYear: number }): Words;
  milestoneTwice(p: { id: string; year: number }): Words;
  unknownFactor(p: { id: string; factor: string; near: readonly string[] }): Words;
  unitMismatch(p: {
    id: string;
    unit: string;
    factorUnit: string;
    factor: string;
    dimension?: string;
    suggestion?: string;
  }): Words;
  targetBaseYearMissing(p: { id: string; baseYear: number; scope: string; years: readonly number[] }): Words;
  unknownSector(p: { sector: string; near: readonly string[]; allowed: readonly string[] }): Words;
  unknownMeasure(p: { measure: string; near: readonly string[] }): Words;
  duplicateId(p: { kind: IdKind; id: string; first: string; measure?: string }): Words;
  aliasLimit(p: { limit: number }): Words;
  unclosedQuote(p: { quote: string }): Words;
  unknownKey(p: { key: string; where: Place; guess?: string; allowed: readonly string[] }): Words;
  notAllowedValue(p: {
    where: Place;
    value: Shown;
    allowed: readonly string[];
    guess?: string;
    label?: { id: string; label?: string };
  }): Words;
  targetWithoutInventory(p: { id: string; scope: string }): Words;
  effectLowAbove(p: { id: string; low: number; central: number }): Words;
  effectHighBelow(p: { id: string; high: number; central: number }): Words;
  effectNeither(p: { id: string }): Words;
  effectBoth(p: { id: string }): Words;
  followupPeriodOutside(p: { period: string; first: number; last: number }): Words;
  baselineYearIgnored(p: { year: number; latest: number; scope: string }): Words;
  targetBeforeLatest(p: { id: string; year: number; latest: number; scope: string }): Words;
  effectBeforeLatest(p: { id: string; start: number; latest: number; scope: string }): Words;
  measureOutsideHorizon(p: { id: string; year: number; horizon: number; planStart: number; typo?: number }): Words;
  multipleDocuments(p: Record<string, never>): Words;
  tabIndent(p: Record<string, never>): Words;
  yamlDoesNotParse(p: { sentence: string }): Words;
  duplicateKey(p: { key: string; firstLine: number }): Words;
  utf16(p: Record<string, never>): Words;
  notUtf8(p: Record<string, never>): Words;
  nulBytes(p: Record<string, never>): Words;
  missingKey(p: { where: Place; key: string }): Words;
  wrongType(p: { where: Place; expected: string; value: Shown; number?: 'decimal' | 'spaces' | 'quotes' }): Words;
  sectorExceeded(p: {
    ids: readonly string[];
    more: number;
    sector: string;
    scope: string;
    tonnes: string;
    year: number;
    baseline: string;
  }): Words;
  overlapExceeded(p: {
    ids: readonly string[];
    more: number;
    group: string;
    sector: string;
    scope: string;
    tonnes: string;
    year: number;
    baseline: string;
  }): Words;
  manifestMissing(p: { folder?: string }): Words;
  fileMissing(p: { pattern: string }): Words;
  absolutePath(p: { pattern: string }): Words;
  fileEmpty(p: Record<string, never>): Words;
  factorOverridesBuiltin(p: { id: string }): Words;
  periodUnparsed(p: { period: string }): Words;
  unknownIndicator(p: { measure: string; indicator: string; near?: string; known: readonly string[] }): Words;
  unknownSource(p: {
    id: string;
    source: string;
    scope: string;
    sector: string;
    near: readonly string[];
    known: readonly string[];
  }): Words;
  inventoryDuplicate(p: { scope: string; sector: string; source?: string; year: number; firstFile?: string }): Words;
  decimalComma(p: { written: string; whole: string; key: string }): Words;
  tabIndentMended(p: { width: number }): Words;
  colonSpace(p: { key: string; rest: string }): Words;
  folderProblem(p: { folder: string; problem: 'file' | 'denied' | 'missing' | 'unlistable'; errno?: string }): Words;
  fileUnreadable(p: { errno?: string }): Words;
}

/** A value as a message shows it: a text, a number, or what kind of thing it is. */
export type Shown =
  | { text: string }
  | { number: number }
  | { kind: 'empty' | 'infinite' | 'true' | 'false' | 'list' | 'mapping' };

/** What a reduction belongs to: a target, or one of its milestones. */
export type Subject = { target: string; milestone?: number };

/** The kinds of ids that must be unique. */
export type IdKind = 'measure' | 'factor' | 'target' | 'indicator';

/** Every status, progress and summary line of the CLI, and the stylish format's own words. */
export interface StatusMessages extends StylishWords {
  wrote(file: string): string;
  budgetsWritten(written: number, total: number): string;
  budgetsFailed(written: number, total: number, failed: string): string;
  wroteDocuments(what: string, files: string): string;
  removedDocuments(what: string, files: string): string;
  skippedOutDir(dir: string): string;
  couldNotWriteReports(reason: string): string;
  noBudgetFolderAbove(paths: string): string;
  tooManyWarnings(warnings: number, max: number): string;
  writingTable(first: string, others: string): string;
  hiddenAnnotations(counts: string, perKind: number): string;
  initCreated(folder: string, municipality: string): string;
  initNext: string;
  initInventory(first: number, last: number, file: string, vintage?: string): string;
  initImportInventory: string;
  initReplaceTarget(folder: string): string;
  initAddMeasures(folder: string): string;
  initCheck(folder: string): string;
  initCi(variable: string): string;
  /** What the batch's status line calls the overview documents. */
  overview: string;
}

export interface Messages {
  diagnostics: DiagnosticMessages;
  status: StatusMessages;
}

export type MessageKey = keyof DiagnosticMessages;

/** A diagnostic's words as data: the key of its template and the params to fill it with. */
export type Said = { [K in MessageKey]: { key: K; params: Parameters<DiagnosticMessages[K]>[0] } }[MessageKey];

const messagesByLanguage: Record<Language, Messages> = { nb, nn, en };

/** The messages of a language. */
export function messagesFor(language: Language): Messages {
  return messagesByLanguage[language];
}

/** The words of a said diagnostic in a language. */
export function wordsOf(said: Said, language: Language): Words {
  const template = messagesByLanguage[language].diagnostics[said.key] as (params: Said['params']) => Words;
  return template(said.params);
}

/**
 * A diagnostic's message and hint in English (what the library returns) with the key and params
 * to say it again in another language at the edge (`localizeDiagnostics`).
 */
export function say<K extends MessageKey>(
  key: K,
  params: Parameters<DiagnosticMessages[K]>[0],
): Words & { said: Said } {
  const said = { key, params } as Said;
  return { ...wordsOf(said, 'en'), said };
}

/** A value as data for a message (`describeValue` says it in English): long texts are cut at 40 characters. */
export function shownValue(value: unknown): Shown {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return { text: value.length > 40 ? `${value.slice(0, 39)}…` : value };
  if (typeof value === 'number') return Number.isFinite(value) ? { number: value } : { kind: 'infinite' };
  if (typeof value === 'boolean') return { kind: value ? 'true' : 'false' };
  return { kind: Array.isArray(value) ? 'list' : 'mapping' };
}
