import type { Language } from '../model/budget.js';
import type { HeaderText } from './labels.js';

/** Words of `diff`: titles, headers, the names of fields and of the kinds of change. */
export interface DiffLabels {
  /** The document title: which budget, from which side to which. */
  title: (municipality: string, older: string, newer: string) => string;
  /** Names the working tree as a side of a git diff. */
  workingTree: string;
  /** Said when no figure, field or measure differs. */
  noChanges: (older: string, newer: string) => string;
  /** A kind of change, as a table cell. */
  change: Record<'added' | 'removed' | 'changed', string>;
  /** The name of each compared field, by its id. */
  fields: Record<string, string>;
  /** The suffixes of values with a unit. */
  units: { tonnes: string; nok: string; nokPerTonne: string; years: string };
  basis: { title: string; caption: string; what: HeaderText; scope: HeaderText; old: HeaderText; new: HeaderText };
  targets: {
    title: string;
    caption: string;
    target: HeaderText;
    year: HeaderText;
    effectOld: HeaderText;
    effectNew: HeaderText;
    gapOld: HeaderText;
    gapNew: HeaderText;
    gapChange: HeaderText;
    coverageOld: HeaderText;
    coverageNew: HeaderText;
    /** A note on a target added or removed. */
    onlyOneSide: (target: string, change: 'added' | 'removed') => string;
    /** A note listing a target's changed definition. */
    definition: (target: string, changes: string) => string;
    /** A note on whether the projection meets the target. */
    meets: (target: string, year: number, older: string, newer: string) => string;
    /** A note naming the targets whose figures did not change. */
    unchanged: (targets: readonly string[]) => string;
  };
  measures: {
    title: string;
    /** The caption: how many measures changed in which way. */
    counts: (counts: { added: number; removed: number; changed: number; unchanged: number }) => string;
    id: HeaderText;
    measure: HeaderText;
    change: HeaderText;
    what: HeaderText;
    effectChange: (year: number) => HeaderText;
    costChange: (start: number, end: number) => HeaderText;
  };
  totals: {
    title: string;
    caption: string;
    year: HeaderText;
    effectOld: HeaderText;
    effectNew: HeaderText;
    effectChange: HeaderText;
    costOld: HeaderText;
    costNew: HeaderText;
    costChange: HeaderText;
    /** The title of the effects per scope, when the measures are of several scopes. */
    scopeTitle: string;
    scope: HeaderText;
  };
}

const nb: DiffLabels = {
  title: (municipality, older, newer) => `${municipality}: endringer fra ${older} til ${newer}`,
  workingTree: 'arbeidskopien',
  noChanges: (older, newer) => `Ingen endringer i tallene mellom ${older} og ${newer}.`,
  change: { added: 'Nytt', removed: 'Fjernet', changed: 'Endret' },
  fields: {
    title: 'tittel',
    sector: 'sektor',
    scope: 'omfang',
    responsible: 'ansvarlig',
    status: 'status',
    current_status: 'status nå',
    kind: 'type',
    start: 'start',
    full_effect: 'full effekt fra',
    end: 'slutt',
    full_effect_t: 'full effekt',
    revised_t: 'revidert effekt',
    investment: 'investering',
    annual: 'årlig kostnad',
    lifetime: 'levetid',
    nok_per_t: 'kostnad per tonn',
    rating: 'vurdering',
    plan_period: 'Planperiode',
    horizon: 'Horisont',
    discount_rate: 'Kalkulasjonsrente',
    count_statuses: 'Statuser som telles',
    latest_year: 'Siste utslippsår',
    latest: 'Utslipp siste år',
    baseline_method: 'Referansebane',
    base_year: 'basisår',
    year: 'målår',
    reduction_pct: 'reduksjon',
    sectors: 'sektorer',
    base: 'utslipp i basisåret',
    level: 'målnivå',
  },
  units: { tonnes: 't', nok: 'kr', nokPerTonne: 'kr/t', years: 'år' },
  basis: {
    title: 'Grunnlag',
    caption: 'Planperiode, utslippstall og beregningsvalg som er endret.',
    what: { full: 'Hva' },
    scope: { full: 'Omfang' },
    old: { full: 'Før' },
    new: { full: 'Nå' },
  },
  targets: {
    title: 'Mål: effekt og gap',
    caption: 'Tonn CO2-ekvivalenter; gap = framskrevet utslipp − utslippsramme (positivt: kutt som mangler).',
    target: { full: 'Mål' },
    year: { full: 'År' },
    effectOld: { full: 'Effekt før (t)', short: 'Eff. før' },
    effectNew: { full: 'Effekt nå (t)', short: 'Eff. nå' },
    gapOld: { full: 'Gap før (t)', short: 'Gap før' },
    gapNew: { full: 'Gap nå (t)', short: 'Gap nå' },
    gapChange: { full: 'Endring i gap (t)', short: 'Endring' },
    coverageOld: { full: 'Dekning før', short: 'Dekn. før' },
    coverageNew: { full: 'Dekning nå', short: 'Dekn. nå' },
    onlyOneSide: (target, change) => `${target}: ${change === 'added' ? 'nytt mål' : 'målet er fjernet'}.`,
    definition: (target, changes) => `${target}: ${changes}.`,
    meets: (target, year, older, newer) => `${target}: når målet i ${year}: ${older} → ${newer}.`,
    unchanged: (targets) => `Uendret: ${targets.join(', ')}.`,
  },
  measures: {
    title: 'Tiltak som er endret',
    counts: ({ added, removed, changed, unchanged }) =>
      `${changed} endret, ${added} ${added === 1 ? 'nytt' : 'nye'}, ${removed} fjernet, ${unchanged} uendret. Endringene i effekt og kostnad gjelder summene: et tiltak som ikke telles, bidrar med 0.`,
    id: { full: 'ID' },
    measure: { full: 'Tiltak' },
    change: { full: 'Endring' },
    what: { full: 'Hva er endret' },
    effectChange: (year) => ({ full: `Endring i effekt ${year} (t)`, short: `Effekt ${year}` }),
    costChange: (start, end) => ({ full: `Endring i kostnad ${start}–${end} (kr)`, short: 'Kostnad' }),
  },
  totals: {
    title: 'Summer per år',
    scopeTitle: 'Effekt per systemgrense og år (tonn fra ulike systemgrenser legges aldri sammen)',
    scope: { full: 'Systemgrense' },
    caption: 'Effekt av tiltak som telles (t CO2e) og kostnader (kr) i planårene.',
    year: { full: 'År' },
    effectOld: { full: 'Effekt før (t)', short: 'Eff. før' },
    effectNew: { full: 'Effekt nå (t)', short: 'Eff. nå' },
    effectChange: { full: 'Endring (t)', short: 'Endring' },
    costOld: { full: 'Kostnad før (kr)', short: 'Kost. før' },
    costNew: { full: 'Kostnad nå (kr)', short: 'Kost. nå' },
    costChange: { full: 'Endring (kr)', short: 'Endring' },
  },
};

const nn: DiffLabels = {
  ...nb,
  title: (municipality, older, newer) => `${municipality}: endringar frå ${older} til ${newer}`,
  workingTree: 'arbeidskopien',
  noChanges: (older, newer) => `Ingen endringar i tala mellom ${older} og ${newer}.`,
  change: { added: 'Nytt', removed: 'Fjerna', changed: 'Endra' },
  fields: {
    ...nb.fields,
    responsible: 'ansvarleg',
    annual: 'årleg kostnad',
    rating: 'vurdering',
    plan_period: 'Planperiode',
    count_statuses: 'Statusar som blir talde',
    latest_year: 'Siste utsleppsår',
    latest: 'Utslepp siste år',
    base: 'utslepp i basisåret',
  },
  basis: {
    ...nb.basis,
    caption: 'Planperiode, utsleppstal og berekningsval som er endra.',
    what: { full: 'Kva' },
  },
  targets: {
    ...nb.targets,
    caption: 'Tonn CO2-ekvivalentar; gap = framskrive utslepp − utsleppsramme (positivt: kutt som manglar).',
    onlyOneSide: (target, change) => `${target}: ${change === 'added' ? 'nytt mål' : 'målet er fjerna'}.`,
    unchanged: (targets) => `Uendra: ${targets.join(', ')}.`,
  },
  measures: {
    ...nb.measures,
    title: 'Tiltak som er endra',
    counts: ({ added, removed, changed, unchanged }) =>
      `${changed} endra, ${added} ${added === 1 ? 'nytt' : 'nye'}, ${removed} fjerna, ${unchanged} uendra. Endringane i effekt og kostnad gjeld summane: eit tiltak som ikkje blir talt, bidreg med 0.`,
    what: { full: 'Kva er endra' },
  },
  totals: {
    ...nb.totals,
    scopeTitle: 'Effekt per systemgrense og år (tonn frå ulike systemgrenser blir aldri lagde saman)',
    caption: 'Effekt av tiltak som blir talde (t CO2e) og kostnader (kr) i planåra.',
  },
};

const en: DiffLabels = {
  title: (municipality, older, newer) => `${municipality}: changes from ${older} to ${newer}`,
  workingTree: 'the working tree',
  noChanges: (older, newer) => `No figures changed between ${older} and ${newer}.`,
  change: { added: 'Added', removed: 'Removed', changed: 'Changed' },
  fields: {
    title: 'title',
    sector: 'sector',
    scope: 'scope',
    responsible: 'responsible',
    status: 'status',
    current_status: 'current status',
    kind: 'kind',
    start: 'start',
    full_effect: 'full effect from',
    end: 'end',
    full_effect_t: 'full effect',
    revised_t: 'revised effect',
    investment: 'investment',
    annual: 'annual cost',
    lifetime: 'lifetime',
    nok_per_t: 'cost per tonne',
    rating: 'rating',
    plan_period: 'Plan period',
    horizon: 'Horizon',
    discount_rate: 'Discount rate',
    count_statuses: 'Statuses counted',
    latest_year: 'Latest inventory year',
    latest: 'Emissions in the latest year',
    baseline_method: 'Baseline',
    base_year: 'base year',
    year: 'target year',
    reduction_pct: 'reduction',
    sectors: 'sectors',
    base: 'base-year emissions',
    level: 'target level',
  },
  units: { tonnes: 't', nok: 'NOK', nokPerTonne: 'NOK/t', years: 'years' },
  basis: {
    title: 'Basis',
    caption: 'Plan period, emission figures and choices of the computation that changed.',
    what: { full: 'What' },
    scope: { full: 'Scope' },
    old: { full: 'Before' },
    new: { full: 'Now' },
  },
  targets: {
    title: 'Targets: effect and gap',
    caption: 'Tonnes CO2e; gap = projected emissions − emission limit (positive: reductions still missing).',
    target: { full: 'Target' },
    year: { full: 'Year' },
    effectOld: { full: 'Effect before (t)', short: 'Eff. before' },
    effectNew: { full: 'Effect now (t)', short: 'Eff. now' },
    gapOld: { full: 'Gap before (t)', short: 'Gap before' },
    gapNew: { full: 'Gap now (t)', short: 'Gap now' },
    gapChange: { full: 'Change in gap (t)', short: 'Change' },
    coverageOld: { full: 'Coverage before', short: 'Cov. before' },
    coverageNew: { full: 'Coverage now', short: 'Cov. now' },
    onlyOneSide: (target, change) => `${target}: ${change === 'added' ? 'a new target' : 'the target was removed'}.`,
    definition: (target, changes) => `${target}: ${changes}.`,
    meets: (target, year, older, newer) => `${target}: meets the target in ${year}: ${older} → ${newer}.`,
    unchanged: (targets) => `Unchanged: ${targets.join(', ')}.`,
  },
  measures: {
    title: 'Measures that changed',
    counts: ({ added, removed, changed, unchanged }) =>
      `${changed} changed, ${added} added, ${removed} removed, ${unchanged} unchanged. Changes of effect and cost are those of the sums: a measure that is not counted adds 0.`,
    id: { full: 'ID' },
    measure: { full: 'Measure' },
    change: { full: 'Change' },
    what: { full: 'What changed' },
    effectChange: (year) => ({ full: `Change in effect ${year} (t)`, short: `Effect ${year}` }),
    costChange: (start, end) => ({ full: `Change in cost ${start}–${end} (NOK)`, short: 'Cost' }),
  },
  totals: {
    title: 'Sums per year',
    scopeTitle: 'Effect by scope and year (tonnes of different scopes are never added together)',
    scope: { full: 'Scope' },
    caption: 'Effect of counted measures (t CO2e) and costs (NOK) in the plan years.',
    year: { full: 'Year' },
    effectOld: { full: 'Effect before (t)', short: 'Eff. before' },
    effectNew: { full: 'Effect now (t)', short: 'Eff. now' },
    effectChange: { full: 'Change (t)', short: 'Change' },
    costOld: { full: 'Cost before (NOK)', short: 'Cost before' },
    costNew: { full: 'Cost now (NOK)', short: 'Cost now' },
    costChange: { full: 'Change (NOK)', short: 'Change' },
  },
};

const labelsByLanguage: Record<Language, DiffLabels> = { nb, nn, en };

/** The words of `diff` in a language. */
export function diffLabels(language: Language): DiffLabels {
  return labelsByLanguage[language];
}
