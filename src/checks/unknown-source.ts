import { nearestList } from '../diagnostics/describe.js';
import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget, Measure, ScopeInventory } from '../model/budget.js';
import { inventoryUnloaded } from '../model/unloaded.js';

/** A measure's `source` must name one of the inventory's sources in its sector (a typo would match nothing). */
export function checkUnknownSource(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const measure of budget.measures) {
    if (measure.source === null || inventoryUnloaded(budget, measure.scope)) continue;
    const inventory = budget.inventories.get(measure.scope);
    if (!inventory) continue;
    const known = sourcesOf(inventory.byYear, measure.sector);
    if (known.includes(measure.source)) continue;
    findings.push(finding(measure, measure.source, known));
  }
  return findings;
}

/** Every source name the inventory gives for a sector, in any year. */
function sourcesOf(byYear: ScopeInventory['byYear'], sector: string): string[] {
  const names = new Set<string>();
  for (const sectors of byYear.values()) for (const name of sectors.get(sector)?.sources.keys() ?? []) names.add(name);
  return [...names].sort();
}

function finding(measure: Measure, source: string, known: readonly string[]): Finding {
  const near = nearestList(source, known);
  return {
    code: 'unknown-source',
    ...say('unknownSource', { id: measure.id, source, scope: measure.scope, sector: measure.sector, near, known }),
    origin: { file: measure.origin.file, path: [...measure.origin.path, 'source'] },
  };
}
