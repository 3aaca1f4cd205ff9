import type { CliIo } from '../io.js';
import { type ListingOptions, runListing } from '../run-listing.js';

/** `summary [dir]`: one screen — are we on track, the gap and its coverage in the plan years, the measures that matter most. */
export function summaryCommand(dir: string, options: ListingOptions, io: CliIo): number {
  return runListing('summary', dir, options, io);
}
