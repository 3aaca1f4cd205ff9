import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget } from '../model/budget.js';

/** A follow-up period must lie between the first inventory year (or the plan start) and the horizon. */
export function checkFollowupPeriod(budget: Budget): Finding[] {
  // Its bounds come from the inventories and the horizon: not sound when a part of those failed to load.
  const unloaded = budget.unloaded;
  if (unloaded && (unloaded.manifest || unloaded.inventoryScopes === 'all' || unloaded.inventoryScopes.size > 0))
    return [];
  const firstInventoryYear = Math.min(
    ...[...budget.inventories.values()].map((inventory) => inventory.years[0] ?? Infinity),
  );
  const first = Math.min(firstInventoryYear, budget.manifest.planPeriod.start);
  const last = budget.manifest.horizon;
  return budget.followups
    .filter((record) => record.period.year < first || record.period.year > last)
    .map((record) => ({
      code: 'followup-unknown-period' as const,
      ...say('followupPeriodOutside', { period: record.period.label, first, last }),
      origin: { file: record.file, path: ['period'] },
    }));
}
