import type { MeasureGrouping } from '../../i18n/labels.js';
import { type Status, statuses } from '../../model/budget.js';
import type { MeasureSort } from '../../render/tables/index.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
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
      throw new UsageError(
        `--year ${options.year} lies outside the budget's years ${report.years[0]}–${report.horizon}.`,
        'Give a year from the plan start to the horizon.',
      );
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
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(statuses as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(`--status takes statuses separated by commas, not "${text}".`, `Use ${statuses.join(', ')}.`);
  }
  return names as Status[];
}
