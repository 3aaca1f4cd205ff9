import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './run-cli.js';

/** The shared folder beside the project (SPEC, conformance cases, real data), when it is there. */
export const sharedDir = join(projectRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'conformance'));

if (!hasShared) {
  console.warn(`note: ${sharedDir} is missing; the conformance cases and the real-data tests are skipped.`);
}

/** The case folders under ../shared/conformance/<group>, sorted. */
export function conformanceCases(group: 'cases' | 'invalid'): string[] {
  if (!hasShared) return [];
  const dir = join(sharedDir, 'conformance', group);
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, group === 'cases' ? 'expected.json' : 'expected-diagnostics.json')))
    .sort()
    .map((name) => join(dir, name));
}
