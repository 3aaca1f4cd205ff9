import { readFileSync } from 'node:fs';
import { packageFile } from './package-root.js';

let version: string | undefined;

/** The package version, read once from package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
