import type { BudgetReport, TargetReport } from '../../compute/budget-report.js';
import type { HtmlLabels } from '../../i18n/labels.js';
import type { Language, Scope } from '../../model/budget.js';
import { sectorComparator, sectorLabel } from '../../model/sectors.js';

/**
 * The charts of the HTML report as vega-lite specifications, rendered to SVG by vega without a
 * browser. vega and vega-lite load only when a report is written.
 */

/** A vega-lite specification (the parts used here). */
type Spec = Record<string, unknown>;

/** Colours of the series, the same in every chart (colour-blind safe, after Okabe–Ito). */
const colours = {
  actual: '#222222',
  baseline: '#8c8c8c',
  path: '#d55e00',
  projected: '#0072b2',
  band: '#56b4e9',
} as const;

/** Sector colours in sector order (Okabe–Ito, then tints). */
const sectorColours = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#999999',
  '#004b76',
  '#9c6d00',
  '#006b4e',
  '#8e4f74',
];

const width = 640;
const height = 260;
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const config = {
  font,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, orient: 'bottom', direction: 'horizontal', labelLimit: 0, columns: 4, title: null },
};

/** d3 number formats by language: `1 234,5` in Norwegian (no-break spaces), `1,234.5` in English. */
function formatLocale(language: Language) {
  return language === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' NOK'] }
    : { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', ' kr'], minus: '\u2212' };
}

/** The pathway of a target: actuals, baseline, the emission limit and the projection with its range. */
export function pathwaySpec(target: TargetReport, labels: HtmlLabels): Spec {
  const { actual, years } = target;
  const rows: { year: number; series: string; value: number }[] = [];
  const add = (series: string, year: number, value: number | null | undefined) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) rows.push({ year, series, value });
  };
  actual.years.forEach((year, index) => {
    add(labels.series.actual, year, actual.values[index]);
  });
  // The lines start from the latest actual, so they join the actuals.
  const latestYear = actual.years.at(-1);
  const latest = actual.values.at(-1);
  if (latestYear !== undefined && latest !== undefined && years.length > 0) {
    add(labels.series.baseline, latestYear, latest);
    add(labels.series.projected, latestYear, latest);
  }
  years.forEach((year, index) => {
    add(labels.series.baseline, year, target.baseline[index]);
    add(labels.series.projected, year, target.projected[index]);
    add(labels.series.path, year, target.path[index]);
  });
  const band = years.flatMap((year, index) => {
    const baseline = target.baseline[index];
    const low = target.effectLow[index];
    const high = target.effectHigh[index];
    if (baseline === undefined || low === undefined || high === undefined) return [];
    return [{ year, lower: baseline - high, upper: baseline - low }];
  });
  const series = [labels.series.actual, labels.series.baseline, labels.series.path, labels.series.projected];
  const x = { field: 'year', type: 'quantitative', title: null, axis: { format: 'd', tickMinStep: 1 } };
  // One layer of solid and one of dashed lines (a strokeDash channel would drop the legend).
  const lines = (values: typeof rows, shown: readonly string[], dash: readonly number[] | null) => ({
    data: { values: values.filter((row) => shown.includes(row.series)) },
    mark: { type: 'line', strokeWidth: 2, point: { size: 16 }, ...(dash === null ? {} : { strokeDash: dash }) },
    encoding: {
      x,
      y: {
        field: 'value',
        type: 'quantitative',
        title: labels.axes.tonnes,
        scale: { zero: true },
        axis: { format: ',.0f' },
      },
      color: {
        field: 'series',
        type: 'nominal',
        scale: { domain: series, range: [colours.actual, colours.baseline, colours.path, colours.projected] },
      },
    },
  });
  return {
    width,
    height,
    config,
    layer: [
      {
        data: { values: band },
        mark: { type: 'area', color: colours.band, opacity: 0.3 },
        encoding: {
          x,
          y: { field: 'lower', type: 'quantitative' },
          y2: { field: 'upper' },
        },
      },
      lines(rows, [labels.series.actual, labels.series.projected], null),
      lines(rows, [labels.series.baseline, labels.series.path], [6, 3]),
    ],
  };
}

/** Effects of counted measures of one scope by sector in each report year, stacked (one chart per scope: SPEC §5.6). */
export function sectorEffectSpec(report: BudgetReport, labels: HtmlLabels, scope: Scope, language: Language): Spec {
  const { totals } = report;
  const bySector = totals.scopes.find((item) => item.scope === scope)?.bySector ?? [];
  // A sector has the same colour in the chart of every scope.
  const allSectors = [...new Set(totals.scopes.flatMap((item) => item.bySector.map((row) => row.key)))].sort(
    sectorComparator(report.categories),
  );
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
            allSectors,
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
              range: coloursOf(sectors, [...new Set(report.abatementCurve.map((step) => step.sector))]),
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

/** The colours of `sectors`: each the colour of its place among `all` (so alike in every chart of a report). */
function coloursOf(sectors: readonly string[], all: readonly string[]): string[] {
  if (sectors.length === 0) return sectorColours.slice(0, 1);
  return sectors.map((sector) => sectorColours[Math.max(0, all.indexOf(sector)) % sectorColours.length] as string);
}

/** Renders vega-lite specifications to SVG, numbers in the language's format. */
export async function renderCharts(specs: readonly Spec[], language: Language): Promise<string[]> {
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  vega.formatLocale(formatLocale(language) as Parameters<typeof vega.formatLocale>[0]);
  const svgs: string[] = [];
  for (const spec of specs) {
    const compiled = compile(spec as unknown as Parameters<typeof compile>[0]).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    svgs.push(await view.toSVG());
    view.finalize();
  }
  return svgs;
}
