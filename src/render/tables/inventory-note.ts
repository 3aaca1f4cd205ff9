import type { ScopeReport } from '../../compute/budget-report.js';
import type { Labels } from '../../i18n/labels.js';

/**
 * The note that says which inventory emission figures come from (a revised inventory moves every
 * figure, so progress must name its version): each file of the given scopes by its source, else
 * its path, with its vintage, once each; no note without files.
 */
export function inventoryNotes(scopes: readonly ScopeReport[], labels: Labels): string[] {
  const sources = new Map<string, { source: string; vintage: string | null }>();
  for (const scope of scopes) {
    for (const file of scope.inventoryFiles) {
      const item = { source: file.source ?? file.file, vintage: file.vintage };
      sources.set(`${item.source}\u0000${item.vintage}`, item);
    }
  }
  return sources.size === 0 ? [] : [labels.inventoryNote([...sources.values()])];
}
