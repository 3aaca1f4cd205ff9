import type { CliIo } from '../io.js';
import { type ListingOptions, runListing } from '../run-listing.js';

/** `progress [dir]`: progress towards each target, and the follow-up status of each measure. */
export function progressCommand(dir: string, options: ListingOptions, io: CliIo): number {
  return runListing('progress', dir, options, io);
}
