import { readFileSync } from 'node:fs';
import { fileKinds } from '../../model/written.js';
import { packageFile } from '../../package-root.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** `schema [NAME]`: prints a JSON Schema, or lists the names. */
export function schemaCommand(name: string | undefined, io: CliIo): number {
  if (name === undefined) {
    io.stdout.write(`${fileKinds.map((kind) => `${kind}\t${schemaTitle(kind)}`).join('\n')}\n`);
    return ExitCode.Ok;
  }
  const kind = fileKinds.find((candidate) => candidate === name || `${candidate}.schema.json` === name);
  if (!kind) throw usageError('noSchema', { name: name ?? '', kinds: fileKinds });
  io.stdout.write(readSchemaText(kind));
  return ExitCode.Ok;
}

/** The text of schemas/<kind>.schema.json as shipped. */
export function readSchemaText(kind: string): string {
  return readFileSync(packageFile(`schemas/${kind}.schema.json`), 'utf8');
}

function schemaTitle(kind: string): string {
  return (JSON.parse(readSchemaText(kind)) as { title: string }).title;
}
