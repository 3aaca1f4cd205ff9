import type { BudgetReport, ScopeReport } from '../compute/budget-report.js';
import { collectCancellations, effectRevisions } from '../compute/cancellations.js';
import { isCounted } from '../compute/counting.js';
import { effectRangeAt } from '../compute/measure-effect.js';
import { collectRevisions, type RevisionIndex } from '../compute/revisions.js';
import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget, Measure, Scope } from '../model/budget.js';

/** A finding with the scope/sector it is about, to tell overlapping findings apart. */
type SectorFinding = Finding & { sectorKey: string };

/** How many measure ids a message names before "and N more". */
const idsInMessage = 5;

/**
 * Checks the computed numbers (SPEC §6): effects exceeding a sector's baseline, overlap groups
 * exceeding it together, and counted measures that started in or before the latest inventory year.
 */
export function checkArithmetic(budget: Budget, report: BudgetReport): Finding[] {
  const counted = budget.measures.filter((measure) => isCounted(measure, budget.manifest.countStatuses));
  const revisions = effectRevisions(collectRevisions(budget.followups), collectCancellations(budget.followups));
  const scopes = new Map(report.scopes.map((scope) => [scope.scope, scope]));
  const overlaps = checkOverlapGroups(counted, scopes, revisions);
  // An overlap group that alone exceeds its sector explains the sector's excess better: say it once.
  const explained = new Set(overlaps.map((overlap) => overlap.sectorKey));
  return [
    ...checkEffectExceedsSector(counted, scopes, revisions).filter((finding) => !explained.has(finding.sectorKey)),
    ...overlaps,
    ...checkEffectBeforeLatest(counted, scopes),
  ].map(({ sectorKey: _sectorKey, ...finding }) => finding);
}

/** One finding per scope and sector whose counted effects exceed the baseline in some year after L. */
function checkEffectExceedsSector(
  counted: readonly Measure[],
  scopes: ReadonlyMap<Scope, ScopeReport>,
  revisions: RevisionIndex,
): SectorFinding[] {
  const findings: SectorFinding[] = [];
  for (const scope of scopes.values()) {
    for (const row of scope.effect.bySector) {
      const baseline = baselineRow(scope, row.key);
      const index = row.values.findIndex((effect, yearIndex) => exceeds(effect, baseline[yearIndex] ?? 0));
      if (index < 0) continue;
      const year = scope.effect.years[index] as number;
      const involved = counted.filter((measure) => measure.scope === scope.scope && measure.sector === row.key);
      const active = involved.filter(
        (measure) => effectRangeAt(measure, year, revisions.get(measure.id)).central !== 0,
      );
      const first = active[0] ?? involved[0];
      if (first === undefined) continue;
      const effect = row.values[index] as number;
      findings.push({
        sectorKey: `${scope.scope}/${row.key}`,
        code: 'effect-exceeds-sector',
        ...say('sectorExceeded', {
          ...idsOf(active.length > 0 ? active : involved),
          ...exceeded(row.key, scope.scope, effect, year, baseline[index] ?? 0),
        }),
        origin: { file: first.origin.file, path: [...first.origin.path, 'sector'] },
      });
    }
  }
  return findings;
}

/** One finding per overlap group (within one scope and sector) whose counted effects together exceed the baseline. */
function checkOverlapGroups(
  counted: readonly Measure[],
  scopes: ReadonlyMap<Scope, ScopeReport>,
  revisions: RevisionIndex,
): SectorFinding[] {
  const groups = new Map<string, Measure[]>();
  for (const measure of counted) {
    if (measure.overlapGroup === null) continue;
    const key = JSON.stringify([measure.overlapGroup, measure.scope, measure.sector]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [measure]);
    else group.push(measure);
  }
  const findings: SectorFinding[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Measure;
    const scope = scopes.get(first.scope);
    if (group.length < 2 || scope === undefined) continue;
    const baseline = baselineRow(scope, first.sector);
    for (const [index, year] of scope.baseline.years.entries()) {
      let effect = 0;
      for (const measure of group) effect += effectRangeAt(measure, year, revisions.get(measure.id)).central;
      if (!exceeds(effect, baseline[index] ?? 0)) continue;
      findings.push({
        sectorKey: `${first.scope}/${first.sector}`,
        code: 'overlap-group',
        ...say('overlapExceeded', {
          ...idsOf(group),
          group: String(first.overlapGroup),
          ...exceeded(first.sector, first.scope, effect, year, baseline[index] ?? 0),
        }),
        origin: { file: first.origin.file, path: [...first.origin.path, 'overlap_group'] },
      });
      break;
    }
  }
  return findings;
}

/** One finding per counted measure that starts in or before L of its scope. */
function checkEffectBeforeLatest(
  counted: readonly Measure[],
  scopes: ReadonlyMap<Scope, ScopeReport>,
): SectorFinding[] {
  const findings: SectorFinding[] = [];
  for (const measure of counted) {
    const latestYear = scopes.get(measure.scope)?.latestYear;
    if (latestYear === undefined || measure.start > latestYear) continue;
    findings.push({
      sectorKey: `${measure.scope}/${measure.sector}`,
      code: 'effect-before-latest',
      ...say('effectBeforeLatest', { id: measure.id, start: measure.start, latest: latestYear, scope: measure.scope }),
      origin: { file: measure.origin.file, path: [...measure.origin.path, 'start'] },
    });
  }
  return findings;
}

function baselineRow(scope: ScopeReport, sector: string): readonly number[] {
  return scope.baseline.bySector.find((row) => row.key === sector)?.values ?? [];
}

/** effect > baseline, ignoring floating-point noise. */
function exceeds(effect: number, baseline: number): boolean {
  return effect - baseline > 1e-9 * Math.max(1, Math.abs(baseline));
}

/** The ids a message names, at most a few, and how many more there are ("and N more"). */
function idsOf(measures: readonly Measure[]): { ids: string[]; more: number } {
  const ids = measures.slice(0, idsInMessage).map((measure) => measure.id);
  return { ids, more: measures.length - ids.length };
}

/** Where and by how much effects exceed the baseline: the figures both "exceeds" sentences give. */
function exceeded(sector: string, scope: Scope, effect: number, year: number, baseline: number) {
  return { sector, scope, tonnes: formatTonnes(effect), year, baseline: formatTonnes(baseline) };
}

/** Rounds tonnes for a message: whole tonnes from 100, else one decimal. */
function formatTonnes(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}
