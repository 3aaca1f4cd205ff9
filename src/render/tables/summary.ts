import type { BudgetReport, TargetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { Labels } from '../../i18n/labels.js';
import type { Row, Table } from '../table.js';
import { column } from './column.js';
import { pathwayFormulas } from './pathway-formulas.js';
import type { TableOptions } from './table-options.js';

/** How many measures the summary names. */
const topCount = 5;

/**
 * Builds the one-screen summary: each target's change from its base year to the latest inventory
 * year against the target, the reduction need, effect, gap and coverage in the plan years (the gap
 * with decided measures beside the gap with proposals too), and the measures with the largest
 * effect in the last plan year.
 */
export function buildSummaryTables(report: BudgetReport, options: TableOptions): Table[] {
  const labels = labelsFor(options.language);
  return [buildTargetsTable(report, labels), buildPlanTable(report, labels), buildTopTable(report, labels)];
}

function buildTargetsTable(report: BudgetReport, labels: Labels): Table {
  const { columns } = labels.summary.targets;
  const notes = report.targets.flatMap((target) => (target.title === null ? [] : [`${target.id}: ${target.title}`]));
  return {
    id: 'summary-targets',
    title: labels.summary.targets.titleFor(report.municipality.name, report.planPeriod.start, report.planPeriod.end),
    columns: [
      column('target', columns.target, 'id'),
      column('base_year', columns.base_year, 'year', { priority: 3 }),
      column('base', columns.base, 'tonnes', { priority: 2 }),
      column('latest_year', columns.latest_year, 'year', { priority: 3 }),
      column('latest', columns.latest, 'tonnes', { priority: 2 }),
      column('change_pct', columns.change_pct, 'percent'),
      column('target_pct', columns.target_pct, 'percent'),
      column('on_track', columns.on_track, 'boolean', { colorBy: 'verdict' }),
      column('meets_target', columns.meets_target, 'boolean', { colorBy: 'verdict', priority: 2 }),
    ],
    rows: report.targets.map((target) => ({
      cells: [
        target.id,
        target.baseYear,
        target.base,
        target.progress.latestYear,
        target.progress.latest,
        target.progress.achievedPct === null ? null : -target.progress.achievedPct,
        targetChangePct(target),
        target.progress.onTrack,
        target.progress.meetsTarget,
      ],
    })),
    notes: report.targets.length === 0 ? [labels.summary.noTargets] : notes,
  };
}

/** The change the target asks for, in % of the base (−35 for a 35 % cut). */
function targetChangePct(target: TargetReport): number | null {
  if (target.reductionPct !== null) return -target.reductionPct;
  return target.base === 0 ? null : ((target.level - target.base) / target.base) * 100;
}

function buildPlanTable(report: BudgetReport, labels: Labels): Table {
  const { columns, title } = labels.summary.plan;
  const planYears = new Set(report.planYears);
  const rows: Row[] = [];
  for (const target of report.targets) {
    target.years.forEach((year, index) => {
      if (!planYears.has(year)) return;
      rows.push({
        cells: [
          target.id,
          year,
          target.need[index] ?? null,
          target.effect[index] ?? null,
          target.decided.gap[index] ?? null,
          target.gap[index] ?? null,
          target.coverage[index] ?? null,
        ],
      });
    });
  }
  return {
    id: 'summary-plan',
    title,
    columns: [
      column('target', columns.target, 'id'),
      column('year', columns.year, 'year'),
      // The path is in the pathway table: the summary's room goes to the gap with decided measures.
      column('need', columns.need, 'tonnes'),
      column('effect', columns.effect, 'tonnes'),
      column('gap_decided', columns.gap_decided, 'tonnes', { colorBy: 'gap' }),
      column('gap', columns.gap, 'tonnes', { formula: '{need} - {effect}', colorBy: 'gap' }),
      column('coverage', columns.coverage, 'ratio', { formula: pathwayFormulas.coverage }),
    ],
    rows,
  };
}

function buildTopTable(report: BudgetReport, labels: Labels): Table {
  const { columns } = labels.summary.top;
  const year = report.planPeriod.end;
  const index = report.years.indexOf(year);
  const total = report.totals.total[index] ?? 0;
  const top = report.measures
    .filter((measure) => measure.counted && (measure.effect[index] ?? 0) !== 0)
    .map((measure, order) => ({ measure, order, effect: measure.effect[index] ?? 0 }))
    .sort((a, b) => b.effect - a.effect || a.order - b.order)
    .slice(0, topCount);
  return {
    id: 'summary-top',
    title: labels.summary.top.titleFor(year),
    columns: [
      column('id', columns.id, 'id'),
      column('title', columns.title, 'text'),
      column('status', columns.status, 'status', { priority: 2 }),
      column('effect', labels.summary.top.effectIn(year), 'tonnes'),
      column('share', columns.share, 'ratio', { priority: 2 }),
    ],
    rows: top.map(({ measure, effect }) => ({
      cells: [measure.id, measure.title, measure.currentStatus, effect, total === 0 ? null : effect / total],
    })),
    notes: top.length === 0 ? [labels.summary.noMeasures] : [],
  };
}
