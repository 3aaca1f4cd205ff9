import type { OutputFormat, TextFormat } from '../render/index.js';

// Apart from exporters.ts, which loads the renderers: the command line lists these at start-up.
/** The formats of the listing commands, in the order `--help` lists them. */
export const listingFormatNames = ['table', 'csv', 'md', 'json'] as const satisfies readonly TextFormat[];

/** The formats of `export`, in the order `--help` lists them: each has its exporter. */
export const exportFormatNames = [
  ...listingFormatNames,
  'xlsx',
  'zip',
  'html',
] as const satisfies readonly OutputFormat[];

export type ExportFormat = (typeof exportFormatNames)[number];
