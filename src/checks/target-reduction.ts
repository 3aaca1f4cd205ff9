import type { Finding } from '../diagnostics/finding.js';
import type { Budget, Origin } from '../model/budget.js';

/**
 * A reduction written with the wrong sign or as a fraction. `reduction_pct: -55` (copied from
 * "−55 %") would raise the limit above the base year; `0.55` would ask for a cut of 0.55 %.
 */
export function checkTargetReduction(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const target of budget.targets) {
    const points = [
      { what: `Target "${target.id}"`, pct: target.reductionPct, origin: target.origin },
      ...target.milestones.map((milestone) => ({
        what: `Milestone ${milestone.year} of target "${target.id}"`,
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

function reductionFinding(what: string, pct: number, origin: Origin): Finding | undefined {
  if (pct <= 0 || pct > 100) {
    return {
      code: 'target-reduction-sign',
      message:
        pct <= 0
          ? `${what} has \`reduction_pct: ${pct}\`, which is no cut: a reduction is a positive percentage.`
          : `${what} has \`reduction_pct: ${pct}\`, a cut of more than 100 %.`,
      hint:
        pct < 0
          ? `A cut of ${-pct} % is written \`reduction_pct: ${-pct}\` (without the minus); for a level in tonnes use \`level_t:\`.`
          : 'A cut of 55 % is written `reduction_pct: 55`; the reduction lies above 0 and at most 100.',
      origin,
    };
  }
  if (pct < 1) {
    const asPercent = Math.round(pct * 1e6) / 1e4;
    return {
      code: 'target-reduction-fraction',
      message: `${what} has \`reduction_pct: ${pct}\`, a cut of only ${pct} %.`,
      hint: `Did you mean \`reduction_pct: ${asPercent}\` (${asPercent} %)? The reduction is written in percent, not as a fraction.`,
      origin,
    };
  }
  return undefined;
}
