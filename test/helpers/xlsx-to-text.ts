import ExcelJS, {
  type Cell,
  type ConditionalFormattingOptions,
  type DataValidation,
  type Style,
  type Worksheet,
} from 'exceljs';

/**
 * Reads a workbook back with exceljs and writes it out as text for golden files (never compare
 * xlsx bytes): the document properties and defined names, then per sheet its views, autofilter,
 * print setup, column widths, merged ranges and conditional formats, and every non-empty cell as
 * `A1  number  1234.5  numFmt=#,##0  formula=SUM(B2:B9)`.
 */
export async function xlsxToText(bytes: Uint8Array): Promise<string> {
  const workbook = await loadWorkbook(bytes);
  const lines: string[] = [
    `workbook  creator=${workbook.creator}  title=${JSON.stringify(workbook.title)}`,
    `  created=${workbook.created.toISOString()}  modified=${workbook.modified.toISOString()}`,
    `sheets  ${workbook.worksheets.map((sheet) => JSON.stringify(sheet.name)).join('  ')}`,
    'defined names',
    ...[...workbook.definedNames.model]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((definedName) => `  ${definedName.name} = ${definedName.ranges.join(',')}`),
  ];
  for (const sheet of workbook.worksheets) lines.push('', ...sheetLines(sheet));
  return `${lines.join('\n')}\n`;
}

/** Reads xlsx bytes with exceljs. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs reads an ArrayBuffer whole, so it needs one that holds exactly these bytes. `.buffer`
  // of a Buffer is its backing store, often a shared pool larger than the Buffer (from Node 24 on,
  // readFileSync and Buffer.concat hand out such views); `Buffer#slice` is a view too, not a copy.
  // `new Uint8Array(bytes)` copies into a store of its own, exactly as long.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** The conditional formats of a sheet: exceljs keeps them on the worksheet but leaves them out of its types. */
export function conditionalFormatsOf(sheet: Worksheet): ConditionalFormattingOptions[] {
  return (
    (sheet as Worksheet & { conditionalFormattings?: ConditionalFormattingOptions[] }).conditionalFormattings ?? []
  );
}

function sheetLines(sheet: Worksheet): string[] {
  const lines = [`sheet ${JSON.stringify(sheet.name)}`];
  for (const view of sheet.views ?? []) {
    lines.push(
      `  view  ${view.state ?? 'normal'}  xSplit=${'xSplit' in view ? view.xSplit : ''}  ySplit=${'ySplit' in view ? view.ySplit : ''}  topLeftCell=${'topLeftCell' in view ? view.topLeftCell : ''}`,
    );
  }
  lines.push(
    `  autofilter  ${typeof sheet.autoFilter === 'string' ? sheet.autoFilter : JSON.stringify(sheet.autoFilter)}`,
  );
  const page = sheet.pageSetup;
  lines.push(
    `  print  ${page.orientation}  paper=${page.paperSize}  fitToPage=${page.fitToPage}  fitToWidth=${page.fitToWidth}  fitToHeight=${page.fitToHeight}  titles=${page.printTitlesRow ?? ''}${page.printTitlesColumn ? ` ${page.printTitlesColumn}` : ''}`,
  );
  if (sheet.headerFooter?.oddFooter) lines.push(`  footer  ${JSON.stringify(sheet.headerFooter.oddFooter)}`);
  const widths: string[] = [];
  for (let index = 1; index <= sheet.columnCount; index++) {
    const column = sheet.getColumn(index);
    widths.push(`${column.letter}=${column.width ?? ''}`);
  }
  lines.push(`  widths  ${widths.join(' ')}`);
  const merges = (sheet.model.merges ?? []).slice().sort();
  if (merges.length > 0) lines.push(`  merged  ${merges.join(' ')}`);
  for (const format of conditionalFormatsOf(sheet)) {
    for (const rule of format.rules) {
      const formulae = 'formulae' in rule && rule.formulae ? rule.formulae.join(';') : '';
      const operator = 'operator' in rule && rule.operator ? ` ${rule.operator}` : '';
      lines.push(`  conditional  ${format.ref}  ${rule.type}${operator}  ${formulae}  ${styleColours(rule.style)}`);
    }
  }
  const validations = (sheet as unknown as { dataValidations: { model: Record<string, DataValidation> } })
    .dataValidations.model;
  for (const [address, rule] of Object.entries(validations).sort()) {
    lines.push(`  validation  ${address}  ${rule.type} ${rule.operator ?? 'between'}  ${rule.formulae.join(';')}`);
  }
  sheet.eachRow((row, rowNumber) => {
    if (row.height !== undefined && row.height !== 15) lines.push(`  row ${rowNumber}  height=${row.height}`);
    row.eachCell((cell) => {
      lines.push(`  ${cellLine(cell)}`);
    });
  });
  return lines;
}

function cellLine(cell: Cell): string {
  const value = cell.value;
  const parts = [cell.address];
  if (value !== null && typeof value === 'object' && 'formula' in value) {
    // cell.value leaves out a result of 0; cell.result keeps it.
    parts.push(describe(cell.result ?? ''));
    parts.push(`numFmt=${cell.numFmt ?? ''}`, `formula=${cell.formula}`);
  } else {
    parts.push(describe(value));
    if (cell.numFmt) parts.push(`numFmt=${cell.numFmt}`);
  }
  const flags = [cell.font?.bold ? 'bold' : '', cell.alignment?.wrapText ? 'wrap' : ''].filter(Boolean).join(',');
  if (flags) parts.push(flags);
  return parts.join('  ');
}

function describe(value: unknown): string {
  if (typeof value === 'number') return `number  ${value}`;
  if (typeof value === 'string') return `string  ${JSON.stringify(value)}`;
  if (typeof value === 'boolean') return `boolean  ${value}`;
  if (value === null || value === undefined) return 'empty';
  return `other  ${JSON.stringify(value)}`;
}

function styleColours(style: Partial<Style> | undefined): string {
  const fill = style?.fill;
  const fillColour = fill && fill.type === 'pattern' ? (fill.bgColor?.argb ?? fill.fgColor?.argb ?? '') : '';
  return `fill=${fillColour} font=${style?.font?.color?.argb ?? ''}`;
}
