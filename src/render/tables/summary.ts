import type { BudgetReport, MeasureReport, TargetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { Labels } from '../../i18n/labels.js';
import type { Row, Table } from '../table.js';
import { column } from './column.js';
import { scopesOf } from './measures.js';
import { pathwayFormulas } from './pathway.js';
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

/**
 * The measures with the largest effect in the last plan year: per target (reached in or after the
 * plan start) among its own measures (counted, of its scope, in its covered sectors), with their
 * share of the target's effect; without such targets, per scope. A target (or scope) column appears only when there are several, so a budget
 * with one target reads as a plain list. Tonnes of different scopes are never compared or summed.
 */
function buildTopTable(report: BudgetReport, labels: Labels): Table {
  const { columns } = labels.summary.top;
  const year = report.planPeriod.end;
  const index = report.years.indexOf(year);
  const groups = topGroups(report, labels);
  const multi = groups.length > 1;
  const byTarget = report.targets.some((target) => target.year >= report.planPeriod.start);
  const rows: Row[] = groups.flatMap(({ label, members }) => {
    const total = members.reduce((sum, measure) => sum + (measure.effect[index] ?? 0), 0);
    return members
      .filter((measure) => (measure.effect[index] ?? 0) !== 0)
      .map((measure, order) => ({ measure, order, effect: measure.effect[index] ?? 0 }))
      .sort((a, b) => b.effect - a.effect || a.order - b.order)
      .slice(0, topCount)
      .map(({ measure, effect }) => ({
        cells: [
          ...(multi ? [label] : []),
          measure.id,
          measure.title,
          measure.currentStatus,
          effect,
          total === 0 ? null : effect / total,
        ],
      }));
  });
  const groupColumn = byTarget
    ? column('target', labels.summary.top.target, 'id')
    : column('scope', labels.measures.columns.scope, 'text');
  return {
    id: 'summary-top',
    title: multi && byTarget ? labels.summary.top.titleForTargets(year) : labels.summary.top.titleFor(year),
    columns: [
      ...(multi ? [groupColumn] : []),
      column('id', columns.id, 'id'),
      column('title', columns.title, 'text'),
      column('status', columns.status, 'status', { priority: 2 }),
      column('effect', labels.summary.top.effectIn(year), 'tonnes'),
      column('share', byTarget ? labels.summary.top.shareOfTarget : columns.share, 'ratio', { priority: 2 }),
    ],
    rows,
    notes: rows.length === 0 ? [labels.summary.noMeasures] : [],
  };
}

/** The measures each line of the top list draws on: each target's own, else each scope's. */
function topGroups(report: BudgetReport, labels: Labels): { label: string; members: MeasureReport[] }[] {
  const counted = report.measures.filter((measure) => measure.counted);
  // A target reached before the plan starts has no measures of the plan to list.
  const targets = report.targets.filter((target) => target.year >= report.planPeriod.start);
  if (targets.length > 0) {
    return targets.map((target) => {
      const covered = new Set(target.sectors);
      return {
        label: target.id,
        members: counted.filter((measure) => measure.scope === target.scope && covered.has(measure.sector)),
      };
    });
  }
  return scopesOf(counted).map((scope) => ({
    label: labels.scope[scope],
    members: counted.filter((measure) => measure.scope === scope),
  }));
}
