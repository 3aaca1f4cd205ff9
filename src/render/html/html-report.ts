import type { BudgetReport } from '../../compute/budget-report.js';
import { valueInYear } from '../../compute/years.js';
import { labelsFor } from '../../i18n/index.js';
import type { HtmlLabels, Labels } from '../../i18n/labels.js';
import { type EmissionFactor, type Language, municipalityLabel, type Scope } from '../../model/budget.js';
import { type NumberFormat, numberFormatFor } from '../number-format.js';
import type { Column, Table } from '../table.js';
import { buildCostTables } from '../tables/costs.js';
import { buildMeasureGroupTable } from '../tables/groups.js';
import { buildMeasuresTable, scopesOf } from '../tables/measures.js';
import { buildPathwayTables } from '../tables/pathway.js';
import { buildFollowUpTable, buildProgressTable } from '../tables/progress.js';
import { sheetContext } from '../tables/sheet-context.js';
import { sourcesSheet } from '../tables/sources.js';
import { buildSummaryTables } from '../tables/summary.js';
import { renderCharts } from './chart-render.js';
import { abatementSpec, bridgeSpec, bridgeSteps, bridgeYears, pathwaySpec, sectorEffectSpec } from './charts.js';
import { escapeHtml, renderHtmlTable } from './html-table.js';
import { htmlSection, renderHtmlPage } from './page.js';

export interface HtmlReportOptions {
  /** The factor library of the budget: the sources section lists those in use and the local ones. */
  factors: Iterable<EmissionFactor>;
  /** The language of the words and numbers (`--lang`, else the budget's). */
  language: Language;
  /** The klimabudsjett version named in the footer. */
  version: string;
}

/**
 * The HTML report (SPEC §8): one self-contained file (styles and SVG charts inline, no script, no
 * request when opened), printable, in the report's language: key figures, a pathway chart per
 * target, effects by sector, the abatement cost curve, the measures, their follow-up and the
 * sources. The same report gives the same bytes.
 */
export async function renderHtmlReport(report: BudgetReport, options: HtmlReportOptions): Promise<string> {
  const { language } = options;
  const labels = labelsFor(language);
  const words = labels.html;
  const numbers = numberFormatFor(language);
  const { municipality, planPeriod, horizon } = report;
  const title = labels.documentTitle(municipality.name, planPeriod.start, planPeriod.end);
  const lead = labels.workbook.planLine(municipalityLabel(municipality), planPeriod.start, planPeriod.end, horizon);
  const tableOptions = { language };
  const table = (item: Table, section?: string) =>
    renderHtmlTable(item, labels, numbers, { heading: item.title !== section });
  /** The figures a chart is drawn from, folded under it (its heading is the chart's). */
  const figuresBehind = (item: Table) => ({
    summary: words.figuresBehind,
    html: renderHtmlTable(item, labels, numbers, { heading: false }),
  });

  const charted = report.targets.filter((target) => target.years.length > 0);
  // One sector chart and one cost curve per scope: tonnes of different scopes are never added (SPEC §5.6).
  const effectScopes = report.totals.scopes
    .filter((totals) => totals.bySector.some((row) => row.values.some((value) => value !== 0)))
    .map((totals) => totals.scope);
  const curveScopes = scopesOf(report.abatementCurve);
  // A bridge for each charted target whose target year lies ahead of the plan start.
  const bridged = charted.filter(
    (target) => target.year >= report.planPeriod.start && bridgeYears(report, target).length > 0,
  );
  const svgs = await renderCharts(
    [
      ...charted.map((target) => pathwaySpec(target, words)),
      ...effectScopes.map((scope) => sectorEffectSpec(report, words, scope, language)),
      ...curveScopes.map((scope) => abatementSpec(report, words, scope, language)),
      ...bridged.map((target) => bridgeSpec(report, target, words, language)),
    ],
    language,
  );
  const sectorSvgs = svgs.slice(charted.length, charted.length + effectScopes.length);
  const curveSvgs = svgs.slice(
    charted.length + effectScopes.length,
    charted.length + effectScopes.length + curveScopes.length,
  );
  const bridgeSvgs = svgs.slice(charted.length + effectScopes.length + curveScopes.length);
  /** A chart's heading: the scope's name when there are several scopes, else none. */
  const scopeHeading = (scopes: readonly Scope[], scope: Scope) => (scopes.length > 1 ? labels.scope[scope] : null);

  const [targetsTable, planTable, topTable] = buildSummaryTables(report, tableOptions);
  const pathwayTables = buildPathwayTables(report, tableOptions);
  const costTables = buildCostTables(report, tableOptions);
  const curveTable = costTables.find((item) => item.id === 'abatement-curve');
  const sections = [
    htmlSection('key-figures', words.sections.keyFigures, [
      cards(report, words, labels, numbers),
      ...(targetsTable ? [table(targetsTable)] : []),
      ...(planTable ? [table(planTable)] : []),
      ...(topTable ? [table(topTable)] : []),
    ]),
    htmlSection(
      'pathways',
      words.sections.pathways,
      charts(
        charted.map((target, index) =>
          figure(
            labels.pathway.titleFor(target.id),
            words.chartNotes.pathway,
            svgs[index] ?? '',
            figuresBehind(pathwayTables[report.targets.indexOf(target)] as Table),
          ),
        ),
      ),
    ),
    ...(bridged.length > 0
      ? [
          htmlSection(
            'bridge',
            words.bridge.section,
            charts(
              bridged.map((target, index) =>
                figure(
                  words.bridge.heading(target.title ?? target.id),
                  words.bridge.note,
                  bridgeSvgs[index] ?? '',
                  figuresBehind(bridgeTable(report, target, words, language)),
                ),
              ),
            ),
          ),
        ]
      : []),
    htmlSection(
      'sectors',
      words.sections.sectors,
      effectScopes.length > 0
        ? charts(
            effectScopes.map((scope, index) =>
              figure(
                scopeHeading(effectScopes, scope),
                words.chartNotes.sectors,
                sectorSvgs[index] ?? '',
                figuresBehind(
                  buildMeasureGroupTable(report, 'sector', { language, years: report.totals.years, scope }),
                ),
              ),
            ),
          )
        : [`<p>${escapeHtml(words.noEffects)}</p>`],
    ),
    htmlSection('abatement', words.sections.abatement, [
      ...(curveScopes.length > 0
        ? charts(
            curveScopes.map((scope, index) =>
              figure(scopeHeading(curveScopes, scope), words.chartNotes.abatement, curveSvgs[index] ?? ''),
            ),
          )
        : [`<p>${escapeHtml(words.noAbatement)}</p>`]),
      ...(curveScopes.length > 0 && curveTable ? [table(curveTable)] : []),
    ]),
    htmlSection(
      'measures',
      words.sections.measures,
      splitMeasures(buildMeasuresTable(report, tableOptions), words).map((item) => table(item)),
    ),
    htmlSection('follow-up', words.sections.followUp, [
      table(buildProgressTable(report, tableOptions)),
      table(buildFollowUpTable(report, tableOptions)),
    ]),
    htmlSection('sources', words.sections.sources, [
      table(sourcesSheet(sheetContext(report, language), options.factors), words.sections.sources),
    ]),
  ];
  return renderHtmlPage({ language, title, lead, sections, footer: words.footer(options.version) });
}

/** A section's charts in one block (two to a row in print, under a heading kept with them). */
function charts(figures: readonly string[]): string[] {
  return [`<div class="charts">\n${figures.join('\n')}\n</div>`];
}

/**
 * A chart with its heading and caption. The SVG is one image to assistive technology, named by
 * the heading and the caption (vega's own labels of axes and points are in English and would be
 * read one by one); the figures it is drawn from may follow in a folded table.
 */
function figure(
  heading: string | null,
  note: string,
  svg: string,
  figures?: { summary: string; html: string },
): string {
  const title = heading === null ? '' : `<h3>${escapeHtml(heading)}</h3>\n`;
  const label = escapeHtml(heading === null ? note : `${heading}. ${note}`);
  const image = svg.replace(/^<svg /, `<svg role="img" aria-label="${label}" `);
  const folded =
    figures === undefined
      ? ''
      : `\n<details><summary>${escapeHtml(figures.summary)}</summary>\n${figures.html}\n</details>`;
  return `<figure>\n${title}${image}\n<figcaption>${escapeHtml(note)}</figcaption>${folded}\n</figure>`;
}

/** Key figures per target: the gap and coverage in the last plan year (or the target year, if earlier), progress so far. */
function cards(report: BudgetReport, words: HtmlLabels, labels: Labels, numbers: NumberFormat): string {
  const year = report.planPeriod.end;
  // As in the summary: the targets whose target year lies in or after the plan period.
  const shown = report.targets.filter((target) => target.year >= report.planPeriod.start && target.years.length > 0);
  if (shown.length === 0) return '';
  const figures = shown.map((target) => {
    const at = (values: readonly (number | null)[]) =>
      valueInYear(target.years, values, Math.min(year, target.year)) ?? null;
    const gap = at(target.gap);
    const gapDecided = at(target.decided.gap);
    const coverage = at(target.coverage);
    const { achievedPct, onTrack } = target.progress;
    const gapCard = (label: string, value: number | null) =>
      card(
        label,
        value === null ? '–' : `${numbers.format(value, 'tonnes')} t`,
        value !== null && value > 0 ? 'bad' : 'good',
      );
    const items = [
      gapCard(words.cards.gapDecided(Math.min(year, target.year)), gapDecided),
      gapCard(words.cards.gap(Math.min(year, target.year)), gap),
      card(
        words.cards.coverage(Math.min(year, target.year)),
        coverage === null ? '–' : numbers.format(coverage, 'ratio'),
        null,
      ),
      card(
        words.cards.achieved,
        achievedPct === null
          ? '–'
          : `${numbers.format(achievedPct, 'percent')}${target.reductionPct === null ? '' : ` / ${numbers.format(target.reductionPct, 'percent')}`}`,
        null,
      ),
      card(
        words.cards.onTrack,
        onTrack === null ? '–' : onTrack ? labels.yes : labels.no,
        onTrack === null ? null : onTrack ? 'good' : 'bad',
      ),
    ];
    return `<div class="target"><h3>${escapeHtml(target.title ?? target.id)}</h3><div class="cards">${items.join('')}</div></div>`;
  });
  return figures.join('\n');
}

function card(label: string, value: string, tone: 'good' | 'bad' | null): string {
  return `<div class="card${tone === null ? '' : ` ${tone}`}"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

/** The figures of a target's gap bridge: one row per step, one column per year. */
function bridgeTable(
  report: BudgetReport,
  target: BudgetReport['targets'][number],
  words: HtmlLabels,
  language: Language,
): Table {
  const years = bridgeYears(report, target);
  const byYear = years.map((year) => bridgeSteps(report, target, year, words, language));
  const steps = [...new Set(byYear.flatMap((steps) => steps.map((step) => step.step)))];
  const columns: Column[] = [
    { id: 'step', header: words.bridge.step, type: 'text' },
    ...years.map((year): Column => ({ id: `value_${year}`, header: String(year), type: 'tonnes' })),
  ];
  return {
    id: `bridge-${target.id}`,
    title: words.bridge.heading(target.title ?? target.id),
    caption: words.bridge.caption,
    columns,
    rows: steps.map((step) => ({
      cells: [step, ...byYear.map((items) => items.find((item) => item.step === step)?.value ?? null)],
    })),
  };
}

/** Columns of the measure table in the second half, with the effects (the first keeps the rest). */
const costColumns = new Set(['low', 'high', 'annualised', 'nok_per_t', 'rating']);
const isSecondHalf = (column: Column) => costColumns.has(column.id) || column.id.startsWith('effect_');
/** Columns both halves keep, so each row says which measure it is. */
const keyColumns = new Set(['id', 'title']);

/**
 * The measure table in two, so that every column fits a laptop screen (1 366 px) without
 * scrolling: who, what, its status and when; then the effects, their range, the costs and the
 * rating. The caption goes with both, the notes with the second, total rows where they have
 * figures.
 */
function splitMeasures(measures: Table, words: HtmlLabels): Table[] {
  const half = (keep: (column: Column) => boolean, title: string, id: string, first: boolean): Table => {
    const positions = measures.columns.flatMap((column, index) => (keep(column) ? [index] : []));
    return {
      ...measures,
      id,
      title,
      columns: positions.map((index) => measures.columns[index] as Column),
      // A total row with nothing in this half (the cost total in the first) is left out.
      rows: measures.rows
        .map((row) => ({ ...row, cells: positions.map((index) => row.cells[index] ?? null) }))
        .filter(
          (row) =>
            (row.role ?? 'body') === 'body' ||
            row.cells.some(
              (cell, index) => cell !== null && !keyColumns.has(measures.columns[positions[index] as number]?.id ?? ''),
            ),
        ),
      ...(first ? { notes: [] } : {}),
    };
  };
  return [
    half((column) => !isSecondHalf(column), words.measuresEffects, measures.id, true),
    half(
      (column) => keyColumns.has(column.id) || isSecondHalf(column),
      words.measuresCosts,
      `${measures.id}-costs`,
      false,
    ),
  ];
}
