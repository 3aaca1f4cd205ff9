import type { Severity } from '../diagnostics/diagnostic.js';
import type { Language } from '../model/budget.js';

/**
 * The words of the Excel workbook in the budget's language: sheet titles, captions and column
 * headers. Coded values (statuses, ratings, scopes, yes/no …) come from the shared labels of
 * `labelsFor()`, so the workbook names them as every other output does.
 */
export interface WorkbookLabels {
  /** The workbook's title (document properties, page footers). */
  workbookTitle: (municipality: string, start: number, end: number) => string;
  /** Page footer, right: Excel's &P (page) and &N (pages). */
  pageOfPages: string;
  severities: Record<Severity, string>;
  ratingBases: Record<'manual' | 'status' | 'indicators', string>;
  baselineMethods: Record<'flat' | 'growth' | 'explicit', string>;
  /** The first line under each sheet title: who, which plan, which unit. */
  planLine: (municipality: string, start: number, end: number, horizon: number) => string;
  summary: {
    title: string;
    caption: string;
    target: string;
    scope: string;
    baseYear: string;
    base: string;
    year: string;
    reduction: string;
    level: string;
    latestYear: string;
    latest: string;
    achieved: string;
    progress: string;
    onTrack: string;
    requiredAnnual: string;
    projectedAtYear: string;
    meetsTarget: string;
    cumulativeOvershoot: string;
    /** The gap with every counted measure: with the proposals too. */
    gap: (year: number) => string;
    /** The gap with decided measures only (SPEC §5.4). */
    gapDecided: (year: number) => string;
    coverage: (year: number) => string;
    namesNote: (target: string) => string;
  };
  pathway: {
    title: string;
    caption: string;
    target: string;
    year: string;
    actual: string;
    baseline: string;
    effect: string;
    effectLow: string;
    effectHigh: string;
    projected: string;
    path: string;
    gap: string;
    need: string;
    coverage: string;
    effectDecided: string;
    gapDecided: string;
    coverageDecided: string;
  };
  measures: {
    title: string;
    caption: string;
    id: string;
    measureTitle: string;
    sector: string;
    source: string;
    scope: string;
    responsible: string;
    status: string;
    currentStatus: string;
    rating: string;
    kind: string;
    counted: string;
    start: string;
    fullEffect: string;
    end: string;
    explicitPhase: string;
    fullEffectT: string;
    revised: string;
    revisedFrom: string;
    effect: (year: number) => string;
    effectLow: (year: number) => string;
    effectHigh: (year: number) => string;
    factors: string;
    overlapGroup: string;
    investment: string;
    investmentYear: string;
    annual: string;
    lifetime: string;
    annualised: string;
    nokPerT: string;
    indicators: string;
    tags: string;
    description: string;
    assumptions: string;
    references: string;
    totalCounted: string;
    totalNotCounted: string;
    note: string;
  };
  sectors: {
    title: string;
    caption: string;
    sector: string;
    sectorId: string;
    total: string;
  };
  responsible: {
    title: string;
    caption: string;
    responsible: string;
    measures: string;
    effect: (year: number) => string;
    cost: (year: number) => string;
    total: string;
  };
  costs: {
    title: string;
    caption: string;
    id: string;
    measureTitle: string;
    responsible: string;
    status: string;
    investment: string;
    investmentYear: string;
    annual: string;
    lifetime: string;
    annualised: string;
    fullEffectT: string;
    nokPerT: string;
    rank: string;
    cost: (year: number) => string;
    total: string;
    note: (discountRate: string) => string;
    unknownNote: string;
    unknownExcluded: string;
  };
  followUp: {
    title: string;
    caption: string;
    id: string;
    measureTitle: string;
    responsible: string;
    status: string;
    currentStatus: string;
    rating: string;
    ratingBasis: string;
    period: string;
    date: string;
    revised: string;
    comment: string;
    indicator: string;
    indicatorTitle: string;
    unit: string;
    baseline: string;
    target: string;
    targetYear: string;
    value: string;
    expected: string;
    progress: string;
  };
  factors: {
    title: string;
    caption: string;
    id: string;
    name: string;
    unit: string;
    year: string;
    kgCo2e: string;
    basis: string;
    gases: string;
    builtin: string;
    usedBy: string;
    source: string;
    url: string;
    note: string;
  };
  sources: {
    title: string;
    caption: string;
    kind: string;
    subject: string;
    source: string;
    vintage: string;
    gwp: string;
    file: string;
    url: string;
    note: string;
    inventory: string;
    baseline: string;
    factor: string;
    reference: string;
    assumption: string;
    baselineMethod: (method: string) => string;
  };
  checks: {
    title: string;
    caption: string;
    severity: string;
    code: string;
    file: string;
    line: string;
    column: string;
    message: string;
    hint: string;
    none: string;
  };
}

const nb: WorkbookLabels = {
  workbookTitle: (municipality, start, end) => `Klimabudsjett ${municipality} ${start}–${end}`,
  pageOfPages: 'Side &P av &N',
  severities: { error: 'Feil', warning: 'Advarsel', info: 'Info' },
  ratingBases: { manual: 'Manuell', status: 'Status', indicators: 'Indikatorer' },
  baselineMethods: {
    flat: 'flat fra siste år',
    growth: 'årlig vekst per sektor',
    explicit: 'oppgitte år, interpolert',
  },
  planLine: (municipality, start, end, horizon) =>
    `${municipality} · handlings- og økonomiplan ${start}–${end} · beregnet til ${horizon}`,
  summary: {
    title: 'Sammendrag',
    caption: 'Mål, status og gap i planårene. Utslipp i tonn CO2-ekvivalenter (t).',
    target: 'Mål',
    scope: 'Omfang',
    baseYear: 'Basisår',
    base: 'Utslipp basisår (t)',
    year: 'Målår',
    reduction: 'Reduksjon',
    level: 'Målnivå (t)',
    latestYear: 'Siste år',
    latest: 'Utslipp siste år (t)',
    achieved: 'Oppnådd reduksjon',
    progress: 'Andel av målet nådd',
    onTrack: 'I rute',
    requiredAnnual: 'Nødvendig kutt per år (t)',
    projectedAtYear: 'Framskrevet i målåret (t)',
    meetsTarget: 'Når målet',
    cumulativeOvershoot: 'Samlet overskridelse (t)',
    gap: (year) => `Gap ${year} med forslag (t)`,
    gapDecided: (year) => `Gap ${year} med vedtatte tiltak (t)`,
    coverage: (year) => `Dekning ${year}`,
    namesNote: (target) =>
      `Navngitte celler (f.eks. Gap_2029, Target_level) gjelder målet ${target}; hvert mål har også navn med mål-id som endelse.`,
  },
  pathway: {
    title: 'Utslippsbane',
    caption:
      'Per mål og år: utslipp, referansebane, effekt av tiltak, tiltaksbane (framskrevet), utslippsramme og gap (t), med forslag og med vedtatte tiltak (vedtatt, pågår, gjennomført).',
    target: 'Mål',
    year: 'År',
    actual: 'Utslipp (t)',
    baseline: 'Referansebane (t)',
    effect: 'Effekt av tiltak (t)',
    effectLow: 'Effekt, lav (t)',
    effectHigh: 'Effekt, høy (t)',
    projected: 'Tiltaksbane (t)',
    path: 'Utslippsramme (t)',
    gap: 'Gap med forslag (t)',
    need: 'Behov for kutt (t)',
    coverage: 'Dekning',
    effectDecided: 'Effekt av vedtatte tiltak (t)',
    gapDecided: 'Gap med vedtatte tiltak (t)',
    coverageDecided: 'Dekning med vedtatte tiltak',
  },
  measures: {
    title: 'Tiltak',
    caption: 'Alle tiltak med effekt (t CO2e per år), kostnader (kr) og status.',
    id: 'Tiltak',
    measureTitle: 'Tittel',
    sector: 'Sektor',
    source: 'Utslippskilde',
    scope: 'Omfang',
    responsible: 'Ansvarlig',
    status: 'Status i budsjettet',
    currentStatus: 'Status nå',
    rating: 'Vurdering',
    kind: 'Type',
    counted: 'Telles med',
    start: 'Start',
    fullEffect: 'Full effekt fra',
    end: 'Slutt',
    explicitPhase: 'Egen innfasing',
    fullEffectT: 'Full effekt (t/år)',
    revised: 'Revidert effekt (t/år)',
    revisedFrom: 'Revidert i',
    effect: (year) => `Effekt ${year} (t)`,
    effectLow: (year) => `Lav ${year} (t)`,
    effectHigh: (year) => `Høy ${year} (t)`,
    factors: 'Faktorer',
    overlapGroup: 'Overlappgruppe',
    investment: 'Investering (kr)',
    investmentYear: 'Investeringsår',
    annual: 'Årlig kostnad (kr)',
    lifetime: 'Levetid (år)',
    annualised: 'Årskostnad (kr/år)',
    nokPerT: 'Kostnad per tonn (kr/t)',
    indicators: 'Indikatorer',
    tags: 'Stikkord',
    description: 'Beskrivelse',
    assumptions: 'Forutsetninger',
    references: 'Referanser',
    totalCounted: 'Sum tiltak som telles med',
    totalNotCounted: 'Sum tiltak som ikke telles med',
    note: 'Tiltak som telles med står først; summene gjelder radene over dem.',
  },
  sectors: {
    title: 'Sektorer',
    caption: 'Effekt av tiltak som telles med, per sektor og år (t CO2e).',
    sector: 'Sektor',
    sectorId: 'Sektor-id',
    total: 'Sum',
  },
  responsible: {
    title: 'Ansvar',
    caption: 'Effekt (t CO2e) og kostnader (kr) per ansvarlig og år, for tiltak som telles med.',
    responsible: 'Ansvarlig',
    measures: 'Antall tiltak',
    effect: (year) => `Effekt ${year} (t)`,
    cost: (year) => `Kostnad ${year} (kr)`,
    total: 'Sum',
  },
  costs: {
    title: 'Kostnader',
    caption: 'Kostnader for tiltak med status som telles med, per tiltak og år (kr).',
    id: 'Tiltak',
    measureTitle: 'Tittel',
    responsible: 'Ansvarlig',
    status: 'Status i budsjettet',
    investment: 'Investering (kr)',
    investmentYear: 'Investeringsår',
    annual: 'Årlig kostnad (kr)',
    lifetime: 'Levetid (år)',
    annualised: 'Årskostnad (kr/år)',
    fullEffectT: 'Full effekt (t/år)',
    nokPerT: 'Kostnad per tonn (kr/t)',
    rank: 'Rang i tiltakskostnadskurven',
    cost: (year) => `${year} (kr)`,
    total: 'Sum',
    note: (discountRate) =>
      `Årskostnad = investering × r / (1 − (1 + r)^−levetid) + årlig kostnad, med kalkulasjonsrente r = ${discountRate}.`,
    unknownNote: 'Tomme kostnadsceller: kostnaden er ikke oppgitt (ukjent kostnad er ikke null kostnad).',
    unknownExcluded:
      'Tiltak uten oppgitt kostnad er ikke med her (ukjent kostnad er ikke null kostnad); de står i Tiltak.',
  },
  followUp: {
    title: 'Oppfølging',
    caption: 'Siste oppfølging av hvert tiltak: status, vurdering og indikatorer.',
    id: 'Tiltak',
    measureTitle: 'Tittel',
    responsible: 'Ansvarlig',
    status: 'Status i budsjettet',
    currentStatus: 'Status nå',
    rating: 'Vurdering',
    ratingBasis: 'Vurdert ut fra',
    period: 'Periode',
    date: 'Dato',
    revised: 'Revidert effekt (t/år)',
    comment: 'Kommentar',
    indicator: 'Indikator',
    indicatorTitle: 'Indikatortittel',
    unit: 'Enhet',
    baseline: 'Utgangsverdi',
    target: 'Målverdi',
    targetYear: 'Målår',
    value: 'Rapportert',
    expected: 'Forventet',
    progress: 'Framdrift',
  },
  factors: {
    title: 'Faktorer',
    caption: 'Utslippsfaktorene i bruk (kg CO2e per enhet), med kilder.',
    id: 'Faktor',
    name: 'Navn',
    unit: 'Enhet',
    year: 'År',
    kgCo2e: 'kg CO2e per enhet',
    basis: 'Grunnlag',
    gases: 'Gasser',
    builtin: 'Innebygd',
    usedBy: 'Brukt av',
    source: 'Kilde',
    url: 'Lenke',
    note: 'Merknad',
  },
  sources: {
    title: 'Kilder',
    caption: 'Kildene, årgangene, forutsetningene og referansene bak tallene.',
    kind: 'Type',
    subject: 'Gjelder',
    source: 'Kilde',
    vintage: 'Årgang',
    gwp: 'GWP',
    file: 'Fil',
    url: 'Lenke',
    note: 'Merknad',
    inventory: 'Utslippsregnskap',
    baseline: 'Referansebane',
    factor: 'Utslippsfaktor',
    reference: 'Referanse',
    assumption: 'Forutsetning',
    baselineMethod: (method) => `Metode: ${method}`,
  },
  checks: {
    title: 'Kontroll',
    caption: 'Funn fra kontrollen av budsjettfilene.',
    severity: 'Alvorlighet',
    code: 'Kode',
    file: 'Fil',
    line: 'Linje',
    column: 'Kolonne',
    message: 'Melding',
    hint: 'Råd',
    none: 'Ingen funn.',
  },
};

const nn: WorkbookLabels = {
  ...nb,
  pageOfPages: 'Side &P av &N',
  severities: { error: 'Feil', warning: 'Åtvaring', info: 'Info' },
  ratingBases: { manual: 'Manuell', status: 'Status', indicators: 'Indikatorar' },
  baselineMethods: {
    flat: 'flat frå siste år',
    growth: 'årleg vekst per sektor',
    explicit: 'oppgjevne år, interpolert',
  },
  planLine: (municipality, start, end, horizon) =>
    `${municipality} · handlings- og økonomiplan ${start}–${end} · berekna til ${horizon}`,
  summary: {
    ...nb.summary,
    title: 'Samandrag',
    caption: 'Mål, status og gap i planåra. Utslepp i tonn CO2-ekvivalentar (t).',
    base: 'Utslepp basisår (t)',
    latest: 'Utslepp siste år (t)',
    achieved: 'Oppnådd reduksjon',
    progress: 'Del av målet nådd',
    requiredAnnual: 'Naudsynt kutt per år (t)',
    projectedAtYear: 'Framskrive i målåret (t)',
    cumulativeOvershoot: 'Samla overskriding (t)',
    gapDecided: (year) => `Gap ${year} med vedtekne tiltak (t)`,
    coverage: (year) => `Dekning ${year}`,
    namesNote: (target) =>
      `Namngjevne celler (t.d. Gap_2029, Target_level) gjeld målet ${target}; kvart mål har òg namn med mål-id som ending.`,
  },
  pathway: {
    ...nb.pathway,
    title: 'Utsleppsbane',
    caption:
      'Per mål og år: utslepp, referansebane, effekt av tiltak, tiltaksbane (framskrive), utsleppsramme og gap (t), med forslag og med vedtekne tiltak (vedtekne, pågår, gjennomførte).',
    actual: 'Utslepp (t)',
    projected: 'Tiltaksbane (t)',
    path: 'Utsleppsramme (t)',
    need: 'Behov for kutt (t)',
    effectDecided: 'Effekt av vedtekne tiltak (t)',
    gapDecided: 'Gap med vedtekne tiltak (t)',
    coverageDecided: 'Dekning med vedtekne tiltak',
  },
  measures: {
    ...nb.measures,
    caption: 'Alle tiltak med effekt (t CO2e per år), kostnader (kr) og status.',
    source: 'Utsleppskjelde',
    responsible: 'Ansvarleg',
    counted: 'Vert talde med',
    explicitPhase: 'Eiga innfasing',
    annual: 'Årleg kostnad (kr)',
    description: 'Skildring',
    assumptions: 'Føresetnader',
    tags: 'Stikkord',
    totalCounted: 'Sum tiltak som vert talde med',
    totalNotCounted: 'Sum tiltak som ikkje vert talde med',
    note: 'Tiltak som vert talde med står først; summane gjeld radene over dei.',
  },
  sectors: {
    ...nb.sectors,
    title: 'Sektorar',
    caption: 'Effekt av tiltak som vert talde med, per sektor og år (t CO2e).',
  },
  responsible: {
    ...nb.responsible,
    caption: 'Effekt (t CO2e) og kostnader (kr) per ansvarleg og år, for tiltak som vert talde med.',
    responsible: 'Ansvarleg',
    measures: 'Tal på tiltak',
  },
  costs: {
    ...nb.costs,
    caption: 'Kostnader for tiltak med status som vert talde med, per tiltak og år (kr).',
    responsible: 'Ansvarleg',
    annual: 'Årleg kostnad (kr)',
    rank: 'Rang i tiltakskostnadskurva',
    note: (discountRate) =>
      `Årskostnad = investering × r / (1 − (1 + r)^−levetid) + årleg kostnad, med kalkulasjonsrente r = ${discountRate}.`,
    unknownNote: 'Tomme kostnadsceller: kostnaden er ikkje oppgjeven (ukjend kostnad er ikkje null kostnad).',
    unknownExcluded:
      'Tiltak utan oppgjeven kostnad er ikkje med her (ukjend kostnad er ikkje null kostnad); dei står i Tiltak.',
  },
  followUp: {
    ...nb.followUp,
    caption: 'Siste oppfølging av kvart tiltak: status, vurdering og indikatorar.',
    responsible: 'Ansvarleg',
    ratingBasis: 'Vurdert ut frå',
    indicatorTitle: 'Indikatortittel',
    unit: 'Eining',
    baseline: 'Utgangsverdi',
    expected: 'Venta',
  },
  factors: {
    ...nb.factors,
    title: 'Faktorar',
    caption: 'Utsleppsfaktorane i bruk (kg CO2e per eining), med kjelder.',
    name: 'Namn',
    unit: 'Eining',
    kgCo2e: 'kg CO2e per eining',
    builtin: 'Innebygd',
    source: 'Kjelde',
    url: 'Lenkje',
  },
  sources: {
    ...nb.sources,
    title: 'Kjelder',
    caption: 'Kjeldene, årgangane, føresetnadene og referansane bak tala.',
    subject: 'Gjeld',
    source: 'Kjelde',
    url: 'Lenkje',
    inventory: 'Utsleppsrekneskap',
    factor: 'Utsleppsfaktor',
    assumption: 'Føresetnad',
  },
  checks: {
    ...nb.checks,
    caption: 'Funn frå kontrollen av budsjettfilene.',
    severity: 'Alvorsgrad',
  },
};

const en: WorkbookLabels = {
  workbookTitle: (municipality, start, end) => `Climate budget ${municipality} ${start}–${end}`,
  pageOfPages: 'Page &P of &N',
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  ratingBases: { manual: 'Manual', status: 'Status', indicators: 'Indicators' },
  baselineMethods: {
    flat: 'flat from the latest year',
    growth: 'annual growth per sector',
    explicit: 'listed years, interpolated',
  },
  planLine: (municipality, start, end, horizon) =>
    `${municipality} · action and economic plan ${start}–${end} · computed to ${horizon}`,
  summary: {
    title: 'Summary',
    caption: 'Targets, progress and gap in the plan years. Emissions in tonnes CO2 equivalents (t).',
    target: 'Target',
    scope: 'Scope',
    baseYear: 'Base year',
    base: 'Base-year emissions (t)',
    year: 'Target year',
    reduction: 'Reduction',
    level: 'Target level (t)',
    latestYear: 'Latest year',
    latest: 'Latest emissions (t)',
    achieved: 'Reduction achieved',
    progress: 'Share of target reached',
    onTrack: 'On track',
    requiredAnnual: 'Required cut per year (t)',
    projectedAtYear: 'Projected in target year (t)',
    meetsTarget: 'Meets target',
    cumulativeOvershoot: 'Cumulative overshoot (t)',
    gap: (year) => `Gap ${year} with proposals (t)`,
    gapDecided: (year) => `Gap ${year} with decided measures (t)`,
    coverage: (year) => `Coverage ${year}`,
    namesNote: (target) =>
      `Named cells (e.g. Gap_2029, Target_level) belong to target ${target}; every target also has names ending in its id.`,
  },
  pathway: {
    title: 'Pathway',
    caption:
      'Per target and year: emissions, baseline, effect of measures, projected, emission path and gap (t), with proposals and with decided measures (adopted, in progress, completed).',
    target: 'Target',
    year: 'Year',
    actual: 'Emissions (t)',
    baseline: 'Baseline (t)',
    effect: 'Effect of measures (t)',
    effectLow: 'Effect, low (t)',
    effectHigh: 'Effect, high (t)',
    projected: 'Projected (t)',
    path: 'Emission path (t)',
    gap: 'Gap with proposals (t)',
    need: 'Reduction needed (t)',
    coverage: 'Coverage',
    effectDecided: 'Effect of decided measures (t)',
    gapDecided: 'Gap with decided measures (t)',
    coverageDecided: 'Coverage with decided measures',
  },
  measures: {
    title: 'Measures',
    caption: 'Every measure with its effect (t CO2e per year), costs (NOK) and status.',
    id: 'Measure',
    measureTitle: 'Title',
    sector: 'Sector',
    source: 'Emission source',
    scope: 'Scope',
    responsible: 'Responsible',
    status: 'Status in the budget',
    currentStatus: 'Current status',
    rating: 'Rating',
    kind: 'Kind',
    counted: 'Counted',
    start: 'Start',
    fullEffect: 'Full effect from',
    end: 'End',
    explicitPhase: 'Explicit phase-in',
    fullEffectT: 'Full effect (t/yr)',
    revised: 'Revised effect (t/yr)',
    revisedFrom: 'Revised in',
    effect: (year) => `Effect ${year} (t)`,
    effectLow: (year) => `Low ${year} (t)`,
    effectHigh: (year) => `High ${year} (t)`,
    factors: 'Factors',
    overlapGroup: 'Overlap group',
    investment: 'Investment (NOK)',
    investmentYear: 'Investment year',
    annual: 'Annual cost (NOK)',
    lifetime: 'Lifetime (years)',
    annualised: 'Annualised cost (NOK/yr)',
    nokPerT: 'Cost per tonne (NOK/t)',
    indicators: 'Indicators',
    tags: 'Tags',
    description: 'Description',
    assumptions: 'Assumptions',
    references: 'References',
    totalCounted: 'Sum of counted measures',
    totalNotCounted: 'Sum of measures not counted',
    note: 'Counted measures come first; each sum covers the rows above it.',
  },
  sectors: {
    title: 'Sectors',
    caption: 'Effect of counted measures per sector and year (t CO2e).',
    sector: 'Sector',
    sectorId: 'Sector id',
    total: 'Total',
  },
  responsible: {
    title: 'Responsible',
    caption: 'Effect (t CO2e) and costs (NOK) per responsible and year, for counted measures.',
    responsible: 'Responsible',
    measures: 'Measures',
    effect: (year) => `Effect ${year} (t)`,
    cost: (year) => `Cost ${year} (NOK)`,
    total: 'Total',
  },
  costs: {
    title: 'Costs',
    caption: 'Costs of measures whose status is counted, per measure and year (NOK).',
    id: 'Measure',
    measureTitle: 'Title',
    responsible: 'Responsible',
    status: 'Status in the budget',
    investment: 'Investment (NOK)',
    investmentYear: 'Investment year',
    annual: 'Annual cost (NOK)',
    lifetime: 'Lifetime (years)',
    annualised: 'Annualised cost (NOK/yr)',
    fullEffectT: 'Full effect (t/yr)',
    nokPerT: 'Cost per tonne (NOK/t)',
    rank: 'Rank on the abatement cost curve',
    cost: (year) => `${year} (NOK)`,
    total: 'Total',
    note: (discountRate) =>
      `Annualised cost = investment × r / (1 − (1 + r)^−lifetime) + annual cost, with discount rate r = ${discountRate}.`,
    unknownNote: 'Empty cost cells: the cost is not given (an unknown cost is not a zero cost).',
    unknownExcluded: 'Measures without a cost are not listed here (an unknown cost is not a zero cost); see Measures.',
  },
  followUp: {
    title: 'Follow-up',
    caption: 'The latest follow-up of each measure: status, rating and indicators.',
    id: 'Measure',
    measureTitle: 'Title',
    responsible: 'Responsible',
    status: 'Status in the budget',
    currentStatus: 'Current status',
    rating: 'Rating',
    ratingBasis: 'Rated on',
    period: 'Period',
    date: 'Date',
    revised: 'Revised effect (t/yr)',
    comment: 'Comment',
    indicator: 'Indicator',
    indicatorTitle: 'Indicator title',
    unit: 'Unit',
    baseline: 'Baseline',
    target: 'Target',
    targetYear: 'Target year',
    value: 'Reported',
    expected: 'Expected',
    progress: 'Progress',
  },
  factors: {
    title: 'Factors',
    caption: 'The emission factors in use (kg CO2e per unit), with sources.',
    id: 'Factor',
    name: 'Name',
    unit: 'Unit',
    year: 'Year',
    kgCo2e: 'kg CO2e per unit',
    basis: 'Basis',
    gases: 'Gases',
    builtin: 'Built in',
    usedBy: 'Used by',
    source: 'Source',
    url: 'Link',
    note: 'Note',
  },
  sources: {
    title: 'Sources',
    caption: 'The sources, vintages, assumptions and references behind the numbers.',
    kind: 'Kind',
    subject: 'About',
    source: 'Source',
    vintage: 'Vintage',
    gwp: 'GWP',
    file: 'File',
    url: 'Link',
    note: 'Note',
    inventory: 'Emission inventory',
    baseline: 'Baseline',
    factor: 'Emission factor',
    reference: 'Reference',
    assumption: 'Assumption',
    baselineMethod: (method) => `Method: ${method}`,
  },
  checks: {
    title: 'Checks',
    caption: 'Findings of the check of the budget files.',
    severity: 'Severity',
    code: 'Code',
    file: 'File',
    line: 'Line',
    column: 'Column',
    message: 'Message',
    hint: 'Hint',
    none: 'No findings.',
  },
};

const labelsByLanguage: Record<Language, WorkbookLabels> = { nb, nn, en };

/** Returns the workbook's words in a language. */
export function workbookLabels(language: Language): WorkbookLabels {
  return labelsByLanguage[language];
}
