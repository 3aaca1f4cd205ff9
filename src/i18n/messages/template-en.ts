import type { TemplateMessages } from './index.js';

/** `import measures` in English. */
export const templateEn: TemplateMessages = {
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
