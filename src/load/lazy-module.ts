import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const requireModule = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on first use rather than at start-up: the yaml library is needed
 * only for files with problems, and loading it costs a sixth of the start-up of `validate`. The
 * package bundles it as its own file beside the bundle's chunks (`bundled`, written by
 * scripts/bundle.js), since an installed package has no node_modules to require it from; from the
 * sources (tests, development) it is required by its package name.
 */
export function lazyModule<T>(specifier: string, bundled: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const file = fileURLToPath(new URL(`./${bundled}`, import.meta.url));
      loaded = requireModule(existsSync(file) ? file : specifier) as T;
    }
    return loaded;
  };
}
