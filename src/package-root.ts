import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The absolute path of a file shipped with the package (schemas/, data/, package.json). Found by
 * walking up from this module, so it works from src/, dist/ and the bundle alike.
 */
export function packageFile(relativePath: string): string {
  if (root === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
      const parent = dirname(dir);
      if (parent === dir) throw new Error('klimabudsjett: cannot find the package folder');
      dir = parent;
    }
    root = dir;
  }
  return join(root, relativePath);
}
