import type { CliIo } from '../io.js';
import { type ListingOptions, runListing } from '../run-listing.js';

/** `costs [dir]`: costs by year and responsible, per measure (annualised, NOK per tonne) and the abatement cost curve. */
export function costsCommand(dir: string, options: ListingOptions, io: CliIo): number {
  return runListing('costs', dir, options, io);
}
