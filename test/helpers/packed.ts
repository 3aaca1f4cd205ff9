import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './run-cli.js';

/** What `npm pack --json` says of one tarball. */
export interface Packed {
  tarball: string;
  /** Bytes of the .tgz. */
  size: number;
  unpackedSize: number;
  files: string[];
}

/** Runs npm (the one on PATH, as a user would) and fails with its output when it fails. */
export function npm(args: readonly string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false' } });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Packs this repository as `npm publish` would, into `destination`. Scripts are skipped: the suite
 * builds first (`npm test`), and `prepare` would rebuild dist/ under the feet of parallel tests.
 */
export function packTarball(destination: string): Packed {
  mkdirSync(destination, { recursive: true });
  const [info] = JSON.parse(
    npm(['pack', '--ignore-scripts', '--json', '--pack-destination', destination], projectRoot),
  );
  return {
    tarball: join(destination, info.filename),
    size: info.size,
    unpackedSize: info.unpackedSize,
    files: info.files.map((file: { path: string }) => file.path),
  };
}

/** What installing the tarball into an empty project did. */
export interface Installed {
  /** Packages npm added (the tool itself counts one). */
  added: number;
  milliseconds: number;
  /** Bytes under node_modules/. */
  bytes: number;
  bin: string;
}

/** Installs a tarball into `dir` (a new, empty project) as a user would: production dependencies only, offline. */
export function installTarball(tarball: string, dir: string): Installed {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const started = performance.now();
  const output = npm(['install', '--omit=dev', '--offline', '--no-audit', '--json', tarball], dir);
  const milliseconds = performance.now() - started;
  return {
    added: JSON.parse(output).added,
    milliseconds,
    bytes: folderBytes(join(dir, 'node_modules')),
    bin: join(dir, 'node_modules', '.bin', 'klimabudsjett'),
  };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
