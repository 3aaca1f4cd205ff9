import { type Place, placeText } from '../../diagnostics/describe.js';
import { listAll } from '../list-some.js';
import type {
  ImportMessages,
  LeftOutReason,
  Messages,
  NumberHint,
  PathProblem,
  PatternTitle,
  Refusal,
  SchemaForm,
  SchemaMessages,
  SectorGuess,
  Shown,
  Subject,
  TemplateMessages,
  UsageMessages,
  Words,
} from './index.js';
import { templateWords } from './template-text.js';

// Usage: the CLI's own error lines (commander's errors, files it refuses to write, …).

/** `a, b or c`. */
const listOr = (values: readonly string[]): string => listAll(values, 'or');
const listAnd = (values: readonly string[]): string => listAll(values, 'and');
const meaning = (meant: string | undefined): string => (meant === undefined ? '' : `Did you mean \`${meant}\`? `);
/** commander's own suggestion line. */
const suggestion = (near: readonly string[]): string =>
  near.length > 1
    ? `\n(Did you mean one of ${near.join(', ')}?)`
    : near.length === 1
      ? `\n(Did you mean ${near[0]}?)`
      : '';

const refusals: Record<Refusal, string> = {
  folder: 'it is a folder',
  pathFile: 'a part of its path is a file',
  denied: 'permission denied',
  readOnly: 'the file system is read-only',
  diskFull: 'the disk is full',
  quota: 'the disk quota is used up',
  nameTooLong: 'the name is too long',
  noReader: 'nothing reads from it',
  symlink: 'it is a symbolic link, which is never replaced (write to the file it points to, or use -o -)',
  exists: 'it exists already',
  socket: 'it is a socket',
};

const leftOut: Record<LeftOutReason, string> = {
  outside: 'it leads outside the repository',
  nothing: 'it leads to nothing in the revision',
  loops: 'it loops',
};

/** The CLI's error lines in English: commander's own wording for its errors, byte for byte. */
const usageEn: UsageMessages = {
  commanderError: 'error',
  unknownOption: ({ option, near }) => `unknown option '${option}'${suggestion(near)}`,
  unknownCommand: ({ command, near }) => `unknown command '${command}'${suggestion(near)}`,
  missingArgument: ({ argument }) => `missing required argument '${argument}'`,
  optionMissingArgument: ({ option }) => `option '${option}' argument missing`,
  missingMandatoryOption: ({ option }) => `required option '${option}' not specified`,
  excessArguments: ({ command, expected, received, details }) =>
    `too many arguments${command === undefined ? '' : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${received}: ${details}.`,
  takesYear: ({ option, value }) => ({ message: `${option} takes a year, not "${value}".` }),
  takesCount: ({ option, value, min, max }) => ({
    message: `${option} takes a whole number ${max === undefined ? `≥ ${min}` : `from ${min} to ${max}`}, not "${value}".`,
  }),
  takesChoice: ({ option, allowed, value, meant }) => ({
    message: `${option} takes ${listOr(allowed)}, not "${value}".`,
    // The message lists the values already: the hint only says which one was meant.
    ...(meant === undefined ? {} : { hint: meaning(meant).trimEnd() }),
  }),
  takesList: ({ option, text, allowed }) => ({
    message: `${option} takes a comma-separated list, not "${text}".`,
    hint: `Use ${listOr(allowed)}.`,
  }),
  notInList: ({ option, value, allowed, meant }) => ({
    message: `${option}: "${value}" is not a status.`,
    hint: `${meaning(meant)}Use ${listOr(allowed)}.`,
  }),
  formatOfExtension: ({ file, near, formats, exportOnly }) => ({
    message: `Cannot tell the format of ${file} from its extension.`,
    hint:
      `${near ? `Did you mean ${near}? ` : ''}Use ${listOr(formats)} ` +
      `(export also ${listAnd(exportOnly)}), or give --format.`,
  }),
  excelCsvNotCsv: ({ format }) => ({
    message: `--excel-csv is for CSV output, not ${format}.`,
    hint: 'Give -o FILE.csv (export also FILE.zip), or --format csv.',
  }),
  noSuchTable: ({ table, near, ids }) => ({
    message: `There is no table "${table}" here.`,
    hint: `${near ? `Did you mean ${near}? ` : ''}Choose one of: ${ids.join(', ')}.`,
  }),
  noTable: () => ({ message: 'There is no table to write.' }),
  csvOneTable: ({ ids }) => ({
    message: 'A CSV file holds one table: choose it with --table, or write every table with -o report.zip.',
    hint: `Tables: ${ids.join(', ')}.`,
  }),
  binaryToTerminal: ({ format, template }) => ({
    message: `A${format === 'xlsx' ? 'n xlsx workbook' : ' zip archive'} is binary and is not written to a terminal.`,
    hint: template ? 'Give -o tiltak.xlsx.' : `Give -o report.${format}, or redirect stdout to a file.`,
  }),
  templateIsXlsx: () => ({ message: 'The template is an Excel workbook.', hint: 'Give -o tiltak.xlsx.' }),
  listingFormat: ({ listing, format, dir }) => ({
    message: `The ${listing} command writes table, csv, md or json; ${format} is written by export.`,
    hint: `klimabudsjett export ${dir} -o report.${format}`,
  }),
  yearOutside: ({ year, first, horizon }) => ({
    message: `--year ${year} lies outside the budget's years ${first}–${horizon}.`,
    hint: 'Give a year from the plan start to the horizon.',
  }),
  noSchema: ({ name, kinds }) => ({
    message: `There is no schema "${name}".`,
    hint: `Choose one of: ${kinds.join(', ')}.`,
  }),
  outDirIsFile: ({ dir }) => ({ message: `--out-dir ${dir} is a file, not a folder.` }),
  diffFormat: ({ format }) => ({
    message: `diff writes table, md or json, not ${format}.`,
    hint: 'Use -o changes.md, or --format json.',
  }),
  overwritesInput: () => ({ message: 'The output would overwrite the input file.', hint: 'Choose another -o path.' }),
  overwritesWorkbook: () => ({ message: 'The output would overwrite the workbook.', hint: 'Choose another -o path.' }),
  outputExists: ({ file, listed }) => ({
    message: `${file} exists already; import does not replace it.`,
    hint: `Give --force to replace it${listed ? ' (the changes are listed)' : ''}, or choose another -o path.`,
  }),
  cannotRead: ({ file, of }) => ({
    message: `Cannot read ${file}.`,
    hint:
      of === 'statistics'
        ? 'Give the path of a CSV file or of the Excel workbook from Miljødirektoratet.'
        : 'Give the path of the workbook made by `export --template`.',
  }),
  noBudgetForImport: () => ({
    message: 'import measures checks the measures with their budget, and found no budget folder.',
    hint: 'Give --budget DIR (the folder with budget.yaml), or an -o path inside the budget.',
  }),
  notAFolder: ({ path }) => ({
    message: `${path} is a file, not a folder.`,
    hint: 'Give the path of a new or empty folder.',
  }),
  numberDigits: ({ number }) => ({
    message: `The municipality number must have four digits, not "${number}".`,
    hint: 'E.g. --number 4001.',
  }),
  filesExist: ({ files, budgetFolder }) => ({
    message: `${files.join(', ')} ${files.length === 1 ? 'exists' : 'exist'} already; init writes only new files.`,
    hint:
      budgetFolder === undefined
        ? 'Choose another folder, or move those files away.'
        : `${budgetFolder} is a budget folder already: check it with \`klimabudsjett validate ${budgetFolder}\`.`,
  }),
  nameFromFolder: ({ words }) => ({
    message: `${words.message.replace(/\.$/, '')}; the name comes from the folder's.`,
    hint: `${words.hint ? `${words.hint} ` : ''}Give the municipality with --municipality NAME or NUMBER.`,
  }),
  noMunicipalityNumbered: ({ number }) => ({
    message: `No municipality of Norway has number ${number} (the division of 2024).`,
    hint: 'Give the name, or a number such as 0301 or 4001.',
  }),
  municipalityNameEmpty: () => ({
    message: 'The municipality name is empty.',
    hint: 'Give its name or number, e.g. --municipality Skien.',
  }),
  nameShared: ({ name, municipalities, number }) => ({
    message: `"${name}" is the name of ${municipalities.length} municipalities: ${municipalities.join(' and ')}; no number was filled in.`,
    hint: `Give the number: --number ${number ?? 'NNNN'} (init), or --municipality with the number.`,
  }),
  nameUnknown: ({ name, near }) => ({
    message: `No municipality of Norway (the division of 2024) is named "${name}"; no number was filled in.`,
    hint:
      near.length > 0
        ? `Did you mean ${near.map((known) => `"${known}"`).join(' or ')}? Or give the number with --number.`
        : 'Check the spelling, or give the number with --number.',
  }),
  warning: 'warning',
  symlinkLeftOut: ({ revision, path, reason }) =>
    `note: ${revision}:${path} is a symbolic link left out of the comparison: ${leftOut[reason]}.`,
  couldNotWrite: ({ file, refusal, error }) =>
    `Could not write ${file}: ${refusal === undefined ? error : refusals[refusal]}.`,
  // Node's own words: the line kept as it was before it was translated.
  cannotWriteOutput: ({ error }) => `cannot write the output: ${error}`,
  refusingInput: ({ file, reader }) =>
    `Refusing to write ${file}: it is an input of ${reader === 'import' ? 'this import' : `the budget ${reader.budget}`}.`,
  internalError: ({ message, url }) => `internal error: ${message}\nThis is a bug; please report it at ${url}.`,
};

// Import: `import mdir` and `diff`'s revisions.

const sheet = 'Oversikt - detaljert';
const quotedName = (name: string): string => `"${name}"`;
const list = (names: readonly string[], conjunction = 'and'): string => listAll(names.map(quotedName), conjunction);
const examples = (values: readonly string[]): string =>
  values.length > 10 ? `${values.slice(0, 10).join(', ')} and ${values.length - 10} more` : values.join(', ');
const rows = (count: number): string => `${count} ${count === 1 ? 'row' : 'rows'}`;
const csvHint = `Use Miljødirektoratet's workbook (sheet "${sheet}") or a CSV with the columns Fylke, Kommunenummer, Kommune, År, Sektor, Utslippskilde, Klimagass, Utslipp (tonn CO2-ekvivalenter), or Kommune, År, Sektor, Utslippskilde, Utslipp.`;
const noName = (near: readonly string[], names: readonly string[]): string =>
  near.length > 0 ? `Did you mean ${list(near, 'or')}?` : `The file has ${examples(names)}.`;

/** `import mdir` and `diff`'s revisions in English. */
const importEn: ImportMessages = {
  mdirEmpty: () => ({ message: 'The file is empty.', hint: csvHint }),
  mdirHeader: ({ missing, header }) => ({
    message: `The header is not one of Miljødirektoratet's tables: it lacks ${list(missing)}.`,
    hint: `${csvHint} The header read was: ${header}`,
  }),
  mdirNotWorkbook: () => ({
    message: 'The file is not an Excel workbook (.xlsx).',
    hint: `Give Miljødirektoratet's xlsx file, or a CSV export of the sheet "${sheet}".`,
  }),
  mdirNoSheet: ({ sheets }) => ({
    message: `The workbook has no sheet "${sheet}".`,
    hint: `Its sheets are ${sheets.map((name) => `"${name}"`).join(', ') || 'none'}; the municipal statistics workbook from Miljødirektoratet has this sheet.`,
  }),
  mdirNoHeaderRow: ({ sheet: name, columns }) => ({
    message: `Sheet "${name}" has no header row with the columns ${list(columns)}.`,
    hint: csvHint,
  }),
  mdirFieldCount: ({ fields, expected, delimiter }) => ({
    message: `The row has ${fields} fields; the header has ${expected}.`,
    hint:
      fields > expected
        ? `Put a field that contains ${delimiter === '\t' ? 'a tab' : `"${delimiter}"`} in double quotes, e.g. "Industri, olje og gass".`
        : 'Give every column of the header a value, even if it is empty.',
  }),
  mdirNumberEmpty: () => ({
    message: 'The municipality number is empty.',
    hint: 'Every row needs its municipality number (four digits, e.g. 4001).',
  }),
  mdirNumberInvalid: ({ written }) => ({
    message: `Municipality number "${written}" is not a number of four digits.`,
    hint: 'Municipality numbers have four digits, e.g. 0301 or 4001.',
  }),
  mdirNameEmpty: () => ({
    message: 'The municipality name is empty.',
    hint: 'Every row needs the name of its municipality.',
  }),
  mdirYear: ({ written }) => ({
    message: written === '' ? 'The year is empty.' : `Year "${written}" is not a year.`,
    hint: 'Write the year as four digits, e.g. 2024.',
  }),
  mdirSector: ({ written, near, sectors }) => ({
    message: written === '' ? 'The sector is empty.' : `Sector "${written}" is not one of Miljødirektoratet's sectors.`,
    hint: `${near.length > 0 ? `Did you mean ${list(near, 'or')}? ` : ''}The sectors are ${list(sectors)}.`,
  }),
  mdirSourceEmpty: () => ({
    message: 'The emission source (Utslippskilde) is empty.',
    hint: 'Every row needs the name of its emission source, e.g. Personbiler.',
  }),
  mdirTonnes: ({ written, pointed }) => ({
    message: `Emission "${written}" is not a number.`,
    hint:
      pointed === undefined
        ? 'Write the emission in tonnes CO2e as a plain number, e.g. 1234.5.'
        : `In a comma-separated file the decimal separator is a point: ${pointed}.`,
  }),
  mdirLandUse: ({ name, count }) => ({
    message: `Sector "${name}" is skipped (${rows(count)}): forest and land use are kept apart from the inventory.`,
    hint: 'Miljødirektoratet publishes land-use emissions and removals separately from the ten sectors that targets are set against.',
  }),
  mdirMissingSymbol: ({ symbol, meaning, count }) => ({
    message: `Emission "${symbol}" (${{ notAvailable: 'not available', notApplicable: 'not applicable', confidential: 'confidential' }[meaning]}) is read as 0 (${rows(count)}).`,
    hint: 'Check these figures with Miljødirektoratet before relying on the sums.',
  }),
  mdirCsvSyntax: ({ reason }) => ({
    message: `The row is not valid CSV: ${
      reason === 'unclosed'
        ? 'a quote opened here is never closed'
        : reason === 'closing'
          ? 'a quoted field is followed by other characters'
          : `csv-parse reports ${reason.code}`
    }.`,
    hint: 'Quote a field that contains the delimiter or a quote, and double quotes inside it ("").',
  }),
  mdirNotUtf8: () => ({
    message: 'The file is not UTF-8; it was read as Windows-1252 (what Excel saves CSV as in Norway).',
    hint: 'Check that æ, ø and å look right in the result, or save the file as UTF-8.',
  }),
  mdirNoMunicipality: ({ example }) => ({
    message: 'No municipality was given.',
    hint: `Give its name, e.g. ${example}.`,
  }),
  mdirNoRows: () => ({ message: 'The file has no rows to import.', hint: csvHint }),
  mdirNoNumber: ({ number, known }) => ({
    message: `No municipality has number ${number} in the file.`,
    hint: `The file has ${examples(known)}.`,
  }),
  mdirSeveralMatch: ({ query, names }) => ({
    message: `"${query}" matches several municipalities: ${list(names)}.`,
    hint: 'Give the full name or the number.',
  }),
  mdirNoName: ({ query, near, names }) => ({
    message: `No municipality named "${query}" in the file.`,
    hint: noName(near, names),
  }),
  mdirSameName: ({ name, numbers }) => ({
    message: `Several municipalities are named "${name}": ${numbers.join(', ')}.`,
    hint: `Give the number instead, e.g. ${numbers[0]}.`,
  }),
  mdirUnknownNumber: ({ number, example }) => ({
    message: `No municipality of Norway has number ${number} (the division of 2024), and the file has no numbers.`,
    hint: `Give the name instead, e.g. ${example}.`,
  }),
  mdirNumberNotInFile: ({ number, name, near, names }) => ({
    message: `Number ${number} is ${name}, which is not in the file (it has no municipality numbers).`,
    hint: noName(near, names),
  }),
  revisionDash: ({ revision }) => ({ message: `"${revision}" is not a folder or a git revision.` }),
  revisionNoRepository: ({ revision, dir }) => ({
    message: `"${revision}" is not a folder, and ${dir} is not in a git repository to read it as a revision.`,
    hint: 'Give two budget folders, or run diff inside the budget repository (or name the folder with --dir).',
  }),
  revisionUnknown: ({ revision, top }) => ({
    message: `"${revision}" is neither a folder nor a revision of the git repository at ${top}.`,
    hint: 'Give a folder, a branch, a tag or a commit (see git log --oneline).',
  }),
  revisionNoFolder: ({ folder, revision }) => ({
    message: `The budget folder ${folder} does not exist in revision ${revision}.`,
    hint: 'Compare with a revision that has the folder, or give the old budget as a folder.',
  }),
  revisionCopyFailed: ({ revision, reason }) => ({
    message: `Revision ${revision} could not be copied to a temporary folder (${reason}).`,
    hint: 'Check the free space and permissions of the temporary folder (TMPDIR).',
  }),
  revisionPathOutside: ({ revision, path }) => ({
    message: `Revision ${revision} holds the path "${path}", which would land outside its copy; nothing of the revision is read.`,
    hint: 'git itself refuses to check out such a tree: the commit was crafted. Compare with another revision.',
  }),
  revisionNoGit: ({ reason }) => ({
    message: `git could not be run (${reason}), so revisions cannot be read.`,
    hint: 'Install git, or give the old budget as a folder.',
  }),
};

// Schema: the explanations of a file that breaks its JSON Schema.

const place = (where: Place): string => placeText(where);
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const the = (where: Place): string => capitalize(place(where));
const keys = (list: readonly string[], conjunction: string): string =>
  list.map((key) => `\`${key}\``).join(` ${conjunction} `);
const shown = (value: Shown): string => {
  if ('text' in value) return `the text "${value.text}"`;
  if ('number' in value) return `${value.number}`;
  return {
    empty: 'empty',
    infinite: 'an infinite number',
    nan: '.nan (not a number)',
    true: 'true',
    false: 'false',
    list: 'a list',
    mapping: 'a mapping',
  }[value.kind];
};

/** The explanations of a file that breaks its JSON Schema, in English (the library's own words). */
const schemaEn: SchemaMessages = {
  unknownKey: ({ key, where, guess, allowed }) => ({
    message: `Unknown key \`${key}\` in ${place(where)}.`,
    hint: guess
      ? `Did you mean \`${guess}\`? (Keys starting with \`x_\` are free for your own notes.)`
      : `Allowed keys: ${allowed.join(', ')}; keys starting with \`x_\` are free for your own notes.`,
  }),
  notAllowedValue: ({ where, value, allowed, guess, label }) => ({
    message: `${the(where)} is ${shown(value)}, which is not one of the allowed values.`,
    hint: `${
      label
        ? label.label === undefined
          ? `Did you mean \`${label.id}\`? `
          : `Did you mean \`${label.id}\`? "${label.label}" is how outputs name it; the files take the id. `
        : guess
          ? `Did you mean \`${guess}\`? `
          : ''
    }Allowed: ${allowed.join(', ')}.`,
  }),
  missingKey: ({ where, key }) => ({
    message: `${the(where)} lacks the required key \`${key}\`.`,
    ...(requiredHints[key] === undefined ? {} : { hint: requiredHints[key] }),
  }),
  wrongType: ({ where, expected, value, number }) => ({
    message: `${the(where)} must be ${typeNames[expected] ?? expected}, not ${shown(value)}.`,
    ...(number === undefined ? {} : { hint: numberHint(number) }),
  }),
  wrongForm: ({ where, value, form }) => ({
    message: `${the(where)} has the wrong form: ${shown(value)}.`,
    ...(form === undefined ? {} : { hint: `Expected: ${schemaForms[form]}` }),
  }),
  exactlyOneBoth: ({ where, present, keys: list }) => ({
    message: `${the(where)} gives both ${keys(present, 'and')}; give only one.`,
    hint: `Keep exactly one of ${keys(list, 'or')}.`,
  }),
  exactlyOneMissing: ({ where, keys: list }) => ({
    message: `${the(where)} needs one of ${keys(list, 'or')}.`,
    hint: `Add exactly one of ${keys(list, 'or')}.`,
  }),
  tooLargeNumber: ({ where }) => ({ message: `${the(where)} is too large a number.`, hint: 'Write a finite number.' }),
  notConstant: ({ where, expected, value, version }) => ({
    message: `${the(where)} must be ${expected}, not ${shown(value)}.`,
    ...(version ? { hint: 'This version of klimabudsjett reads format version 1.' } : {}),
  }),
  notValidPattern: ({ where, value, title, sector }) => {
    const hint = sector ? sectorHint(sector) : patternHints[title];
    return {
      message: `${the(where)} is ${shown(value)}, which is not a valid ${title}.`,
      ...(hint === undefined ? {} : { hint }),
    };
  },
  outOfRange: ({ where, value, comparison, limit, hint }) => ({
    message: `${the(where)} is ${shown(value)}; it must be ${comparison} ${limit}.`,
    ...(hint === undefined
      ? {}
      : {
          hint:
            hint === 'fraction'
              ? 'Write the rate as a fraction: 0.04 for 4 %.'
              : `Years lie between 1900 and 2200: a budget names past inventory years and the plan and target years ahead. Is ${hint.year} a typo?`,
        }),
  }),
  emptyValue: ({ where }) => ({ message: `${the(where)} must not be empty.` }),
  tooLong: ({ where, limit }) => ({ message: `${the(where)} is too long (at most ${limit} characters).` }),
  listedTwice: ({ where, value }) => ({ message: `${the(where)} lists ${shown(value)} twice.` }),
  notValidFormat: ({ where, value, format }) => ({
    message: `${the(where)} is ${shown(value)}, which is not a valid ${format === 'date' ? 'date' : format === 'uri' ? 'URL' : format}.`,
    ...(format === 'date' ? { hint: 'Write dates as YYYY-MM-DD, e.g. 2026-08-31.' } : {}),
  }),
  notValidOther: ({ where, ajv }) => ({ message: `${the(where)} ${ajv ?? 'is not valid'}.` }),
  keyNotYear: ({ key, where }) => ({
    message: `\`${key}\` in ${place(where)} is not a year.`,
    hint: 'Write years as four digits, e.g. 2026.',
  }),
  keyNotSector: ({ key, where, sector }) => ({
    message: `\`${key}\` in ${place(where)} is not a sector id.`,
    hint: sectorHint(sector),
  }),
  keyNotValid: ({ key, where }) => ({ message: `\`${key}\` is not a valid key in ${place(where)}.` }),
};

/** The descriptions of the schemas' unions, as the schemas give them (a test compares). */
export const schemaForms: Record<SchemaForm, string> = {
  Sectors: 'The sectors the target covers: all (default) or a list of sector ids.',
  'Sector emissions': 'Tonnes CO2e of the sector: a number, or a mapping of source name (utslippskilde) to tonnes.',
  Target: 'A climate target: base year, target year and a reduction or level, for a scope and a set of sectors.',
  Milestone: 'An intermediate point on the way to the target: a year and a reduction_pct or a level_t.',
  'Emission factor': 'kg CO2e per unit of activity.',
};

const idHint = 'Ids use letters (æ, ø, å too), digits, `.`, `_` and `-`, starting with a letter or digit.';
const patternHints: Record<PatternTitle, string | undefined> = {
  'year key': undefined,
  'sector id': undefined,
  number: 'Write the four-digit municipality number in quotes, e.g. "4001".',
  'target id': idHint,
  'factor id': idHint,
  'measure id': idHint,
  'indicator id': idHint,
  value: undefined,
};

function sectorHint({ label, near, allowed }: SectorGuess): string {
  if (label)
    return label.label === undefined
      ? `Did you mean \`${label.id}\`?`
      : `Did you mean \`${label.id}\`? "${label.label}" is how outputs name it; the files take the id.`;
  return near.length
    ? `Did you mean ${near.map((id) => `\`${id}\``).join(', ')}? Sector ids are lower case ASCII with underscores.`
    : `Sector ids are lower case ASCII with underscores: ${allowed.join(', ')}.`;
}

function numberHint(hint: NumberHint): string {
  if (typeof hint === 'string') return numberHints[hint];
  if ('quote' in hint)
    return `Put the number in quotes: \`number: "${hint.quote}"\`. Unquoted, YAML reads it as a number${hint.quote.startsWith('0') ? ` and drops the leading zero (${hint.read})` : ''}.`;
  return hint.cut
    ? `A cut of ${hint.digits} % is written \`reduction_pct: ${hint.digits}\`: positive, without the minus sign copied from the text.`
    : `The minus sign is a typographic one (${hint.minus}); write it as a hyphen: -${hint.digits}.`;
}

const requiredHints: Record<string, string> = {
  schema_version: 'Add `schema_version: 1` as the first line.',
  title: 'Add a short `title:` that says what the measure does.',
  start: 'Add the first year with effect, e.g. `start: 2026`.',
  status: 'Add `status:` — proposed, adopted, in_progress, completed, postponed or cancelled.',
  sector: 'Add the sector id, e.g. `sector: road_traffic`.',
  plan_period: 'Add `plan_period: { start: 2026, end: 2029 }`.',
  municipality: 'Add `municipality: { name: …, number: "…" }`.',
  years: 'Add `years:` with year → sector → tonnes.',
  measures: 'Add `measures:` with a list of measures.',
  method: 'Add `method:` — explicit, growth or flat.',
};
/** The type names of the schemas, as a sentence says them. */
const typeNames: Readonly<Record<string, string>> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'text',
  object: 'a mapping (key: value)',
  array: 'a list',
  boolean: 'true or false',
  'string,integer': 'text or a whole number',
};
const numberHints = {
  decimal: 'Write decimals with a point (1234.5) and no thousands separator.',
  spaces: 'Write the number without spaces between the digits (1234.5, not 1 234,5).',
  quotes: 'Remove the quotes and units: write the number only.',
};

// Template: `import measures` (the measures workbook).

/** `import measures` in English. */
const templateEn: TemplateMessages = {
  notWorkbook: 'The file is not an Excel workbook (.xlsx).',
  notWorkbookHint:
    'Give the workbook made by `klimabudsjett export --template`, saved as .xlsx (not .csv or .xls) by Excel or LibreOffice.',
  encrypted: 'The workbook is password-protected (encrypted), so it cannot be read.',
  encryptedHint: 'Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.',
  tooLarge: (limit) => `The workbook unpacks to more than ${limit}: too large for a measures template.`,
  tooLargeHint: 'A measures template is a few hundred kilobytes; check that this is the right file.',
  noSheet: (wanted, found) =>
    `The workbook has no sheet "${wanted}"; its sheets are ${found.map((name) => `"${name}"`).join(', ') || 'none'}.`,
  noSheetHint: 'The measures go on the sheet the template names Tiltak (Measures in English): give it back its name.',
  noHeader: 'The sheet has no header row with the template’s columns (ID, Title, Sector, Status, Start …).',
  noHeaderHint: 'Keep the first row of the template as it is; start from a new template if it is lost.',
  missingColumn: (header) => `The column "${header}" is missing.`,
  missingColumnHint: 'Every measure needs it: add the column back with its header as the template has it.',
  unknownColumn: (header) => `The column "${header}" is not one of the template’s; it is ignored.`,
  unknownColumnHint: 'Rename it as in the template if it holds a measure field; notes of your own may stay.',
  tooManyRows: (limit) => `The sheet has more than ${limit} rows; only a measures sheet of at most that many is read.`,
  tooManyRowsHint: 'Delete the empty or stray rows at the bottom of the sheet (select them, then Delete rows).',
  merged: (range) => `The cells ${range} are merged; a measure needs one value per cell.`,
  mergedHint: 'Unmerge the cells (Home → Merge & Center → Unmerge) and fill in each one.',
  formula: 'The cell holds a formula; its last computed value is read.',
  formulaHint: 'Check the value, or type it in as a plain number so it cannot change.',
  formulaNoValue: 'The cell holds a formula without a computed value.',
  formulaNoValueHint:
    'Open and save the workbook in Excel or LibreOffice so the formula is computed, or type the value.',
  required: (header) => `"${header}" is empty; every measure needs it.`,
  requiredHint: 'Fill in the cell, or delete the whole row if the measure is not wanted.',
  notNumber: (text) => `"${text}" is not a number.`,
  notNumberHint: 'Write a number only, without units or words: 1200000 or 12,5.',
  textNumber: (text, read) => `"${text}" is a number stored as text; it was read as ${read}.`,
  textNumberHint: 'Format the cell as a number (or retype it) so the spreadsheet can sum it.',
  notYear: (text) => `"${text}" is not a year.`,
  notYearHint: 'Write the year as four digits, e.g. 2027 (a date is read as its year).',
  notLabel: (text, header) => `"${text}" is not a value of "${header}".`,
  notLabelHint: (allowed, near) =>
    `${near === undefined ? '' : `Did you mean "${near}"? `}Choose one from the drop-down list: ${allowed}.`,
  badPhase: (text) => `"${text}" is not a phase-in: write year and share pairs.`,
  badPhaseHint: 'Write e.g. 2026: 0,3; 2027: 0,6; 2028: 1 (the share of the full effect reached each year).',
  incompleteActivity: (line) =>
    `Activity line ${line} has an amount or a unit without a factor, or a factor without an amount.`,
  incompleteActivityHint: 'Give both the factor (from the list) and the amount per year at full effect.',
  incompleteIndicator: 'The indicator has values but no id.',
  incompleteIndicatorHint: 'Give the indicator a short id (e.g. zev-share), or clear its cells.',
  noRows: 'The sheet has no measures.',
  noRowsHint: 'Fill in one row per measure below the header rows.',
  keptFields: (id, fields, activity, indicators) => {
    const kept = [
      ...fields,
      ...(activity === undefined ? [] : [`activity lines ${activity[0]}–${activity[1]}`]),
      ...(indicators === undefined ? [] : [`indicators 2–${indicators}`]),
    ];
    return `Measure ${id}: ${kept.join(', ')} cannot be carried by the template; kept from the budget's file.`;
  },
  keptFieldsHint: 'Edit them in the YAML file.',
  printed: (count, changes) => `${count} measures; against the budget: ${changes}.`,
  wrote: (path, count, changes) => `Wrote ${path}: ${count} measures; ${changes}.`,
  added: (ids) => `added (${ids})`,
  removed: (ids) => `removed (${ids})`,
  changed: (listed) => `changed (${listed})`,
  noChanges: 'no changes',
};

// The whole set: the diagnostics, the status lines and the families above.

const what = ({ target, milestone }: Subject): string =>
  milestone === undefined ? `Target "${target}"` : `Milestone ${milestone} of target "${target}"`;
const idList = (ids: readonly string[], more: number): string =>
  more > 0 ? `${quoted(ids)} and ${more} more` : quoted(ids);
const quoted = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');
const years = (list: readonly number[]): string =>
  list.length > 6 ? `${list[0]}–${list.at(-1)} (${list.length} years)` : list.join(', ');

/** The tool's words in English: the library's own language and that of `--lang en`. */
export const en: Messages = {
  diagnostics: {
    ...importEn,
    ...schemaEn,
    measureWithoutIndicator: ({ id }) => ({
      message: `Measure "${id}" has no indicator to follow it up with.`,
      hint: 'Add `indicators: [{ id: …, title: …, baseline: …, target: …, target_year: … }]`.',
    }),
    measureWithoutResponsible: ({ id }) => ({
      message: `Measure "${id}" has no \`responsible\`.`,
      hint: 'Add the agency or unit that carries it out, e.g. `responsible: "Eiendom og drift"`.',
    }),
    reductionNoCut: ({ what: subject, pct }) => ({
      message: `${what(subject)} has \`reduction_pct: ${pct}\`, which is no cut: a reduction is a positive percentage.`,
      hint:
        pct < 0
          ? `A cut of ${-pct} % is written \`reduction_pct: ${-pct}\` (without the minus); for a level in tonnes use \`level_t:\`.`
          : 'A cut of 55 % is written `reduction_pct: 55`; the reduction lies above 0 and at most 100.',
    }),
    reductionAbove100: ({ what: subject, pct }) => ({
      message: `${what(subject)} has \`reduction_pct: ${pct}\`, a cut of more than 100 %.`,
      hint: 'A cut of 55 % is written `reduction_pct: 55`; the reduction lies above 0 and at most 100.',
    }),
    reductionFraction: ({ what: subject, pct, asPercent }) => ({
      message: `${what(subject)} has \`reduction_pct: ${pct}\`, a cut of only ${pct} %.`,
      hint: `Did you mean \`reduction_pct: ${asPercent}\` (${asPercent} %)? The reduction is written in percent, not as a fraction.`,
    }),
    planPeriodOrder: ({ start, end }) => ({
      message: `The plan period ends (${end}) before it starts (${start}).`,
      hint: 'A four-year plan runs from start to start + 3, e.g. 2026–2029.',
    }),
    horizonBeforePlanEnd: ({ horizon, end }) => ({
      message: `The horizon ${horizon} is before the end of the plan period (${end}).`,
      hint: 'Set the horizon to the plan end or later, or leave it out.',
    }),
    fullEffectBeforeStart: ({ id, fullEffect, start }) => ({
      message: `Measure "${id}" reaches full effect (${fullEffect}) before it starts (${start}).`,
      hint: '`full_effect` must be the start year or later.',
    }),
    endBeforeStart: ({ id, end, start }) => ({
      message: `Measure "${id}" ends (${end}) before it starts (${start}).`,
      hint: '`end` is the last year with effect; it must be the start year or later.',
    }),
    fullEffectAfterEnd: ({ id, fullEffect, end }) => ({
      message: `Measure "${id}" reaches full effect (${fullEffect}) after its end (${end}).`,
      hint: 'Move `full_effect` to the end year or earlier, or `end` later.',
    }),
    targetYearBeforeBase: ({ id, year, baseYear }) => ({
      message: `Target "${id}" has its target year (${year}) at or before its base year (${baseYear}).`,
      hint: 'The base year is the year the reduction is measured from; the target year comes after it.',
    }),
    milestoneOutside: ({ id, year, baseYear, targetYear }) => ({
      message: `Milestone ${year} of target "${id}" is not between its base year ${baseYear} and target year ${targetYear}.`,
      hint: 'Milestones are intermediate points: strictly after the base year and before the target year.',
    }),
    milestoneTwice: ({ id, year }) => ({
      message: `Target "${id}" has two milestones in ${year}.`,
      hint: 'Keep one milestone per year.',
    }),
    unknownFactor: ({ id, factor, near }) => ({
      message: `Measure "${id}" uses the emission factor "${factor}", which is not defined.`,
      hint: near.length
        ? `Did you mean ${quoted(near)}? Or define it in factors/*.yaml.`
        : 'Define it in factors/*.yaml; `klimabudsjett factors` lists the built-in ones.',
    }),
    unitMismatch: ({ id, unit, factorUnit, factor, dimension, suggestion }) => ({
      message: `Measure "${id}" gives an amount in ${unit}, which cannot be converted to ${factorUnit}, the unit of factor "${factor}".`,
      hint:
        suggestion !== undefined
          ? `Units are case-sensitive: did you mean ${suggestion}?`
          : `Give the amount in ${factorUnit}${dimension ? ` (or another ${dimension} unit)` : ''}, or use a factor per ${unit}.`,
    }),
    targetBaseYearMissing: ({ id, baseYear, scope, years: list }) => ({
      message: `Target "${id}" is measured from ${baseYear}, but the ${scope} inventory has no figures for that year.`,
      hint: `The inventory has ${years(list)}; add ${baseYear} or choose one of those years.`,
    }),
    unknownSector: ({ sector, near, allowed }) => ({
      message: `"${sector}" is not a sector id.`,
      hint: near.length ? `Did you mean ${quoted(near)}?` : `Sector ids: ${allowed.join(', ')}.`,
    }),
    unknownMeasure: ({ measure, near }) => ({
      message: `The follow-up names measure "${measure}", which is not defined.`,
      hint: near.length ? `Did you mean ${quoted(near)}?` : 'Check the id against measures/*.yaml.',
    }),
    duplicateId: ({ kind, id, first, measure }) => ({
      message: `The ${kind}${measure === undefined ? '' : ` of measure "${measure}"`} id "${id}" is used twice.`,
      hint: `The first is in ${first}; give one of them another id.`,
    }),
    aliasLimit: ({ limit }) => ({
      message: `The aliases in this file expand to more than ${limit} nodes, which looks like a “billion laughs” attack.`,
      hint: 'Write the data out instead of nesting aliases.',
    }),
    unclosedQuote: ({ quote }) => ({
      message: `This ${quote} opens a quoted text that is never closed.`,
      hint: `Add the closing ${quote} at the end of the text.`,
    }),
    targetWithoutInventory: ({ id, scope }) => ({
      message: `Target "${id}" is for the ${scope} scope, which has no inventory.`,
      hint:
        scope === 'territorial'
          ? 'Add an inventory file, e.g. from Miljødirektoratet’s statistics: `klimabudsjett import mdir FILE --municipality NAME -o inventory/mdir.yaml`.'
          : `Add an inventory file with \`scope: ${scope}\`.`,
    }),
    effectLowAbove: ({ id, low, central }) => ({
      message: `Measure "${id}" has a low estimate (${low}) above its central estimate (${central}).`,
      hint: 'The range reads low ≤ t_co2e ≤ high; swap the values if they were entered the wrong way round.',
    }),
    effectHighBelow: ({ id, high, central }) => ({
      message: `Measure "${id}" has a high estimate (${high}) below its central estimate (${central}).`,
      hint: 'The range reads low ≤ t_co2e ≤ high; swap the values if they were entered the wrong way round.',
    }),
    effectNeither: ({ id }) => ({
      message: `Measure "${id}" is quantified but has neither \`effect\` nor \`activity\`.`,
      hint: 'Add `effect: { t_co2e: … }` or `activity:`, or set `kind: not_quantified` (or in_baseline).',
    }),
    effectBoth: ({ id }) => ({
      message: `Measure "${id}" gives both \`effect\` and \`activity\`; give only one.`,
      hint: 'Keep the direct estimate (`effect`) or the calculation (`activity`), not both.',
    }),
    followupPeriodOutside: ({ period, first, last }) => ({
      message: `The period ${period} lies outside the budget's years (${first}–${last}).`,
      hint: 'Check the year of the period; follow-up records belong to the years the budget covers.',
    }),
    baselineYearIgnored: ({ year, latest, scope }) => ({
      message: `The baseline year ${year} is at or before ${latest}, the latest ${scope} inventory year, so it is ignored.`,
      hint: `The baseline starts from the inventory's ${latest} figures and projects the years after it; remove ${year} or give a later year.`,
    }),
    targetBeforeLatest: ({ id, year, latest, scope }) => ({
      message: `Target "${id}" is for ${year}, at or before ${latest}, the latest ${scope} inventory year: only its progress is shown.`,
      hint: 'Its outcome is in the inventory already; there is no path, need or gap left to compute for it.',
    }),
    effectBeforeLatest: ({ id, start, latest, scope }) => ({
      message:
        `Measure "${id}" starts in ${start}, in or before ${latest}, the latest inventory year of ` +
        `${scope}: its effect may already be in the inventory.`,
      hint: `Start it after ${latest}, or set \`kind: in_baseline\` if the inventory already shows its effect.`,
    }),
    measureOutsideHorizon: ({ id, year, horizon, planStart, typo }) => ({
      message: `Measure "${id}" starts in ${year}, after ${horizon}, the last year the budget computes: it has no effect.`,
      hint:
        `${typo ? `Did you mean ${typo}? ` : ''}The budget computes ${planStart}–${horizon} ` +
        '(the plan period up to `horizon:`, or to the last target year); set a later `horizon:` if the measure really starts then.',
    }),
    multipleDocuments: () => ({
      message: 'The file holds several YAML documents (separated by ---); a budget file holds one.',
      hint: 'Split it into several files, or remove the extra `---`.',
    }),
    tabIndent: () => ({
      message: 'A tab is used for indentation; YAML indents with spaces.',
      hint: 'Replace the tab with spaces.',
    }),
    yamlDoesNotParse: ({ sentence }) => ({
      message: `The YAML does not parse: ${sentence}`,
      hint: 'Check quotes, brackets, colons and indentation on this line and the one before.',
    }),
    duplicateKey: ({ key, firstLine }) => ({
      message: `The key \`${key}\` appears twice in the same mapping (first on line ${firstLine}).`,
      hint: 'Remove one of the two, or merge them.',
    }),
    utf16: () => ({ message: 'The file is UTF-16, not UTF-8.', hint: 'Save it as UTF-8.' }),
    notUtf8: () => ({
      message: 'The file is not UTF-8 text (an invalid byte sequence).',
      hint: 'Save it as UTF-8; files saved as Latin-1 (ISO-8859-1) or Windows-1252 show this for æ, ø and å.',
    }),
    nulBytes: () => ({
      message:
        'The file holds NUL bytes, so it is not UTF-8 text (UTF-16 without a byte order mark, or a binary file?).',
      hint: 'Save it as UTF-8.',
    }),
    sectorExceeded: ({ ids, more, sector, scope, tonnes, year, baseline }) => ({
      message:
        `${ids.length + more === 1 ? `Measure ${idList(ids, more)} reduces` : `Measures ${idList(ids, more)} together reduce`} ${sector} (${scope}) by ` +
        `${tonnes} t CO2e in ${year}, more than the sector's baseline of ${baseline} t CO2e.`,
      hint: 'Check these measures for double counting, and check that the inventory and baseline cover the whole sector.',
    }),
    overlapExceeded: ({ ids, more, group, sector, scope, tonnes, year, baseline }) => ({
      message:
        `Measures ${idList(ids, more)} of overlap group "${group}" together reduce ${sector} ` +
        `(${scope}) by ${tonnes} t CO2e in ${year}, more than the sector's baseline of ${baseline} t CO2e.`,
      hint: 'Measures in one overlap group may count the same reduction twice: lower their effects or merge them.',
    }),
    manifestMissing: ({ folder }) => ({
      message:
        folder === undefined ? 'The current folder has no budget.yaml.' : `The folder ${folder} has no budget.yaml.`,
      hint: 'Run `klimabudsjett init` to create a budget folder, or give the path of one.',
    }),
    fileMissing: ({ pattern }) => ({
      message: `The file ${pattern} named in \`files:\` does not exist.`,
      hint: 'Fix the path in `files:` of budget.yaml, or create the file.',
    }),
    absolutePath: ({ pattern }) => ({
      message: `\`files:\` names the absolute path ${pattern}; a budget reads only files inside its folder (or its git working tree).`,
      hint: 'Write the path relative to budget.yaml, and keep the file in the budget folder or its repository.',
    }),
    fileEmpty: () => ({ message: 'The file is empty.', hint: 'Start it with `schema_version: 1`, or delete it.' }),
    factorOverridesBuiltin: ({ id }) => ({
      message: `The local factor "${id}" replaces the built-in factor of that id.`,
      hint: 'Give it another id if you meant to add a factor rather than replace one.',
    }),
    periodUnparsed: ({ period }) => ({
      message: `The period "${period}" is not a year, tertial, half-year or quarter.`,
      hint: 'Write YYYY, YYYY-T1 … T3, YYYY-H1/H2 or YYYY-Q1 … Q4, e.g. 2026-T2.',
    }),
    unknownIndicator: ({ measure, indicator, near, known }) => ({
      message: `Measure "${measure}" has no indicator "${indicator}".`,
      hint: known.length
        ? `${near ? `Did you mean "${near}"? ` : ''}Its indicators: ${known.join(', ')}.`
        : 'Add the indicator to the measure first.',
    }),
    unknownSource: ({ id, source, scope, sector, near, known }) => ({
      message: known.length
        ? `Measure "${id}" names the source "${source}", which the ${scope} inventory does not have in ${sector}.`
        : `Measure "${id}" names the source "${source}", but the ${scope} inventory gives ${sector} without sources.`,
      hint: near.length
        ? `Did you mean ${quoted(near)}?`
        : known.length
          ? `The sources of ${sector}: ${quoted(known.slice(0, 8))}${known.length > 8 ? ', …' : ''}.`
          : 'Remove `source:`, or give the sector by source in the inventory.',
    }),
    inventoryDuplicate: ({ scope, sector, source, year, firstFile }) => ({
      message: `The ${scope} inventory gives ${source === undefined ? `sector ${sector}` : `source "${source}" of sector ${sector}`} in ${year} twice${firstFile === undefined ? '' : ` (first in ${firstFile})`}.`,
      hint:
        source === undefined
          ? 'Give each sector of a year once: either as a number or as sources, in one file.'
          : 'Remove one of them; several inventory files must not overlap.',
    }),
    decimalComma: ({ written, whole, key }) => ({
      message: `\`${written}\` has a decimal comma; inside { } a comma separates entries, so YAML reads ${whole} and a key \`${key}\`.`,
      hint: `Write decimals with a point: ${whole}.${key}.`,
    }),
    tabIndentMended: ({ width }) => ({
      message: 'A tab is used for indentation; YAML indents with spaces.',
      hint: `Replace the tab with spaces${width > 0 ? ` (${width} to line up with the lines around it)` : ''}.`,
    }),
    colonSpace: ({ key, rest }) => ({
      message: `\`${key}:${rest}\` lacks a space after the colon, so YAML reads it as one text rather than a key and its value.`,
      hint: `Put a space after the colon: \`${key}: ${rest}\`.`,
    }),
    folderProblem: ({ folder, problem, errno }) => ({
      message: {
        file: `${folder} is a file, not a budget folder.`,
        denied: `The folder ${folder} cannot be read: permission denied.`,
        missing: `The folder ${folder} does not exist.`,
        unlistable: `The folder ${folder} cannot be read${errno === 'EACCES' ? ': permission denied' : ` (${errno ?? 'unknown error'})`}.`,
      }[problem],
      hint: 'Give the path of a budget folder (the folder with budget.yaml).',
    }),
    templateMessage: templateWords(templateEn),
    pathProblem: ({ kind, shown, detail }) => pathProblems[kind](shown, detail),
    yamlTooDeep: ({ limit }) => ({
      message: `The YAML nests deeper than ${limit} levels here; a budget file needs fewer than ten.`,
      hint: 'Flatten the data: nesting this deep is a generated or hostile file, not a budget.',
    }),
    aliasUndefined: ({ alias }) => ({
      message: `The alias ${alias} refers to an anchor that is not defined before it.`,
      hint: `Define the anchor (&${alias.slice(1)}) before the alias, or write the value out.`,
    }),
    categoryIsSector: ({ id, scope }) => ({
      message: `The category id "${id}" is ${id === 'default' ? "reserved (a baseline's growth_pct key)" : 'already a sector id'}.`,
      hint: `Use the sector "${id}" as it is, or give the category another id (e.g. "${id}_${scope === 'indirect' ? 'consumption' : 'own'}").`,
    }),
    categoryTwice: ({ id, scope, first }) => ({
      message: `The category id "${id}" is declared twice for the ${scope} scope.`,
      hint: `The first is at categories.${scope}[${first}]; give one of them another id.`,
    }),
    secondBaseline: ({ scope, first }) => ({
      message: `A second baseline for the ${scope} scope; ${first} already gives one.`,
      hint: 'Keep one baseline file per scope.',
    }),
    unclosedFlow: ({ kind }) => {
      const [open, close, what] = kind === 'map' ? ['{', '}', 'mapping'] : ['[', ']', 'list'];
      return {
        message: `This ${open} starts a ${what} that is never closed with ${close}.`,
        hint: `Add the ${close} at the end of the ${what}; a ${what} that goes on over several lines needs those lines indented further.`,
      };
    },
    sectorOfOtherScope: ({ sector, scope, elsewhere, label, near, allowed }) => ({
      message:
        sector === 'other'
          ? 'The sector "other" exists only in the own_operations and indirect scopes.'
          : elsewhere !== undefined
            ? `"${sector}" is a category of the ${elsewhere} scope, not of the ${scope} scope.`
            : `"${sector}" is not a sector id.`,
      hint: label
        ? `Did you mean \`${label.id}\`?${label.label === undefined ? '' : ` "${label.label}" is how outputs name it; the files take the id.`}`
        : near.length
          ? `Did you mean ${near.map((id) => `"${id}"`).join(', ')}?`
          : `Sector ids: ${allowed.join(', ')}.`,
    }),
    fileUnreadable: ({ errno }) => {
      if (errno === 'ENOENT') return { message: 'The file does not exist.' };
      if (errno === 'EISDIR')
        return {
          message: 'This is a folder where a file is expected.',
          hint: 'Rename the folder, or change the glob in `files:` of budget.yaml so that it matches files only.',
        };
      if (errno === 'EACCES' || errno === 'EPERM')
        return { message: 'The file cannot be read: permission denied.', hint: 'Check the file permissions.' };
      return { message: `The file cannot be read (${errno ?? 'unknown error'}).` };
    },
  },
  status: {
    hint: 'hint',
    errors: (count) => `${count} error${count === 1 ? '' : 's'}`,
    warnings: (count) => `${count} warning${count === 1 ? '' : 's'}`,
    infos: (count) => `${count} info${count === 1 ? '' : 's'}`,
    problems: (count) => `${count} problem${count === 1 ? '' : 's'}`,
    clean: (dirs) => `${dirs}: 0 errors, 0 warnings`,
    wrote: (file) => `Wrote ${file}.`,
    wroteInventory: (file, municipality, rows) => `Wrote ${file}: ${municipality}, ${rows} rows.`,
    noVintage: 'the inventory has no vintage (which publication it is); give it with --vintage, e.g. --vintage 2026.',
    note: 'note',
    budgetsWritten: (written, total) => `${written} of ${total} budgets written.`,
    budgetsFailed: (written, total, failed) => `${written} of ${total} budgets written; failed: ${failed}.`,
    wroteDocuments: (what, files) => `${what}: wrote ${files}`,
    removedDocuments: (what, files) => `${what}: removed ${files} (of an earlier run)`,
    skippedOutDir: (dir) => `${dir}: skipped, it is the --out-dir`,
    couldNotWriteReports: (reason) => `could not write the reports: ${reason}`,
    noBudgetFolderAbove: (paths) => `no budget folder (with a budget.yaml) above ${paths}; skipped.`,
    tooManyWarnings: (warnings, max) =>
      `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max}.`,
    initCreated: (folder, municipality) => `Created ${folder}/ for ${municipality}:`,
    initNext: 'Next:',
    initInventory: (first, last, file, vintage) =>
      `the inventory has ${first}–${last} from ${file}${vintage ? ` (vintage ${vintage})` : ''}`,
    initImportInventory: 'import the inventory from Miljødirektoratet’s statistics:',
    initReplaceTarget: (folder) => `replace the suggested target in ${folder}/budget.yaml by the adopted ones`,
    initAddMeasures: (folder) => `add the measures to ${folder}/measures/tiltak.yaml`,
    initCheck: (folder) => `check it: klimabudsjett validate ${folder}`,
    initCi: (variable) =>
      `CI installs ${variable} from .github/workflows/klimabudsjett.yml: point it at a git URL or a .tgz until klimabudsjett is on npm`,
    overview: 'overview',
    hiddenAnnotations: (counts, perKind) =>
      `${counts}; GitHub annotates ${perKind} of each kind per step, the log above lists them all.`,
    writingTable: (first, others) =>
      `note: writing the table ${first}; the others are ${others} (choose one with --table).`,
  },
  usage: usageEn,
  template: templateEn,
};

const outsideHint = 'Keep the file in the budget folder (or its git repository) and name it with a relative path.';
const pathProblems: Record<PathProblem, (shown: string, detail?: string) => Words> = {
  linkToNothing: (shown) => ({
    message: `${shown} is a symbolic link to a file that does not exist.`,
    hint: 'Fix or remove the link.',
  }),
  linkLoops: (shown) => ({
    message: `${shown} is a symbolic link that loops (it leads back to itself).`,
    hint: 'Fix or remove the link.',
  }),
  linkOutside: (shown) => ({
    message: `${shown} leads outside the budget folder and its git working tree (a symbolic link); it is not read.`,
    hint: outsideHint,
  }),
  inGitFolder: (shown) => ({
    message: `${shown} lies in the repository's .git folder, which is not part of the budget; it is not read.`,
    hint: outsideHint,
  }),
  notRegular: (shown, detail) => ({
    message: `${shown} is not a regular file (${detail === 'fifo' ? 'a FIFO' : detail === 'socket' ? 'a socket' : 'a device'}).`,
    hint: 'Name only YAML files in `files:` of budget.yaml.',
  }),
  folderOutside: (shown) => ({
    message: `The folder ${shown} leads outside the budget folder and its git working tree (a symbolic link); its files are not read.`,
    hint: outsideHint,
  }),
  folderLoop: (shown) => ({
    message: `The folder ${shown} is a symbolic link back to a folder that contains it (a loop); it is not followed.`,
    hint: 'Remove the link, or narrow the glob in `files:` of budget.yaml.',
  }),
  folderUnreadable: (shown, detail) => ({
    message: `The folder ${shown} cannot be read${detail === 'EACCES' ? ': permission denied' : ` (${detail ?? 'unknown error'})`}.`,
    hint: "Check the folder's permissions.",
  }),
  globOutside: (shown) => ({
    message: `The path ${shown} in \`files:\` leads outside the budget folder and its git working tree; it is not read.`,
    hint: outsideHint,
  }),
};
