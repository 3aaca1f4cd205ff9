import type { BudgetReport, TargetReport } from '../../compute/budget-report.js';
import { valueInYear } from '../../compute/years.js';
import type { HtmlLabels } from '../../i18n/labels.js';
import type { Language, Scope } from '../../model/budget.js';
import { sectorLabel } from '../../model/sectors.js';
import type { Spec } from './chart-render.js';

/**
 * The charts of the HTML report as vega-lite specifications, rendered to SVG by chart-render.ts.
 */

/**
 * Colours of the series, the same in every chart (colour-blind safe, after Okabe–Ito): keyed by
 * series, never by order of appearance.
 */
export const seriesColours = {
  actual: '#000000',
  baseline: '#7a7a7a',
  path: '#d55e00',
  projected: '#0072b2',
  decided: '#009e73',
  band: '#56b4e9',
  gapPositive: '#b3261e',
  gapNegative: '#1e7b34',
} as const;

/**
 * One colour per sector id, in every chart of every report (after Paul Tol's colour-blind-safe
 * "muted" scheme, with Okabe–Ito's orange for the tenth); `other` is grey. A budget's own
 * categories take the colours of `categoryColours` in the order the manifest declares them.
 */
export const sectorColours: Readonly<Record<string, string>> = {
  industry: '#332288',
  energy_supply: '#882255',
  heating: '#cc6677',
  road_traffic: '#ddcc77',
  shipping: '#88ccee',
  aviation: '#aa4499',
  other_mobile: '#999933',
  agriculture: '#117733',
  waste_wastewater: '#44aa99',
  fgas_products: '#e69f00',
  other: '#bbbbbb',
};

/** The colours of a budget's own categories (Paul Tol's "bright"), in declared order. */
const categoryColours = ['#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377'];

const width = 640;
const height = 260;
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const config = {
  font,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, orient: 'bottom', direction: 'horizontal', labelLimit: 0, columns: 4, title: null },
};

/**
 * The emission limit in `year`: the path's anchors joined linearly (as the path is), the latest
 * actual before the first anchor. Used where the lines start, at the latest actual year.
 */
function pathAt(target: TargetReport, year: number, fallback: number): number {
  const anchors = target.anchors;
  const after = anchors.findIndex((anchor) => anchor.year >= year);
  if (after < 0) return anchors.at(-1)?.value ?? fallback;
  const next = anchors[after] as { year: number; value: number };
  if (next.year === year) return next.value;
  const previous = anchors[after - 1];
  if (previous === undefined) return fallback;
  return previous.value + ((next.value - previous.value) * (year - previous.year)) / (next.year - previous.year);
}

/**
 * The pathway of a target: actuals, baseline, the emission limit, the projection with its low–high
 * band and the projection with decided measures only, all starting at the latest actual year, so
 * they join the actuals (a target one year ahead is a line, not a lone dot); milestones and the
 * target marked.
 */
export function pathwaySpec(target: TargetReport, labels: HtmlLabels): Spec {
  const { actual, years } = target;
  const rows: { year: number; series: string; value: number }[] = [];
  const add = (series: string, year: number, value: number | null | undefined) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) rows.push({ year, series, value });
  };
  actual.years.forEach((year, index) => {
    add(labels.series.actual, year, actual.values[index]);
  });
  const latestYear = actual.years.at(-1);
  const latest = actual.values.at(-1);
  const startsAtLatest = latestYear !== undefined && latest !== undefined && years.length > 0;
  if (startsAtLatest) {
    for (const series of [labels.series.baseline, labels.series.projected, labels.series.decided]) {
      add(series, latestYear, latest);
    }
    add(labels.series.path, latestYear, pathAt(target, latestYear, latest));
  }
  years.forEach((year, index) => {
    const projected = target.projected[index];
    const effect = target.effect[index];
    const decidedEffect = target.decided.effect[index];
    add(labels.series.baseline, year, target.baseline[index]);
    add(labels.series.projected, year, projected);
    add(labels.series.path, year, target.path[index]);
    if (projected !== undefined && effect !== undefined && decidedEffect !== undefined) {
      add(labels.series.decided, year, projected + effect - decidedEffect);
    }
  });
  const band = years.flatMap((year, index) => {
    const baseline = target.baseline[index];
    const low = target.effectLow[index];
    const high = target.effectHigh[index];
    if (baseline === undefined || low === undefined || high === undefined) return [];
    return [{ year, lower: baseline - high, upper: baseline - low, series: labels.series.range }];
  });
  if (startsAtLatest && band.length > 0)
    band.unshift({ year: latestYear, lower: latest, upper: latest, series: labels.series.range });
  const marks = [
    ...target.milestones.map((milestone) => ({
      year: milestone.year,
      value: milestone.level,
      mark: labels.series.milestone,
    })),
    { year: target.year, value: target.level, mark: labels.series.target },
  ];
  const series = [
    labels.series.actual,
    labels.series.baseline,
    labels.series.path,
    labels.series.projected,
    labels.series.decided,
    labels.series.range,
  ];
  const range = [
    seriesColours.actual,
    seriesColours.baseline,
    seriesColours.path,
    seriesColours.projected,
    seriesColours.decided,
    seriesColours.band,
  ];
  const x = { field: 'year', type: 'quantitative', title: null, axis: { format: 'd', tickMinStep: 1 } };
  const y = {
    field: 'value',
    type: 'quantitative',
    title: labels.axes.tonnes,
    scale: { zero: true },
    axis: { format: ',.0f' },
  };
  const color = {
    field: 'series',
    type: 'nominal',
    scale: { domain: series, range },
    legend: { symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1 },
  };
  // One layer per kind of stroke (a strokeDash channel would drop the legend).
  const lines = (shown: readonly string[], dash: readonly number[] | null, strokeWidth = 2) => ({
    data: { values: rows.filter((row) => shown.includes(row.series)) },
    mark: { type: 'line', strokeWidth, point: { size: 14 }, ...(dash === null ? {} : { strokeDash: dash }) },
    encoding: { x, y, color },
  });
  return {
    width,
    height,
    config,
    layer: [
      {
        data: { values: band },
        mark: { type: 'area', opacity: 0.35, line: { strokeWidth: 0.75, opacity: 0.9 } },
        encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color },
      },
      lines([labels.series.actual, labels.series.projected], null, 2.5),
      lines([labels.series.baseline, labels.series.path], [6, 3]),
      lines([labels.series.decided], [2, 2]),
      {
        data: { values: marks },
        mark: { type: 'point', filled: true, size: 90, color: seriesColours.path, stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          x,
          y,
          shape: {
            field: 'mark',
            type: 'nominal',
            title: null,
            scale: { domain: [labels.series.milestone, labels.series.target], range: ['diamond', 'triangle-down'] },
          },
        },
      },
    ],
  };
}

/** Effects of counted measures of one scope by sector in each report year, stacked (one chart per scope: SPEC §5.6). */
export function sectorEffectSpec(report: BudgetReport, labels: HtmlLabels, scope: Scope, language: Language): Spec {
  const { totals } = report;
  const bySector = totals.scopes.find((item) => item.scope === scope)?.bySector ?? [];
  const sectors = bySector.map((row) => sectorLabel(row.key, language, report.categories));
  const values = bySector.flatMap((row, rowIndex) =>
    totals.years.map((year, index) => ({ year, sector: sectors[rowIndex], value: row.values[index] ?? 0 })),
  );
  return {
    width,
    height,
    config,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
      y: {
        field: 'value',
        type: 'quantitative',
        stack: 'zero',
        title: labels.axes.tonnesPerYear,
        axis: { format: ',.0f' },
      },
      color: {
        field: 'sector',
        type: 'nominal',
        sort: sectors,
        scale: {
          domain: sectors,
          range: coloursOf(
            bySector.map((row) => row.key),
            report,
          ),
        },
      },
      order: { field: 'order', type: 'quantitative' },
    },
    transform: [{ calculate: `indexof(${JSON.stringify(sectors)}, datum.sector)`, as: 'order' }],
  };
}

/**
 * The abatement cost curve of one scope: each measure a step as wide as its effect and as high as
 * its cost per tonne (one curve per scope: tonnes of different scopes are never added, SPEC §5.6).
 */
export function abatementSpec(report: BudgetReport, labels: HtmlLabels, scope: Scope, language: Language): Spec {
  const curve = report.abatementCurve.filter((step) => step.scope === scope);
  const sectors = [...new Set(curve.map((step) => step.sector))];
  const names = sectors.map((sector) => sectorLabel(sector, language, report.categories));
  // Only steps wide enough for their id are labelled (a curve of 10 000 measures would be a smudge).
  const total = curve.at(-1)?.cumulativeEndT ?? 0;
  const values = curve.map((step) => ({
    id: step.widthT >= total * 0.03 ? step.id : '',
    start: step.cumulativeStartT,
    end: step.cumulativeEndT,
    cost: step.nokPerT,
    sector: sectorLabel(step.sector, language, report.categories),
  }));
  return {
    width,
    height,
    config,
    data: { values },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          x: { field: 'start', type: 'quantitative', title: labels.axes.cumulativeTonnes, axis: { format: ',.0f' } },
          x2: { field: 'end' },
          y: { field: 'cost', type: 'quantitative', title: labels.axes.nokPerTonne, axis: { format: ',.0f' } },
          y2: { datum: 0 },
          color: {
            field: 'sector',
            type: 'nominal',
            sort: names,
            scale: {
              domain: names,
              range: coloursOf(sectors, report),
            },
          },
        },
      },
      {
        mark: { type: 'text', dy: -6, fontSize: 10, color: '#333333' },
        encoding: {
          x: { field: 'middle', type: 'quantitative' },
          y: { field: 'top', type: 'quantitative', title: labels.axes.nokPerTonne, axis: { format: ',.0f' } },
          text: { field: 'id' },
        },
        transform: [
          { calculate: '(datum.start + datum.end) / 2', as: 'middle' },
          { calculate: 'max(datum.cost, 0)', as: 'top' },
        ],
      },
    ],
  };
}

/** One step of a gap bridge: a bar from `from` to `to` (tonnes), its name and colour. */
export interface BridgeStep {
  step: string;
  /** The change the step stands for: a level for the totals, the (negative) effect of a sector, the gap. */
  value: number;
  from: number;
  to: number;
  colour: string;
}

/** The years a target's bridge shows: the last plan year (when before the target year) and the target year. */
export function bridgeYears(report: BudgetReport, target: TargetReport): number[] {
  const end = report.planPeriod.end;
  const years = end < target.year && target.years.includes(end) ? [end, target.year] : [target.year];
  return years.filter((year) => target.years.includes(year));
}

/**
 * A target's gap bridge in one year: the baseline, down by the effect of each sector's counted
 * measures, to the projection; then the emission limit and the gap between the two (SPEC §5: gap =
 * projected − limit). The sectors' effects are the target's (its scope, its sectors); where the
 * report has no effect by sector for the year, one step holds the measures' whole effect.
 */
export function bridgeSteps(
  report: BudgetReport,
  target: TargetReport,
  year: number,
  labels: HtmlLabels,
  language: Language,
): BridgeStep[] {
  const at = (values: readonly (number | null)[]) => valueInYear(target.years, values, year) ?? 0;
  const baseline = at(target.baseline);
  const projected = at(target.projected);
  const limit = at(target.path);
  const effect = at(target.effect);
  const bySector = report.totals.scopes.find((item) => item.scope === target.scope)?.bySector ?? [];
  const index = report.totals.years.indexOf(year);
  const sectorEffects =
    index < 0
      ? [{ key: '', value: effect }]
      : bySector
          .filter((row) => target.sectors.includes(row.key))
          .map((row) => ({ key: row.key, value: row.values[index] ?? 0 }))
          .filter((row) => row.value !== 0);
  const steps: BridgeStep[] = [
    { step: labels.bridge.baseline, value: baseline, from: 0, to: baseline, colour: seriesColours.baseline },
  ];
  let level = baseline;
  for (const { key, value } of sectorEffects) {
    steps.push({
      step: key === '' ? labels.series.range : sectorLabel(key, language, report.categories),
      value: -value,
      from: level,
      to: level - value,
      colour: key === '' ? seriesColours.projected : sectorColour(key, report),
    });
    level -= value;
  }
  const gap = projected - limit;
  steps.push(
    { step: labels.bridge.projected, value: projected, from: 0, to: projected, colour: seriesColours.projected },
    { step: labels.bridge.limit, value: limit, from: 0, to: limit, colour: seriesColours.path },
    {
      step: labels.bridge.gap,
      value: gap,
      from: limit,
      to: projected,
      colour: gap > 0 ? seriesColours.gapPositive : seriesColours.gapNegative,
    },
  );
  return steps;
}

/**
 * The gap bridge (waterfall) of a target, one panel per year of `bridgeYears`: bars from the
 * baseline through each sector's effect to the projection, the limit and the remaining gap, each
 * labelled with its figure.
 */
export function bridgeSpec(report: BudgetReport, target: TargetReport, labels: HtmlLabels, language: Language): Spec {
  const years = bridgeYears(report, target);
  const values = years.flatMap((year) =>
    bridgeSteps(report, target, year, labels, language).map((step, order) => ({
      ...step,
      year: String(year),
      order,
      low: Math.min(step.from, step.to),
      high: Math.max(step.from, step.to),
    })),
  );
  const steps = [...new Set(values.map((value) => value.step))];
  const panelWidth = Math.max(200, Math.floor((width + 120) / years.length) - 60);
  return {
    config,
    data: { values },
    facet: {
      column: { field: 'year', type: 'ordinal', title: null, header: { labelFontSize: 13, labelFontWeight: 'bold' } },
    },
    spec: {
      width: panelWidth,
      height,
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'step', type: 'nominal', sort: steps, title: null, axis: { labelAngle: -35, labelLimit: 220 } },
            y: { field: 'low', type: 'quantitative', title: labels.axes.tonnes, axis: { format: ',.0f' } },
            y2: { field: 'high' },
            color: { field: 'colour', type: 'nominal', scale: null },
          },
        },
        {
          mark: { type: 'text', dy: -5, fontSize: 10, color: '#333333' },
          encoding: {
            x: { field: 'step', type: 'nominal', sort: steps },
            y: { field: 'high', type: 'quantitative' },
            text: { field: 'value', type: 'quantitative', format: ',.0f' },
          },
        },
      ],
    },
  };
}

/** The colours of `sectors`, by id: the same sector the same colour in every chart and every report. */
export function coloursOf(sectors: readonly string[], report: Pick<BudgetReport, 'categories'>): string[] {
  if (sectors.length === 0) return [sectorColours.other as string];
  return sectors.map((sector) => sectorColour(sector, report));
}

function sectorColour(sector: string, report: Pick<BudgetReport, 'categories'>): string {
  const known = sectorColours[sector];
  if (known !== undefined) return known;
  const category = report.categories.findIndex((item) => item.id === sector);
  return categoryColours[Math.max(0, category) % categoryColours.length] as string;
}
