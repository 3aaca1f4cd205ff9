import type { BudgetReport } from '../../compute/budget-report.js';
import { valueInYear } from '../../compute/years.js';
import { labelsFor } from '../../i18n/index.js';
import type { HtmlLabels, Labels } from '../../i18n/labels.js';
import { type EmissionFactor, type Language, municipalityLabel, type Scope } from '../../model/budget.js';
import { type NumberFormat, numberFormatFor } from '../number-format.js';
import type { Table } from '../table.js';
import { buildCostTables } from '../tables/costs.js';
import { buildMeasureGroupTable } from '../tables/groups.js';
import { buildMeasuresTable, scopesOf } from '../tables/measures.js';
import { buildPathwayTables } from '../tables/pathway.js';
import { buildFollowUpTable, buildProgressTable } from '../tables/progress.js';
import { sheetContext } from '../tables/sheet-context.js';
import { sourcesSheet } from '../tables/sources.js';
import { buildSummaryTables } from '../tables/summary.js';
import { abatementSpec, pathwaySpec, renderCharts, sectorEffectSpec } from './charts.js';
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
  const svgs = await renderCharts(
    [
      ...charted.map((target) => pathwaySpec(target, words)),
      ...effectScopes.map((scope) => sectorEffectSpec(report, words, scope, language)),
      ...curveScopes.map((scope) => abatementSpec(report, words, scope, language)),
    ],
    language,
  );
  const sectorSvgs = svgs.slice(charted.length, charted.length + effectScopes.length);
  const curveSvgs = svgs.slice(charted.length + effectScopes.length);
  /** A chart's heading: the scope's name when there are several scopes, else none. */
  const scopeHeading = (scopes: readonly Scope[], scope: Scope) => (scopes.length > 1 ? labels.scope[scope] : null);

  const [targetsTable, planTable] = buildSummaryTables(report, tableOptions);
  const pathwayTables = buildPathwayTables(report, tableOptions);
  const costTables = buildCostTables(report, tableOptions);
  const curveTable = costTables.find((item) => item.id === 'abatement-curve');
  const sections = [
    htmlSection('key-figures', words.sections.keyFigures, [
      cards(report, words, labels, numbers),
      ...(targetsTable ? [table(targetsTable)] : []),
      ...(planTable ? [table(planTable)] : []),
    ]),
    htmlSection(
      'pathways',
      words.sections.pathways,
      charted.map((target, index) =>
        figure(
          labels.pathway.titleFor(target.id),
          words.chartNotes.pathway,
          svgs[index] ?? '',
          figuresBehind(pathwayTables[report.targets.indexOf(target)] as Table),
        ),
      ),
    ),
    htmlSection(
      'sectors',
      words.sections.sectors,
      effectScopes.length > 0
        ? effectScopes.map((scope, index) =>
            figure(
              scopeHeading(effectScopes, scope),
              words.chartNotes.sectors,
              sectorSvgs[index] ?? '',
              figuresBehind(buildMeasureGroupTable(report, 'sector', { language, years: report.totals.years, scope })),
            ),
          )
        : [`<p>${escapeHtml(words.noEffects)}</p>`],
    ),
    htmlSection('abatement', words.sections.abatement, [
      ...(curveScopes.length > 0
        ? curveScopes.map((scope, index) =>
            figure(scopeHeading(curveScopes, scope), words.chartNotes.abatement, curveSvgs[index] ?? ''),
          )
        : [`<p>${escapeHtml(words.noAbatement)}</p>`]),
      ...(curveScopes.length > 0 && curveTable ? [table(curveTable)] : []),
    ]),
    htmlSection('measures', words.sections.measures, [
      table(buildMeasuresTable(report, tableOptions), words.sections.measures),
    ]),
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
