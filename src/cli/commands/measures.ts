import type { MeasureGrouping } from '../../i18n/labels.js';
import { type Status, statuses } from '../../model/budget.js';
import type { MeasureSort } from '../../render/tables/index.js';
import { usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { optionWords, parseValueList } from '../option-values.js';
import { type ListingOptions, runListing } from '../run-listing.js';

interface MeasuresOptions extends ListingOptions {
  year?: number;
  by?: MeasureGrouping;
  /** Comma-separated statuses. */
  status?: string;
  sort?: MeasureSort;
}

/**
 * `measures [dir]`: the measure table (`--year Y` for one year, `--status` to filter, `--sort`), or
 * with `--by` the effects of the counted measures grouped by sector, responsible, status or scope.
 */
export function measuresCommand(dir: string, options: MeasuresOptions, io: CliIo): number {
  const wanted = options.status === undefined ? undefined : parseStatuses(options.status);
  return runListing('measures', dir, options, io, ({ report }) => {
    if (options.year !== undefined && !report.years.includes(options.year)) {
      throw usageError('yearOutside', {
        year: options.year,
        first: report.years[0] ?? report.horizon,
        horizon: report.horizon,
      });
    }
    return {
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(options.by === undefined ? {} : { by: options.by }),
      ...(wanted === undefined ? {} : { statuses: wanted }),
      ...(options.sort === undefined ? {} : { sort: options.sort }),
    };
  });
}

function parseStatuses(text: string): Status[] {
  return parseValueList('--status', 'status', text, statuses, optionWords.status) as Status[];
}
