import type { CliIo } from '../io.js';
import { type ListingOptions, runListing } from '../run-listing.js';

interface FactorsOptions extends ListingOptions {
  search?: string;
}

/** `factors [dir]`: the emission factors in use (built-in and local) with their sources; `--search TEXT`. */
export function factorsCommand(dir: string, options: FactorsOptions, io: CliIo): number {
  return runListing('factors', dir, options, io, ({ budget }) => ({
    factors: [...budget.factors.values()],
    ...(options.search === undefined ? {} : { search: options.search }),
  }));
}
