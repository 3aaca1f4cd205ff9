import { extname } from 'node:path';
import { renderCsv } from './csv.js';
import { renderMarkdown } from './markdown.js';
import type { RenderOptions } from './render-options.js';
import type { Table } from './table.js';
import { renderTableJson } from './table-json.js';
import { renderTerminal } from './terminal.js';

export type { RenderOptions } from './render-options.js';

/** The text formats of the listing commands. */
export type TextFormat = 'table' | 'csv' | 'md' | 'json';
/** Every output format; xlsx and html are written by `export` only. */
export type OutputFormat = TextFormat | 'xlsx' | 'zip' | 'html';

/** A text renderer: pure, from tables to the whole output text. */
export type Renderer = (tables: readonly Table[], options: RenderOptions) => string;

/** The renderer of each text format. */
export const textRenderers: Record<TextFormat, Renderer> = {
  table: renderTerminal,
  csv: renderCsv,
  md: renderMarkdown,
  json: renderTableJson,
};

/** The text formats in the order `--help` lists them. */
export const textFormatNames: readonly TextFormat[] = ['table', 'csv', 'md', 'json'];

const formatsByExtension: Readonly<Record<string, OutputFormat>> = {
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.txt': 'table',
  '.xlsx': 'xlsx',
  '.zip': 'zip',
  '.html': 'html',
  '.htm': 'html',
};

/** The usual extension of each format: the one messages name. */
export const formatExtensions: Readonly<Record<OutputFormat, string>> = {
  table: '.txt',
  csv: '.csv',
  md: '.md',
  json: '.json',
  xlsx: '.xlsx',
  zip: '.zip',
  html: '.html',
};

/** Every extension that names a format (.markdown and .htm too). */
export const knownExtensions: readonly string[] = Object.keys(formatsByExtension);

/** The format an output file's extension names (.csv .md .json .txt .xlsx .zip .html), else undefined. */
export function formatFromPath(path: string): OutputFormat | undefined {
  return formatsByExtension[extname(path).toLowerCase()];
}
