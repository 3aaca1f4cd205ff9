import type { BudgetReport, MeasureReport, TargetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type {
  HeaderText,
  Labels,
  SummaryPlanColumn,
  SummaryTargetsColumn,
  SummaryTopColumn,
} from '../../i18n/labels.js';
import type { CellValue, Table } from '../table.js';
import { type Catalogue, type View, viewCells, viewColumns, viewTable } from './catalogue.js';
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

/** The fields of a target, said once for the summary's target table and the Sammendrag sheet's blocks. */
export const targetFields: Catalogue<SummaryTargetsColumn, TargetReport, Labels> = {
  target: { type: 'id', value: (target) => target.id },
  scope: { type: 'text', value: (target, labels) => labels.scope[target.scope] },
  base_year: { type: 'year', priority: 3, value: (target) => target.baseYear },
  base: { type: 'tonnes', priority: 2, value: (target) => target.base },
  year: { type: 'year', value: (target) => target.year },
  reduction: { type: 'percent', value: (target) => target.reductionPct },
  // Percent cells hold fractions in the workbook (35 % is 0.35), so the level is base × (1 − it).
  level: { type: 'tonnes', formula: '{base} * (1 - {reduction})', value: (target) => target.level },
  latest_year: { type: 'year', priority: 3, value: (target) => target.progress.latestYear },
  latest: { type: 'tonnes', priority: 2, value: (target) => target.progress.latest },
  change_pct: {
    type: 'percent',
    value: ({ progress }) => (progress.achievedPct === null ? null : -progress.achievedPct),
  },
  target_pct: { type: 'percent', value: (target) => targetChangePct(target) },
  achieved: {
    type: 'ratio',
    formula: 'IF({base} <> 0, ({base} - {latest}) / {base}, "")',
    value: ({ progress }) => (progress.achievedPct === null ? null : progress.achievedPct / 100),
  },
  progress: {
    type: 'ratio',
    formula: 'IF({base} <> {level}, ({base} - {latest}) / ({base} - {level}), "")',
    value: (target) => target.progress.progressRatio,
  },
  on_track: { type: 'boolean', colorBy: 'verdict', value: (target) => target.progress.onTrack },
  required_annual: {
    type: 'tonnes',
    formula: '({latest} - {level}) / ({year} - {latest_year})',
    value: (target) => target.progress.requiredAnnualT,
  },
  projected_at_year: { type: 'tonnes', value: (target) => target.progress.projectedAtYear },
  meets_target: { type: 'boolean', colorBy: 'verdict', priority: 2, value: (target) => target.progress.meetsTarget },
  cumulative_overshoot: { type: 'tonnes', colorBy: 'gap', value: (target) => target.progress.cumulativeOvershoot },
};

const targetsView: View<SummaryTargetsColumn> = {
  kind: 'listing',
  ids: ['target', 'base_year', 'base', 'latest_year', 'latest', 'change_pct', 'target_pct', 'on_track', 'meets_target'],
};

function buildTargetsTable(report: BudgetReport, labels: Labels): Table {
  const notes = report.targets.flatMap((target) => (target.title === null ? [] : [`${target.id}: ${target.title}`]));
  return {
    id: 'summary-targets',
    title: labels.summary.targets.titleFor(report.municipality.name, report.planPeriod.start, report.planPeriod.end),
    columns: viewColumns(targetFields, targetsView, labels.summary.targets.columns),
    rows: report.targets.map((target) => ({ cells: viewCells(targetFields, targetsView, target, labels) })),
    notes: report.targets.length === 0 ? [labels.summary.noTargets] : notes,
  };
}

/** The change the target asks for, in % of the base (−35 for a 35 % cut). */
function targetChangePct(target: TargetReport): number | null {
  if (target.reductionPct !== null) return -target.reductionPct;
  return target.base === 0 ? null : ((target.level - target.base) / target.base) * 100;
}

/** A target in one plan year: the year's place in the target's series. */
interface PlanRow {
  target: TargetReport;
  index: number;
}

const planAt =
  (series: (target: TargetReport) => readonly (number | null)[]) =>
  ({ target, index }: PlanRow): CellValue =>
    series(target)[index] ?? null;

/** The columns of the summary's plan table: a target's need, effect, gaps and coverage in a plan year. */
const planColumns: Catalogue<SummaryPlanColumn, PlanRow, null> = {
  target: { type: 'id', value: ({ target }) => target.id },
  year: { type: 'year', value: ({ target, index }) => target.years[index] ?? null },
  need: { type: 'tonnes', value: planAt((target) => target.need) },
  effect: { type: 'tonnes', value: planAt((target) => target.effect) },
  gap_decided: { type: 'tonnes', colorBy: 'gap', value: planAt((target) => target.decided.gap) },
  gap: { type: 'tonnes', formula: '{need} - {effect}', colorBy: 'gap', value: planAt((target) => target.gap) },
  coverage: { type: 'ratio', formula: pathwayFormulas.coverage, value: planAt((target) => target.coverage) },
};

// The path is in the pathway table: the summary's room goes to the gap with decided measures. The
// effect (with the proposals) stands between the two gaps, beside the gap it makes (need − effect),
// so that it does not read as the decided gap's effect.
const planView: View<SummaryPlanColumn> = {
  kind: 'listing',
  ids: ['target', 'year', 'need', 'gap_decided', 'effect', 'gap', 'coverage'],
};

function buildPlanTable(report: BudgetReport, labels: Labels): Table {
  const planYears = new Set(report.planYears);
  const rows = report.targets.flatMap((target) =>
    target.years.flatMap((year, index): PlanRow[] => (planYears.has(year) ? [{ target, index }] : [])),
  );
  return {
    id: 'summary-plan',
    title: labels.summary.plan.title,
    ...viewTable(planColumns, planView, labels.summary.plan.columns, rows, null),
  };
}

/**
 * The measures with the largest effect in the last plan year: per target (reached in or after the
 * plan start) among its own measures (counted, of its scope, in its covered sectors), with their
 * share of the target's effect; without such targets, per scope. A target (or scope) column appears only when there are several, so a budget
 * with one target reads as a plain list. Tonnes of different scopes are never compared or summed.
 */
/** A line of the top list: a measure, its effect in the year and its share of its group's effect. */
interface TopRow {
  /** The group's label: the target's id, else the scope's name. */
  group: string;
  measure: MeasureReport;
  effect: number;
  share: number | null;
}

/** A column of the top list: its own, or the group's (a target, else a scope) when there are several. */
type TopId = SummaryTopColumn | 'target' | 'scope';

const topColumns: Catalogue<TopId, TopRow, null> = {
  target: { type: 'id', value: (row) => row.group },
  scope: { type: 'text', value: (row) => row.group },
  id: { type: 'id', value: (row) => row.measure.id },
  title: { type: 'text', value: (row) => row.measure.title },
  status: { type: 'status', priority: 2, value: (row) => row.measure.currentStatus },
  effect: { type: 'tonnes', value: (row) => row.effect },
  share: { type: 'ratio', priority: 2, value: (row) => row.share },
};

const topIds: readonly TopId[] = ['id', 'title', 'status', 'effect', 'share'];

function buildTopTable(report: BudgetReport, labels: Labels): Table {
  const { top } = labels.summary;
  const year = report.planPeriod.end;
  const index = report.years.indexOf(year);
  const groups = topGroups(report, labels);
  const multi = groups.length > 1;
  const byTarget = report.targets.some((target) => target.year >= report.planPeriod.start);
  const rows: TopRow[] = groups.flatMap(({ label, members }) => {
    const total = members.reduce((sum, measure) => sum + (measure.effect[index] ?? 0), 0);
    return members
      .filter((measure) => (measure.effect[index] ?? 0) !== 0)
      .map((measure, order) => ({ measure, order, effect: measure.effect[index] ?? 0 }))
      .sort((a, b) => b.effect - a.effect || a.order - b.order)
      .slice(0, topCount)
      .map(({ measure, effect }) => ({ group: label, measure, effect, share: total === 0 ? null : effect / total }));
  });
  const groupId: TopId = byTarget ? 'target' : 'scope';
  const view: View<TopId> = { kind: 'listing', ids: multi ? [groupId, ...topIds] : topIds };
  const headers: Record<TopId, HeaderText> = {
    ...top.columns,
    target: top.target,
    scope: labels.measures.columns.scope,
    effect: top.effectIn(year),
    share: byTarget ? top.shareOfTarget : top.columns.share,
  };
  return {
    id: 'summary-top',
    title: multi && byTarget ? top.titleForTargets(year) : top.titleFor(year),
    ...viewTable(topColumns, view, headers, rows, null),
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
