import type { Finding } from '../diagnostics/finding.js';
import type { Budget } from '../model/budget.js';
import { inventoryUnloaded } from '../model/unloaded.js';

/** A target whose year the inventory already covers: there is no path left to compute, only progress. */
export function checkTargetBeforeLatest(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const target of budget.targets) {
    if (inventoryUnloaded(budget, target.scope)) continue;
    const latest = budget.inventories.get(target.scope)?.latestYear;
    if (latest === undefined || target.year > latest || target.baseYear >= target.year) continue;
    findings.push({
      code: 'target-before-latest',
      message: `Target "${target.id}" is for ${target.year}, at or before ${latest}, the latest ${target.scope} inventory year: only its progress is shown.`,
      hint: 'Its outcome is in the inventory already; there is no path, need or gap left to compute for it.',
      origin: { file: target.origin.file, path: [...target.origin.path, 'year'] },
    });
  }
  return findings;
}
