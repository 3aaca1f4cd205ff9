import { lstatSync, type Stats } from 'node:fs';

/**
 * What is at `path` itself (a symbolic link is not followed), or undefined when nothing can be
 * read there. One probe for "is anything here?", "is it a regular file?" and "is it a folder?".
 */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
