import type { Scope } from './budget.js';

/**
 * What did not load because of an earlier error (a schema or syntax error): the checks that
 * resolve references skip what they cannot resolve, so that one typo makes one error rather than
 * a cascade of false ones (SPEC §3: a measures file that failed to load makes no `unknown-measure`).
 * `'all'` when a file failed so badly that what it defines cannot be told.
 */
export interface Unloaded {
  measureIds: ReadonlySet<string> | 'all';
  factorIds: ReadonlySet<string> | 'all';
  /** Scopes whose inventory lost a file or a part of one. */
  inventoryScopes: ReadonlySet<Scope> | 'all';
  /** The manifest lost a part (a target, an unknown key): the horizon it implies may be wrong. */
  manifest: boolean;
  /** The manifest did not load at all: its `categories:` (own sectors of two scopes) are unknown. */
  categories: boolean;
}

/** Nothing failed to load. */
export const nothingUnloaded: Unloaded = {
  measureIds: new Set(),
  factorIds: new Set(),
  inventoryScopes: new Set(),
  manifest: false,
  categories: false,
};

/** True when `item` (or everything) is among what failed to load. */
export function isUnloaded<T>(set: ReadonlySet<T> | 'all', item: T): boolean {
  return set === 'all' || set.has(item);
}

/** True when the inventory of `scope` lost a file or a part: checks of its years and sources skip it. */
export function inventoryUnloaded(budget: { unloaded?: Unloaded }, scope: Scope): boolean {
  return isUnloaded((budget.unloaded ?? nothingUnloaded).inventoryScopes, scope);
}
