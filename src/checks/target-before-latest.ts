import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
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
      ...say('targetBeforeLatest', { id: target.id, year: target.year, latest, scope: target.scope }),
      origin: { file: target.origin.file, path: [...target.origin.path, 'year'] },
    });
  }
  return findings;
}
