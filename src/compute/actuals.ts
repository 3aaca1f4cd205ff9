import type { ScopeInventory } from '../model/budget.js';
import type { ActualTable } from './budget-report.js';

/** Finds actual(y, s): the inventory total of a sector in a year; undefined when not in the inventory. */
export function actualAt(inventory: ScopeInventory, year: number, sector: string): number | undefined {
  return inventory.byYear.get(year)?.get(sector)?.total;
}

/** Sums the actuals of `sectors` in a year (absent sectors count 0); undefined when the year is not in the inventory. */
export function sumActuals(inventory: ScopeInventory, year: number, sectors: readonly string[]): number | undefined {
  const byYear = inventory.byYear.get(year);
  if (byYear === undefined) return undefined;
  let sum = 0;
  for (const sector of sectors) sum += byYear.get(sector)?.total ?? 0;
  return sum;
}

/** Builds the table of actuals of a scope: inventory years × sectors (SPEC §5.1). */
export function computeActualTable(inventory: ScopeInventory): ActualTable {
  const years = [...inventory.years].sort((a, b) => a - b);
  const total = years.map((year) => {
    let sum = 0;
    for (const emissions of inventory.byYear.get(year)?.values() ?? []) sum += emissions.total;
    return sum;
  });
  const bySector = inventory.sectors.map((sector) => ({
    key: sector,
    values: years.map((year) => actualAt(inventory, year, sector) ?? null),
  }));
  return { years, total, bySector };
}
