/*
 * The two halves of exceljs the workbook writer uses, imported on their own: exceljs's index also
 * loads its readers (unzipper, sax), which the writer never needs and which double its load time.
 */

declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}

declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';

  const WorkbookModel: typeof Workbook;
  export default WorkbookModel;
}
