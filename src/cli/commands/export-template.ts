import type { Language } from '../../model/budget.js';
import type { WrittenMeasure } from '../../model/written.js';
import { workbookDate } from '../../render/xlsx/workbook-date.js';
import { writeTemplate } from '../../template/write-template.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { loadReport } from '../load-report.js';
import { writeOutput } from '../output.js';

interface TemplateOptions {
  output?: string;
  lang?: Language;
  color: boolean;
  quiet: boolean;
}

/** `export [dir] --template -o tiltak.xlsx`: the measures workbook to hand out (SPEC §7). */
export async function exportTemplateCommand(dir: string, options: TemplateOptions, io: CliIo): Promise<number> {
  if (options.output !== undefined && !options.output.toLowerCase().endsWith('.xlsx')) {
    throw usageError('templateIsXlsx', {});
  }
  if (options.output === undefined && io.stdout.isTTY) {
    throw usageError('binaryToTerminal', { format: 'xlsx', template: true });
  }
  const loaded = loadReport(dir, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const { budget } = loaded;
  // The measures as written (not normalised): what is absent stays absent in the template.
  const measures = budget.measures.map((measure) => {
    let data: unknown = loaded.parsed.get(measure.origin.file)?.data;
    for (const key of measure.origin.path) data = (data as Record<string | number, unknown> | undefined)?.[key];
    return data as WrittenMeasure;
  });
  const bytes = await writeTemplate({
    language: loaded.language,
    municipality: budget.manifest.municipality.name,
    measures,
    sectors: budget.manifest.sectors,
    factors: [...budget.factors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    created: workbookDate(io.env),
  });
  writeOutput(bytes, options, io, [loaded.inputs], loaded.language);
  return ExitCode.Ok;
}
