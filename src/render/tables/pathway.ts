import type { BudgetReport, ScopeReport, TargetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { Labels } from '../../i18n/labels.js';
import { numberFormatFor } from '../number-format.js';
import type { CellValue, Column, Row, Table } from '../table.js';
import { column } from './column.js';
import { inventoryNotes } from './inventory-note.js';
import { pathwayFormulas } from './pathway-formulas.js';
import type { TableOptions } from './table-options.js';

/**
 * Builds one pathway table per target: per year from the base year, the actual emissions of the
 * target's sectors, then from the year after the latest inventory year the baseline, the measures'
 * effect, the projected emissions (tiltaksbane), the path (utslippsramme), the gap with decided
 * measures and with proposals too, the need and the coverage. Without targets, one table per scope with the actuals, baseline, effect and
 * projection.
 */
export function buildPathwayTables(report: BudgetReport, options: TableOptions): Table[] {
  const labels = labelsFor(options.language);
  if (report.targets.length === 0) return report.scopes.map((scope) => buildScopeTable(scope, labels));
  return report.targets.map((target) =>
    buildTargetTable(
      target,
      report.scopes.filter((scope) => scope.scope === target.scope),
      labels,
    ),
  );
}

function pathwayColumns(labels: Labels): Column[] {
  const { columns } = labels.pathway;
  return [
    column('year', columns.year, 'year'),
    column('actual', columns.actual, 'tonnes'),
    column('baseline', columns.baseline, 'tonnes'),
    column('effect', columns.effect, 'tonnes'),
    column('projected', columns.projected, 'tonnes', { formula: pathwayFormulas.projected }),
    column('path', columns.path, 'tonnes'),
    column('gap_decided', columns.gap_decided, 'tonnes', { colorBy: 'gap' }),
    column('gap', columns.gap, 'tonnes', { formula: pathwayFormulas.gap, colorBy: 'gap' }),
    // A narrow terminal leaves out need (baseline − path), then coverage, to keep both gaps.
    column('need', columns.need, 'tonnes', { formula: pathwayFormulas.need, priority: 3 }),
    column('coverage', columns.coverage, 'ratio', { formula: pathwayFormulas.coverage, priority: 2 }),
  ];
}

function buildTargetTable(target: TargetReport, scopes: readonly ScopeReport[], labels: Labels): Table {
  const numbers = numberFormatFor(labels.language);
  const latestYear = target.progress.latestYear ?? Number.POSITIVE_INFINITY;
  const rows: Row[] = [];
  target.actual.years.forEach((year, index) => {
    if (year < target.baseYear || year > latestYear) return;
    rows.push({ cells: [year, target.actual.values[index] ?? null, null, null, null, null, null, null, null, null] });
  });
  target.years.forEach((year, index) => {
    const at = (values: readonly (number | null)[]): CellValue => values[index] ?? null;
    rows.push({
      cells: [
        year,
        null,
        at(target.baseline),
        at(target.effect),
        at(target.projected),
        at(target.path),
        at(target.decided.gap),
        at(target.gap),
        at(target.need),
        at(target.coverage),
      ],
    });
  });
  return {
    id: `pathway-${target.id}`,
    title: labels.pathway.titleFor(target.id),
    caption: labels.pathway.captionFor({
      title: target.title,
      base: numbers.format(target.base, 'tonnes'),
      baseYear: target.baseYear,
      level: numbers.format(target.level, 'tonnes'),
      year: target.year,
      pct: target.reductionPct === null ? null : numbers.format(-target.reductionPct, 'percent'),
    }),
    columns: pathwayColumns(labels),
    rows,
    notes: [
      labels.pathway.pathNote(
        target.trajectory === 'linear_from_latest' ? 'latest' : 'base',
        target.milestones.map((milestone) => milestone.year),
      ),
      labels.pathway.coverageNote,
      labels.pathway.decidedNote,
      ...inventoryNotes(scopes, labels),
    ],
  };
}

function buildScopeTable(scope: ScopeReport, labels: Labels): Table {
  const rows: Row[] = [];
  scope.actual.years.forEach((year, index) => {
    rows.push({ cells: [year, scope.actual.total[index] ?? null, null, null, null] });
  });
  scope.baseline.years.forEach((year, index) => {
    rows.push({
      cells: [
        year,
        null,
        scope.baseline.total[index] ?? null,
        scope.effect.total[index] ?? null,
        scope.projected.total[index] ?? null,
      ],
    });
  });
  return {
    id: `pathway-${scope.scope}`,
    title: labels.pathway.scopeTitleFor(labels.scope[scope.scope]),
    caption: labels.units.tonnes,
    columns: pathwayColumns(labels).slice(0, 5),
    rows,
    notes: inventoryNotes([scope], labels),
  };
}
