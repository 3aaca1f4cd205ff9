import type { Finding } from '../diagnostics/finding.js';
import { type Subject, say } from '../i18n/messages/index.js';
import type { Budget, Origin } from '../model/budget.js';

/**
 * A reduction written with the wrong sign or as a fraction. `reduction_pct: -55` (copied from
 * "−55 %") would raise the limit above the base year; `0.55` would ask for a cut of 0.55 %.
 */
export function checkTargetReduction(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const target of budget.targets) {
    const points = [
      { what: { target: target.id } as Subject, pct: target.reductionPct, origin: target.origin },
      ...target.milestones.map((milestone) => ({
        what: { target: target.id, milestone: milestone.year },
        pct: milestone.reductionPct,
        origin: milestone.origin,
      })),
    ];
    for (const { what, pct, origin } of points) {
      if (pct === null) continue;
      const at: Origin = { file: origin.file, path: [...origin.path, 'reduction_pct'] };
      const finding = reductionFinding(what, pct, at);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function reductionFinding(what: Subject, pct: number, origin: Origin): Finding | undefined {
  if (pct <= 0 || pct > 100) {
    return {
      code: 'target-reduction-sign',
      ...(pct <= 0 ? say('reductionNoCut', { what, pct }) : say('reductionAbove100', { what, pct })),
      origin,
    };
  }
  if (pct < 1) {
    const asPercent = Math.round(pct * 1e6) / 1e4;
    return {
      code: 'target-reduction-fraction',
      ...say('reductionFraction', { what, pct, asPercent }),
      origin,
    };
  }
  return undefined;
}
