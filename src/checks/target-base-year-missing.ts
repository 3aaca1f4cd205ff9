import type { Finding } from '../diagnostics/finding.js';
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
      message: inventory
        ? `Target "${target.id}" is measured from ${target.baseYear}, but the ${target.scope} inventory has no figures for that year.`
        : `Target "${target.id}" is for the ${target.scope} scope, which has no inventory.`,
      hint: inventory
        ? `The inventory has ${describeYears(inventory.years)}; add ${target.baseYear} or choose one of those years.`
        : target.scope === 'territorial'
          ? 'Add an inventory file, e.g. from Miljødirektoratet’s statistics: `klimabudsjett import mdir FILE --municipality NAME -o inventory/mdir.yaml`.'
          : `Add an inventory file with \`scope: ${target.scope}\`.`,
      origin: { file: target.origin.file, path: [...target.origin.path, 'base_year'] },
    });
  }
  return findings;
}

function describeYears(years: readonly number[]): string {
  return years.length > 6 ? `${years[0]}–${years.at(-1)} (${years.length} years)` : years.join(', ');
}
