import type { Language } from '../model/budget.js';

/** The words of `report`'s overview (index.html, index.md): one row per budget folder of the batch. */
export interface OverviewLabels {
  /** The document's heading. */
  title: string;
  /** The overview table's heading. */
  tableTitle: string;
  caption: (written: number, total: number) => string;
  columns: {
    municipality: string;
    number: string;
    plan: string;
    target: string;
    targetYear: string;
    latestYear: string;
    latest: string;
    change: string;
    level: string;
    /** The gap with decided measures only (SPEC §5.4). */
    gapDecided: string;
    /** The gap with the proposals too. */
    gap: string;
    coverage: string;
    measures: string;
    status: string;
    html: string;
    xlsx: string;
    md: string;
  };
  written: string;
  failed: string;
  notes: string[];
  footer: (version: string) => string;
  /** Issue 15: the base year column and the county totals (a block of its own). */
  county: CountyLabels;
}

/** The words of the county totals under the overview. */
export interface CountyLabels {
  baseYear: string;
  title: string;
  caption: string;
  county: string;
  scope: string;
  budgets: string;
  note: string;
  unknown: string;
  summed: (planEnd: number) => string;
  differentSectors: string;
  differentLatestYears: string;
  differentTargetYears: string;
  differentPlanEnds: string;
}

const nb: OverviewLabels = {
  title: 'Klimabudsjetter',
  tableTitle: 'Oversikt',
  caption: (written, total) => `${written} av ${total} budsjetter skrevet. Tonn CO2e.`,
  columns: {
    municipality: 'Kommune',
    number: 'Nr.',
    plan: 'Planperiode',
    target: 'Mål',
    targetYear: 'Målår',
    latestYear: 'Siste år',
    latest: 'Utslipp siste år',
    change: 'Endring fra basisår',
    level: 'Ramme i målåret',
    gapDecided: 'Gap siste planår, vedtatte tiltak',
    gap: 'Gap siste planår, med forslag',
    coverage: 'Dekning siste planår',
    measures: 'Tiltak som telles',
    status: 'Status',
    html: 'Rapport',
    xlsx: 'Regneark',
    md: 'Markdown',
  },
  written: 'skrevet',
  failed: 'feil: ikke skrevet',
  notes: [
    'Tallene gjelder målet planen arbeider mot: det første med målår i eller etter planperioden, innenfor målets sektorer.',
    'Gap = tiltaksbane − utslippsramme i siste planår (positivt: kutt som mangler); dekning = effekt ÷ tiltaksbehov.',
  ],
  footer: (version) => `Laget med klimabudsjett ${version}.`,
  county: {
    baseYear: 'Basisår',
    title: 'Sum per fylke',
    caption: 'Summene av målene planene arbeider mot, per fylke og omfang (fylket etter kommunenummeret). Tonn CO2e.',
    county: 'Fylke',
    scope: 'Omfang',
    budgets: 'Budsjetter',
    note: 'Merknad',
    unknown: 'Ukjent fylke (mangler kommunenummer)',
    summed: (planEnd) => `Summert; gap i ${planEnd}.`,
    differentSectors: 'Ikke summert: målene dekker ulike sektorer.',
    differentLatestYears: 'Ikke summert: siste utslippsår er ulikt.',
    differentTargetYears: 'Ikke summert: målårene er ulike.',
    differentPlanEnds: 'Ikke summert: planperiodene slutter i ulike år.',
  },
};

const nn: OverviewLabels = {
  title: 'Klimabudsjett',
  tableTitle: 'Oversyn',
  caption: (written, total) => `${written} av ${total} budsjett skrivne. Tonn CO2e.`,
  columns: {
    municipality: 'Kommune',
    number: 'Nr.',
    plan: 'Planperiode',
    target: 'Mål',
    targetYear: 'Målår',
    latestYear: 'Siste år',
    latest: 'Utslepp siste år',
    change: 'Endring frå basisår',
    level: 'Ramme i målåret',
    gapDecided: 'Gap siste planår, vedtekne tiltak',
    gap: 'Gap siste planår, med forslag',
    coverage: 'Dekning siste planår',
    measures: 'Tiltak som tel med',
    status: 'Status',
    html: 'Rapport',
    xlsx: 'Rekneark',
    md: 'Markdown',
  },
  written: 'skriven',
  failed: 'feil: ikkje skriven',
  notes: [
    'Tala gjeld målet planen arbeider mot: det første med målår i eller etter planperioden, innanfor sektorane til målet.',
    'Gap = tiltaksbane − utsleppsramme i siste planår (positivt: kutt som manglar); dekning = effekt ÷ tiltaksbehov.',
  ],
  footer: (version) => `Laga med klimabudsjett ${version}.`,
  county: {
    baseYear: 'Basisår',
    title: 'Sum per fylke',
    caption: 'Summane av måla planane arbeider mot, per fylke og omfang (fylket etter kommunenummeret). Tonn CO2e.',
    county: 'Fylke',
    scope: 'Omfang',
    budgets: 'Budsjett',
    note: 'Merknad',
    unknown: 'Ukjent fylke (manglar kommunenummer)',
    summed: (planEnd) => `Summert; gap i ${planEnd}.`,
    differentSectors: 'Ikkje summert: måla dekkjer ulike sektorar.',
    differentLatestYears: 'Ikkje summert: siste utsleppsår er ulikt.',
    differentTargetYears: 'Ikkje summert: målåra er ulike.',
    differentPlanEnds: 'Ikkje summert: planperiodane sluttar i ulike år.',
  },
};

const en: OverviewLabels = {
  title: 'Climate budgets',
  tableTitle: 'Overview',
  caption: (written, total) => `${written} of ${total} budgets written. Tonnes CO2e.`,
  columns: {
    municipality: 'Municipality',
    number: 'No.',
    plan: 'Plan period',
    target: 'Target',
    targetYear: 'Target year',
    latestYear: 'Latest year',
    latest: 'Latest emissions',
    change: 'Change from base year',
    level: 'Limit in the target year',
    gapDecided: 'Gap, last plan year, decided measures',
    gap: 'Gap, last plan year, with proposals',
    coverage: 'Coverage, last plan year',
    measures: 'Counted measures',
    status: 'Status',
    html: 'Report',
    xlsx: 'Workbook',
    md: 'Markdown',
  },
  written: 'written',
  failed: 'failed: not written',
  notes: [
    "The figures are those of the target the plan works towards: the first whose year is in or after the plan period, within the target's sectors.",
    'Gap = projected emissions − emission limit in the last plan year (positive: cuts still missing); coverage = effect ÷ reduction need.',
  ],
  footer: (version) => `Made with klimabudsjett ${version}.`,
  county: {
    baseYear: 'Base year',
    title: 'Totals by county',
    caption:
      'Sums of the targets the plans work towards, by county and scope (the county from the municipality number). Tonnes CO2e.',
    county: 'County',
    scope: 'Scope',
    budgets: 'Budgets',
    note: 'Note',
    unknown: 'Unknown county (no municipality number)',
    summed: (planEnd) => `Summed; gaps in ${planEnd}.`,
    differentSectors: 'Not summed: the targets cover different sectors.',
    differentLatestYears: 'Not summed: the latest inventory years differ.',
    differentTargetYears: 'Not summed: the target years differ.',
    differentPlanEnds: 'Not summed: the plan periods end in different years.',
  },
};

export function overviewLabels(language: Language): OverviewLabels {
  return { nb, nn, en }[language];
}
