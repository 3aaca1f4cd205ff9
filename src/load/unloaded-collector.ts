import type { JsonPath } from '../diagnostics/diagnostic.js';
import { type Scope, scopes } from '../model/budget.js';
import type { Unloaded } from '../model/unloaded.js';
import type { FileKind } from '../model/written.js';
import { idAt } from './salvage.js';

/** What a file defines that others refer to: the list of measures or factors. */
const listOf: Partial<Record<FileKind, string>> = { measures: 'measures', factors: 'factors' };

/**
 * Gathers, while files load, what failed to load (SPEC §3): the ids of measures and factors,
 * the scopes of inventories and whether the manifest lost a part. A file that did not parse is
 * read for its `id:` and `scope:` lines, so that its ids are still known to be defined.
 */
export function collectUnloaded() {
  const ids: Record<'measures' | 'factors', Set<string> | 'all'> = { measures: new Set(), factors: new Set() };
  let inventoryScopes: Set<Scope> | 'all' = new Set();
  let manifest = false;
  let categories = false;
  const addId = (list: 'measures' | 'factors', id: string | undefined) => {
    const set = ids[list];
    if (set === 'all') return;
    if (id === undefined) ids[list] = 'all';
    else set.add(id);
  };
  const addScope = (scope: Scope | undefined) => {
    if (inventoryScopes === 'all') return;
    if (scope === undefined) inventoryScopes = 'all';
    else inventoryScopes.add(scope);
  };
  return {
    /** A file that did not load at all: its parsed data when it parsed, else its text when it could be read. */
    fileFailed(kind: FileKind, data: unknown, text: string | undefined): void {
      const list = listOf[kind] as 'measures' | 'factors' | undefined;
      if (list) {
        const items = data && typeof data === 'object' ? (data as Record<string, unknown>)[list] : undefined;
        if (Array.isArray(items))
          for (let index = 0; index < items.length; index++) addId(list, idAt(data, [list, index]));
        else if (text === undefined) addId(list, undefined);
        else for (const id of idsInText(text)) addId(list, id);
      } else if (kind === 'inventory') {
        addScope(scopeOf(data, text));
      } else if (kind === 'budget') {
        manifest = true;
        categories = true;
      }
    },
    /** A file that loaded without the parts at `dropped` (salvage.ts). */
    partsDropped(kind: FileKind, data: unknown, dropped: readonly JsonPath[]): void {
      const list = listOf[kind] as 'measures' | 'factors' | undefined;
      for (const path of dropped) {
        if (list && path[0] === list && path.length === 2) addId(list, idAt(data, path));
      }
      if (kind === 'inventory' && dropped.length > 0) addScope(scopeOf(data, undefined));
      if (kind === 'budget' && dropped.length > 0) manifest = true;
    },
    result(): Unloaded {
      return { measureIds: ids.measures, factorIds: ids.factors, inventoryScopes, manifest, categories };
    },
  };
}

/** The `id:` values written in a text that does not parse (indicators' ids too: a few more to skip is harmless). */
function idsInText(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s{,-])["']?id["']?[ \t]*:[ \t]*["']?([^"'\s,}\]#]+)/gm)].map(
    (match) => match[1] as string,
  );
}

/** The scope of an inventory: written in its data or its text, territorial when not written; undefined when unclear. */
function scopeOf(data: unknown, text: string | undefined): Scope | undefined {
  if (data && typeof data === 'object') {
    const written = (data as { scope?: unknown }).scope;
    if (written === undefined) return 'territorial';
    return scopes.find((scope) => scope === written);
  }
  if (text === undefined) return undefined;
  const match = /^scope[ \t]*:[ \t]*["']?([a-z_]+)/m.exec(text);
  if (!match) return /^scope\b/m.test(text) ? undefined : 'territorial';
  return scopes.find((scope) => scope === match[1]);
}
