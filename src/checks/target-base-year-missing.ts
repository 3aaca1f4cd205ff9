import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget } from '../model/budget.js';
import { inventoryUnloaded } from '../model/unloaded.js';

/** Every target's base year must be in the inventory of its scope (unless that inventory failed to load). */
export function checkTargetBaseYear(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const target of budget.targets) {
    if (inventoryUnloaded(budget, target.scope)) continue;
    const inventory = budget.inventories.get(target.scope);
    if (inventory?.byYear.has(target.baseYear)) continue;
    findings.push({
      code: 'target-base-year-missing',
      ...(inventory
        ? say('targetBaseYearMissing', {
            id: target.id,
            baseYear: target.baseYear,
            scope: target.scope,
            years: [...inventory.years],
          })
        : say('targetWithoutInventory', { id: target.id, scope: target.scope })),
      origin: { file: target.origin.file, path: [...target.origin.path, 'base_year'] },
    });
  }
  return findings;
}
