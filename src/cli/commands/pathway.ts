import type { CliIo } from '../io.js';
import { type ListingOptions, runListing } from '../run-listing.js';

/** `pathway [dir]`: per target and year, actual, baseline, effect, projected emissions, path (utslippsramme), gap, need and coverage. */
export function pathwayCommand(dir: string, options: ListingOptions, io: CliIo): number {
  return runListing('pathway', dir, options, io);
}
