import { listAll } from '../list-some.js';
import type { ImportMessages } from './index.js';

const sheet = 'Oversikt - detaljert';
const quoted = (name: string): string => `"${name}"`;
const list = (names: readonly string[], conjunction = 'and'): string => listAll(names.map(quoted), conjunction);
const examples = (values: readonly string[]): string =>
  values.length > 10 ? `${values.slice(0, 10).join(', ')} and ${values.length - 10} more` : values.join(', ');
const rows = (count: number): string => `${count} ${count === 1 ? 'row' : 'rows'}`;
const csvHint = `Use Miljødirektoratet's workbook (sheet "${sheet}") or a CSV with the columns Fylke, Kommunenummer, Kommune, År, Sektor, Utslippskilde, Klimagass, Utslipp (tonn CO2-ekvivalenter), or Kommune, År, Sektor, Utslippskilde, Utslipp.`;
const noName = (near: readonly string[], names: readonly string[]): string =>
  near.length > 0 ? `Did you mean ${list(near, 'or')}?` : `The file has ${examples(names)}.`;

/** `import mdir` and `diff`'s revisions in English. */
export const importEn: ImportMessages = {
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
