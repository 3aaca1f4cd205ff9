import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
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
        ...say('baselineYearIgnored', { year, latest, scope: baseline.scope }),
        origin: { file: baseline.file, path: ['years', String(year)] },
        at: 'key',
      });
    }
  }
  return findings;
}
