import type { Finding } from '../diagnostics/finding.js';
import type { Budget } from '../model/budget.js';
import { inventoryUnloaded } from '../model/unloaded.js';

/**
 * An explicit baseline projects from the latest inventory year on (SPEC §5.3): a listed year at or
 * before it plays no part, which the adviser who wrote it will not expect.
 */
export function checkBaselineYearIgnored(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const baseline of budget.baselines.values()) {
    if (baseline.method !== 'explicit' || baseline.file === null || inventoryUnloaded(budget, baseline.scope)) continue;
    const latest = budget.inventories.get(baseline.scope)?.latestYear;
    if (latest === undefined) continue;
    for (const year of baseline.years.keys()) {
      if (year > latest) continue;
      findings.push({
        code: 'baseline-year-ignored',
        message: `The baseline year ${year} is at or before ${latest}, the latest ${baseline.scope} inventory year, so it is ignored.`,
        hint: `The baseline starts from the inventory's ${latest} figures and projects the years after it; remove ${year} or give a later year.`,
        origin: { file: baseline.file, path: ['years', String(year)] },
        at: 'key',
      });
    }
  }
  return findings;
}
