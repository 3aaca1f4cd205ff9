import { clipText, type Place } from '../../diagnostics/describe.js';
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
export interface DiagnosticMessages extends ImportMessages, SchemaMessages {
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
  unclosedFlow(p: { kind: 'map' | 'sequence' }): Words;
  yamlTooDeep(p: { limit: number }): Words;
  /** A path of the budget that is not read (src/load/discover.ts): `shown` as the user sees it. */
  pathProblem(p: { kind: PathProblem; shown: string; detail?: string }): Words;
  aliasUndefined(p: { alias: string }): Words;
  categoryIsSector(p: { id: string; scope: string }): Words;
  categoryTwice(p: { id: string; scope: string; first: number }): Words;
  secondBaseline(p: { scope: string; first: string }): Words;
  /** A diagnostic of `import measures`, said by the template messages. */
  templateMessage(p: { message: TemplateCall; hint: TemplateCall }): Words;
  /** A sector id that is not one of this scope's: `other` outside its scopes, a category of another scope, a label. */
  sectorOfOtherScope(p: {
    sector: string;
    scope: string;
    elsewhere?: string;
    label?: { id: string; label?: string };
    near: readonly string[];
    allowed: readonly string[];
  }): Words;
}

/**
 * The explanations of a file that breaks its JSON Schema (src/load/schema.ts): where the value is
 * (a `Place`), what it is (`Shown`) and what the schema wants, in words of each language.
 */
export interface SchemaMessages {
  unknownKey(p: { key: string; where: Place; guess?: string; allowed: readonly string[] }): Words;
  notAllowedValue(p: {
    where: Place;
    value: Shown;
    allowed: readonly string[];
    guess?: string;
    label?: { id: string; label?: string };
  }): Words;
  missingKey(p: { where: Place; key: string }): Words;
  wrongType(p: { where: Place; expected: string; value: Shown; number?: NumberHint }): Words;
  /** A value that fits none of a union's forms; `form` names the union, for its description. */
  wrongForm(p: { where: Place; value: Shown; form?: SchemaForm }): Words;
  /** “Exactly one of” these keys (`reduction_pct` or `level_t`): more than one given. */
  exactlyOneBoth(p: { where: Place; present: readonly string[]; keys: readonly string[] }): Words;
  /** “Exactly one of” these keys: none given. */
  exactlyOneMissing(p: { where: Place; keys: readonly string[] }): Words;
  tooLargeNumber(p: { where: Place }): Words;
  /** A value other than the one the schema fixes (`schema_version: 1`); `expected` as JSON. */
  notConstant(p: { where: Place; expected: string; value: Shown; version?: boolean }): Words;
  /** A text that does not match its pattern: an id, a sector id, a municipality number. */
  notValidPattern(p: { where: Place; value: Shown; title: PatternTitle; sector?: SectorGuess }): Words;
  outOfRange(p: {
    where: Place;
    value: Shown;
    comparison: Comparison;
    limit: number;
    hint?: 'fraction' | { year: number };
  }): Words;
  emptyValue(p: { where: Place }): Words;
  tooLong(p: { where: Place; limit: number }): Words;
  listedTwice(p: { where: Place; value: Shown }): Words;
  /** A text that is not a `date` or `uri` (or another JSON Schema format). */
  notValidFormat(p: { where: Place; value: Shown; format: string }): Words;
  /** Any other schema keyword: English keeps ajv's own words (`ajv`), the others a general sentence. */
  notValidOther(p: { where: Place; ajv?: string }): Words;
  keyNotYear(p: { key: string; where: Place }): Words;
  keyNotSector(p: { key: string; where: Place; sector: SectorGuess }): Words;
  keyNotValid(p: { key: string; where: Place }): Words;
}

/**
 * Why text stands where a number belongs: a decimal comma, spaces, quotes or units, a municipality
 * number unquoted (`number: 0301` read as 301), or a typographic minus (`−55`, a cut when `cut`).
 */
export type NumberHint =
  | 'decimal'
  | 'spaces'
  | 'quotes'
  | { quote: string; read: number }
  | { minus: string; digits: string; cut: boolean };

/** The unions of the schemas that describe their forms, by their title (a test keeps them in step). */
export type SchemaForm = 'Sectors' | 'Sector emissions' | 'Target' | 'Milestone' | 'Emission factor';

/** The titles of the schemas' patterned texts, lower case as English says them (a test keeps them in step). */
export const patternTitles = [
  'year key',
  'sector id',
  'number',
  'target id',
  'factor id',
  'measure id',
  'indicator id',
] as const;
/** A patterned text's title, or `value` for one of another title. */
export type PatternTitle = (typeof patternTitles)[number] | 'value';

/** ajv's comparisons of a number with its bound. */
export type Comparison = '<=' | '>=' | '<' | '>';

/** What a text that is not a sector id may have meant: a sector by its label, near ids, else all of them. */
export interface SectorGuess {
  label?: { id: string; label?: string };
  near: readonly string[];
  allowed: readonly string[];
}

/** The diagnostics of `import mdir` (Miljødirektoratet's statistics) and the git revisions of `diff`. */
export interface ImportMessages {
  mdirEmpty(p: Record<string, never>): Words;
  mdirHeader(p: { missing: readonly string[]; header: string }): Words;
  mdirNotWorkbook(p: { sheet: string }): Words;
  mdirNoSheet(p: { sheet: string; sheets: readonly string[] }): Words;
  mdirNoHeaderRow(p: { sheet: string; columns: readonly string[] }): Words;
  mdirFieldCount(p: { fields: number; expected: number; delimiter: string }): Words;
  mdirNumberEmpty(p: Record<string, never>): Words;
  mdirNumberInvalid(p: { written: string }): Words;
  mdirNameEmpty(p: Record<string, never>): Words;
  mdirYear(p: { written: string }): Words;
  mdirSector(p: { written: string; near: readonly string[]; sectors: readonly string[] }): Words;
  mdirSourceEmpty(p: Record<string, never>): Words;
  mdirTonnes(p: { written: string; pointed?: string }): Words;
  mdirLandUse(p: { name: string; count: number }): Words;
  mdirMissingSymbol(p: {
    symbol: string;
    meaning: 'notAvailable' | 'notApplicable' | 'confidential';
    count: number;
  }): Words;
  mdirCsvSyntax(p: { reason: 'unclosed' | 'closing' | { code: string } }): Words;
  mdirNotUtf8(p: Record<string, never>): Words;
  mdirNoMunicipality(p: { example: string }): Words;
  mdirNoRows(p: Record<string, never>): Words;
  mdirNoNumber(p: { number: string; known: readonly string[] }): Words;
  mdirSeveralMatch(p: { query: string; names: readonly string[] }): Words;
  mdirNoName(p: { query: string; near: readonly string[]; names: readonly string[] }): Words;
  mdirSameName(p: { name: string; numbers: readonly string[] }): Words;
  mdirUnknownNumber(p: { number: string; example: string }): Words;
  mdirNumberNotInFile(p: { number: string; name: string; near: readonly string[]; names: readonly string[] }): Words;
  revisionDash(p: { revision: string }): Words;
  revisionNoRepository(p: { revision: string; dir: string }): Words;
  revisionUnknown(p: { revision: string; top: string }): Words;
  revisionNoFolder(p: { folder: string; revision: string }): Words;
  revisionCopyFailed(p: { revision: string; reason: string }): Words;
  revisionPathOutside(p: { revision: string; path: string }): Words;
  revisionNoGit(p: { reason: string }): Words;
}

/** Why discovery does not read a path: a link, git's folder, a special file, a folder. */
export type PathProblem =
  | 'linkToNothing'
  | 'linkLoops'
  | 'linkOutside'
  | 'inGitFolder'
  | 'notRegular'
  | 'folderOutside'
  | 'folderLoop'
  | 'folderUnreadable'
  | 'globOutside';

/** A value as a message shows it: a text, a number, or what kind of thing it is. */
export type Shown =
  | { text: string }
  | { number: number }
  | { kind: 'empty' | 'infinite' | 'nan' | 'true' | 'false' | 'list' | 'mapping' };

/** What a reduction belongs to: a target, or one of its milestones. */
export type Subject = { target: string; milestone?: number };

/** The kinds of ids that must be unique. */
export type IdKind = 'measure' | 'factor' | 'target' | 'indicator';

/** Every status, progress and summary line of the CLI, and the stylish format's own words. */
export interface StatusMessages extends StylishWords {
  wrote(file: string): string;
  wroteInventory(file: string, municipality: string, rows: number): string;
  /** An inventory imported without a vintage: the sources sheet would show none. */
  noVintage: string;
  note: string;
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

/**
 * The CLI's own error lines: usage errors (commander's and ours), output files that cannot be
 * written, the internal-error line, and `init`/`import`'s warnings about a municipality's name.
 */
export interface UsageMessages {
  /** The prefix of commander's errors (`error: unknown option '--x'`). */
  commanderError: string;
  unknownOption(p: { option: string; near: readonly string[] }): string;
  unknownCommand(p: { command: string; near: readonly string[] }): string;
  missingArgument(p: { argument: string }): string;
  optionMissingArgument(p: { option: string }): string;
  missingMandatoryOption(p: { option: string }): string;
  excessArguments(p: { command?: string; expected: number; received: number; details: string }): string;
  takesYear(p: { option: string; value: string }): Words;
  takesCount(p: { option: string; value: string; min: number; max?: number }): Words;
  takesChoice(p: { option: string; allowed: readonly string[]; value: string; meant?: string }): Words;
  takesList(p: { option: string; text: string; allowed: readonly string[] }): Words;
  notInList(p: { option: string; value: string; what: 'status'; allowed: readonly string[]; meant?: string }): Words;
  formatOfExtension(p: {
    file: string;
    near?: string;
    formats: readonly string[];
    exportOnly: readonly string[];
  }): Words;
  excelCsvNotCsv(p: { format: string }): Words;
  noSuchTable(p: { table: string; near?: string; ids: readonly string[] }): Words;
  noTable(p: Record<string, never>): Words;
  csvOneTable(p: { ids: readonly string[] }): Words;
  binaryToTerminal(p: { format: 'xlsx' | 'zip'; template?: boolean }): Words;
  templateIsXlsx(p: Record<string, never>): Words;
  listingFormat(p: { listing: string; format: string; dir: string }): Words;
  yearOutside(p: { year: number; first: number; horizon: number }): Words;
  noSchema(p: { name: string; kinds: readonly string[] }): Words;
  outDirIsFile(p: { dir: string }): Words;
  diffFormat(p: { format: string }): Words;
  overwritesInput(p: Record<string, never>): Words;
  overwritesWorkbook(p: Record<string, never>): Words;
  outputExists(p: { file: string; listed?: boolean }): Words;
  cannotRead(p: { file: string; of: 'statistics' | 'template' }): Words;
  noBudgetForImport(p: Record<string, never>): Words;
  notAFolder(p: { path: string }): Words;
  numberDigits(p: { number: string }): Words;
  filesExist(p: { files: readonly string[]; budgetFolder?: string }): Words;
  nameFromFolder(p: { words: Words }): Words;
  noMunicipalityNumbered(p: { number: string }): Words;
  municipalityNameEmpty(p: Record<string, never>): Words;
  /** Warnings, the run goes on. */
  nameShared(p: { name: string; municipalities: readonly string[]; number?: string }): Words;
  nameUnknown(p: { name: string; near: readonly string[] }): Words;
  warning: string;
  symlinkLeftOut(p: { revision: string; path: string; reason: LeftOutReason }): string;
  couldNotWrite(p: { file: string; refusal: Refusal | undefined; error: string }): string;
  /** stdout or stderr broke (a full disk, a closed terminal): the line before exit 2. */
  cannotWriteOutput(p: { refusal: Refusal | undefined; error: string }): string;
  refusingInput(p: { file: string; reader: 'import' | { budget: string } }): string;
  internalError(p: { message: string; url: string }): string;
}

/** Why a symbolic link of a git revision is left out of `diff` (src/diff/git-revision.ts). */
export type LeftOutReason = 'outside' | 'nothing' | 'loops';

/** Why the file system refused to write, by Node's error code (src/cli/errors.ts). */
export type Refusal =
  | 'folder'
  | 'pathFile'
  | 'denied'
  | 'readOnly'
  | 'diskFull'
  | 'quota'
  | 'nameTooLong'
  | 'noReader'
  | 'symlink'
  | 'exists'
  | 'socket';

/**
 * The diagnostics and lines of `import measures` (the measures template read back). Headers and
 * allowed values come in the sheet's own language; the sentences are said in the user's.
 */
export interface TemplateMessages {
  notWorkbook: string;
  notWorkbookHint: string;
  encrypted: string;
  encryptedHint: string;
  tooLarge: (limit: string) => string;
  tooLargeHint: string;
  noSheet: (wanted: string, found: readonly string[]) => string;
  noSheetHint: string;
  noHeader: string;
  noHeaderHint: string;
  missingColumn: (header: string) => string;
  missingColumnHint: string;
  unknownColumn: (header: string) => string;
  unknownColumnHint: string;
  tooManyRows: (limit: number) => string;
  tooManyRowsHint: string;
  merged: (range: string) => string;
  mergedHint: string;
  formula: string;
  formulaHint: string;
  formulaNoValue: string;
  formulaNoValueHint: string;
  required: (header: string) => string;
  requiredHint: string;
  notNumber: (text: string) => string;
  notNumberHint: string;
  textNumber: (text: string, read: string) => string;
  textNumberHint: string;
  notYear: (text: string) => string;
  notYearHint: string;
  notLabel: (text: string, header: string) => string;
  notLabelHint: (allowed: string, near?: string) => string;
  badPhase: (text: string) => string;
  badPhaseHint: string;
  incompleteActivity: (line: number) => string;
  incompleteActivityHint: string;
  incompleteIndicator: string;
  incompleteIndicatorHint: string;
  noRows: string;
  noRowsHint: string;
  /** Fields of the budget's file the template cannot carry: `x_` keys, activity lines 5…, indicators 2…. */
  keptFields: (
    id: string,
    fields: readonly string[],
    activity?: readonly [number, number],
    indicators?: number,
  ) => string;
  keptFieldsHint: string;
  /** The note after an import: to stdout, or written to a file. */
  printed: (count: number, changes: string) => string;
  wrote: (path: string, count: number, changes: string) => string;
  /** What changed against the measures replaced. */
  added: (ids: string) => string;
  removed: (ids: string) => string;
  changed: (listed: string) => string;
  noChanges: string;
}

type TemplateKey = keyof TemplateMessages;
/** A template message as data: its key and its arguments (`['missingColumn', 'Sektor']`). */
export type TemplateCall = { [K in TemplateKey]: [K, ...TemplateArgs<K>] }[TemplateKey];
type TemplateArgs<K extends TemplateKey> = TemplateMessages[K] extends string
  ? []
  : Parameters<Exclude<TemplateMessages[K], string>>;

export interface Messages {
  diagnostics: DiagnosticMessages;
  status: StatusMessages;
  usage: UsageMessages;
  template: TemplateMessages;
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

/** A value as data for a message (each language's `shown` says it): long texts are cut at 40 characters. */
export function shownValue(value: unknown): Shown {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return { text: clipText(value, 40) };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { kind: 'nan' };
    return Number.isFinite(value) ? { number: value } : { kind: 'infinite' };
  }
  if (typeof value === 'boolean') return { kind: value ? 'true' : 'false' };
  return { kind: Array.isArray(value) ? 'list' : 'mapping' };
}
