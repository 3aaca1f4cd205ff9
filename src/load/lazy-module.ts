import { createRequire } from 'node:module';

const requireModule = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on first use rather than at start-up: the yaml library is needed
 * only for files with problems, and loading it costs a sixth of the start-up of `validate`. (A
 * require through a variable also keeps it out of the bundle.)
 */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= requireModule(specifier) as T;
    return loaded;
  };
}
