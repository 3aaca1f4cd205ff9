import { listAll } from '../list-some.js';
import type { LeftOutReason, Refusal, UsageMessages } from './index.js';

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
export const usageEn: UsageMessages = {
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
    hint: `${meaning(meant)}Use ${listOr(allowed)}.`,
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
