import type { Language } from '../model/budget.js';

/**
 * Every word of the measures template (`export --template`) and of its import (`import
 * measures`): sheet names, column headers, the notes row, the explanation sheet and the
 * diagnostics of the reader. One record per language, so a missing translation fails to compile.
 * Coded values (statuses, scopes, kinds, sectors) come from the shared labels (`labelsFor()`,
 * src/model/sectors.ts), as in every other output.
 */

/** The columns of the measures sheet, in their order; `_1`…`_4` are activity lines, `indicator_*` the first indicator. */
export const templateColumnIds = [
  'id',
  'title',
  'description',
  'sector',
  'source',
  'scope',
  'kind',
  'responsible',
  'status',
  'start',
  'full_effect',
  'end',
  'phase',
  't_co2e',
  'low',
  'high',
  'uncertainty_pct',
  'factor_1',
  'amount_1',
  'unit_1',
  'factor_2',
  'amount_2',
  'unit_2',
  'factor_3',
  'amount_3',
  'unit_3',
  'factor_4',
  'amount_4',
  'unit_4',
  'investment',
  'annual',
  'lifetime',
  'investment_year',
  'indicator_id',
  'indicator_title',
  'indicator_unit',
  'indicator_baseline',
  'indicator_target',
  'indicator_target_year',
  'overlap_group',
  'tags',
  'references',
  'assumptions',
] as const;

export type TemplateColumnId = (typeof templateColumnIds)[number];

/** One column in words: its header, the short note under it, and the explanation sheet's text and example. */
export interface TemplateColumnText {
  header: string;
  note: string;
  explanation: string;
  example: string;
}

export interface TemplateLabels {
  /** Sheet names; the reader finds the measures sheet by its name in any language. */
  sheets: { measures: string; explanation: string; factors: string; lists: string };
  /** The document title. */
  title: (municipality: string) => string;
  columns: Record<TemplateColumnId, TemplateColumnText>;
  /** The explanation sheet: a first paragraph, then one row per column. */
  explanation: {
    intro: readonly string[];
    headers: { column: string; header: string; explanation: string; example: string; required: string };
    yes: string;
  };
  factorHeaders: { id: string; name: string; unit: string; kgCo2e: string; basis: string; source: string };
  listHeaders: { sector: string; scope: string; kind: string; status: string; responsible: string; factor: string };
}

/** The columns of activity lines 2–4: line 1's again, numbered, each explained as "like line 1". */
type LaterLineColumnId = `${'factor' | 'amount' | 'unit'}_${2 | 3 | 4}`;

/** The three columns of an activity line, in the words of one language. */
interface LineWords {
  factor: string;
  amount: string;
  unit: string;
}

/** The examples of lines 2–4, the same in every language: a factor id, an amount, a unit; lines 3 and 4 are left empty. */
const laterLineExamples: readonly LineWords[] = [
  { factor: 'electricity', amount: '150000', unit: 'kWh' },
  { factor: '', amount: '', unit: '' },
  { factor: '', amount: '', unit: '' },
];

/** Lines 2–4 of a language: `names` numbered as headers, `notes` under them, `like` pointing at line 1's column. */
function laterActivityLines(
  names: LineWords,
  notes: LineWords,
  like: (firstLineHeader: string) => string,
): Record<LaterLineColumnId, TemplateColumnText> {
  const parts = ['factor', 'amount', 'unit'] as const;
  const columns = laterLineExamples.flatMap((examples, index) =>
    parts.map((part) => [
      `${part}_${index + 2}`,
      {
        header: `${names[part]} ${index + 2}`,
        note: notes[part],
        explanation: like(`${names[part]} 1`),
        example: examples[part],
      },
    ]),
  );
  return Object.fromEntries(columns) as Record<LaterLineColumnId, TemplateColumnText>;
}

/**
 * The examples that are the same in every language: ids, years, numbers, units, and the
 * inventory's own name of a source. Only these are shared; every word is written per language, so
 * a field a language forgets fails to compile instead of showing another language's words.
 */
const languageFree = {
  id: 'VT-03',
  source: 'Personbiler',
  start: '2026',
  full_effect: '2028',
  end: '2035',
  t_co2e: '120',
  low: '80',
  high: '150',
  uncertainty_pct: '20',
  factor_1: 'diesel',
  amount_1: '-45000',
  unit_1: 'l',
  investment: '2500000',
  annual: '-40000',
  lifetime: '10',
  investment_year: '2026',
  indicator_id: 'zev-share',
  indicator_unit: '%',
  indicator_baseline: '20',
  indicator_target: '100',
  indicator_target_year: '2028',
} as const satisfies Partial<Record<TemplateColumnId, string>>;

const nb: TemplateLabels = {
  sheets: { measures: 'Tiltak', explanation: 'Forklaring', factors: 'Faktorer', lists: 'Lister' },
  title: (municipality) => `Tiltak til klimabudsjettet – ${municipality}`,
  columns: {
    id: {
      header: 'ID',
      note: 'kort og unik',
      explanation: 'En kort kode som er unik i hele budsjettet: bokstaver, tall, punktum, _ og -.',
      example: languageFree.id,
    },
    title: {
      header: 'Tiltak',
      note: 'navn på tiltaket',
      explanation: 'Tiltaket med noen få ord.',
      example: 'Elektriske tjenestebiler',
    },
    description: {
      header: 'Beskrivelse',
      note: 'hva gjøres',
      explanation: 'Hva som skal gjøres, av hvem og hvordan.',
      example: 'Alle tjenestebiler byttes til elbil innen 2028.',
    },
    sector: {
      header: 'Sektor',
      note: 'velg fra listen',
      explanation: 'Sektoren i Miljødirektoratets utslippsregnskap der utslippene kuttes (eller egen kategori).',
      example: 'Veitrafikk',
    },
    source: {
      header: 'Utslippskilde',
      note: 'valgfri',
      explanation: 'Utslippskilden i sektoren, slik utslippsregnskapet kaller den.',
      example: languageFree.source,
    },
    scope: {
      header: 'Systemgrense',
      note: 'tom = geografisk',
      explanation: 'Geografiske utslipp (standard), kommunens egen drift eller indirekte utslipp.',
      example: 'Geografisk',
    },
    kind: {
      header: 'Type',
      note: 'tom = tallfestet',
      explanation: 'Tallfestet (har effekt i tonn), ligger i referansebanen, eller ikke tallfestet.',
      example: 'Tallfestet',
    },
    responsible: {
      header: 'Ansvarlig',
      note: 'virksomhet/enhet',
      explanation: 'Virksomheten eller enheten som har ansvaret. Skriv navnet likt hver gang.',
      example: 'Eiendom og drift',
    },
    status: {
      header: 'Status',
      note: 'velg fra listen',
      explanation: 'Status i budsjettet: foreslått, vedtatt, pågår, gjennomført, utsatt eller avbrutt.',
      example: 'Vedtatt',
    },
    start: {
      header: 'Start (år)',
      note: 'første år med effekt',
      explanation: 'Første år tiltaket har effekt, og året kostnadene begynner.',
      example: languageFree.start,
    },
    full_effect: {
      header: 'Full effekt (år)',
      note: 'valgfri',
      explanation: 'Året full effekt nås; effekten øker jevnt fra start.',
      example: languageFree.full_effect,
    },
    end: {
      header: 'Slutt (år)',
      note: 'valgfri',
      explanation: 'Siste år med effekt.',
      example: languageFree.end,
    },
    phase: {
      header: 'Innfasing',
      note: 'år: andel; …',
      explanation: 'I stedet for «Full effekt»: andel av full effekt per år, holdt til neste år i listen.',
      example: '2026: 0,3; 2027: 0,6; 2028: 1',
    },
    t_co2e: {
      header: 'Effekt (tonn CO2e/år)',
      note: 'kutt per år ved full effekt',
      explanation:
        'Utslippskutt i tonn CO2-ekvivalenter per år når tiltaket har full effekt (negativt tall hvis utslippene øker). Fyll ut dette eller aktivitetslinjene.',
      example: languageFree.t_co2e,
    },
    low: {
      header: 'Lav (tonn)',
      note: 'valgfri',
      explanation: 'Lavt anslag for effekten.',
      example: languageFree.low,
    },
    high: {
      header: 'Høy (tonn)',
      note: 'valgfri',
      explanation: 'Høyt anslag for effekten.',
      example: languageFree.high,
    },
    uncertainty_pct: {
      header: 'Usikkerhet (%)',
      note: 'med aktivitet',
      explanation: 'Usikkerhet i prosent rundt effekten beregnet fra aktivitetslinjene.',
      example: languageFree.uncertainty_pct,
    },
    factor_1: {
      header: 'Faktor 1',
      note: 'fra arket Faktorer',
      explanation: 'Utslippsfaktor for endringen i aktivitet (se arket Faktorer).',
      example: languageFree.factor_1,
    },
    amount_1: {
      header: 'Mengde 1',
      note: 'per år, minus = mindre',
      explanation: 'Endring i aktivitet per år ved full effekt, i faktorens enhet eller enheten ved siden av.',
      example: languageFree.amount_1,
    },
    unit_1: {
      header: 'Enhet 1',
      note: 'tom = faktorens',
      explanation: 'Enheten til mengden, hvis den ikke er faktorens (kWh, MWh, GWh, l, kg, t …).',
      example: languageFree.unit_1,
    },
    ...laterActivityLines(
      { factor: 'Faktor', amount: 'Mengde', unit: 'Enhet' },
      { factor: 'fra arket Faktorer', amount: 'per år', unit: 'tom = faktorens' },
      (first) => `Som ${first}.`,
    ),
    investment: {
      header: 'Investering (kr)',
      note: 'engangsbeløp',
      explanation: 'Investering i kroner, én gang, i investeringsåret.',
      example: languageFree.investment,
    },
    annual: {
      header: 'Årlig kostnad (kr)',
      note: 'minus = innsparing',
      explanation: 'Kostnad i kroner for hvert år tiltaket virker (negativt tall for innsparing).',
      example: languageFree.annual,
    },
    lifetime: {
      header: 'Levetid (år)',
      note: 'tom = 10',
      explanation: 'Levetid for investeringen, for årskostnaden.',
      example: languageFree.lifetime,
    },
    investment_year: {
      header: 'Investeringsår',
      note: 'tom = start',
      explanation: 'Året investeringen gjøres.',
      example: languageFree.investment_year,
    },
    indicator_id: {
      header: 'Indikator-ID',
      note: 'for oppfølging',
      explanation: 'En kort kode for indikatoren tiltaket følges opp med.',
      example: languageFree.indicator_id,
    },
    indicator_title: {
      header: 'Indikator',
      note: 'hva måles',
      explanation: 'Hva indikatoren måler.',
      example: 'Andel nullutslippsbiler',
    },
    indicator_unit: {
      header: 'Indikatorenhet',
      note: '%, stk …',
      explanation: 'Enheten til indikatoren.',
      example: languageFree.indicator_unit,
    },
    indicator_baseline: {
      header: 'Indikator nå',
      note: 'utgangspunkt',
      explanation: 'Indikatorens verdi ved start.',
      example: languageFree.indicator_baseline,
    },
    indicator_target: {
      header: 'Indikator mål',
      note: 'målverdi',
      explanation: 'Verdien indikatoren skal nå.',
      example: languageFree.indicator_target,
    },
    indicator_target_year: {
      header: 'Indikator målår',
      note: 'år',
      explanation: 'Året målverdien skal nås.',
      example: languageFree.indicator_target_year,
    },
    overlap_group: {
      header: 'Overlappgruppe',
      note: 'valgfri',
      explanation: 'Tiltak med samme gruppe sjekkes for dobbelttelling.',
      example: 'tjenestebiler',
    },
    tags: {
      header: 'Stikkord',
      note: 'skilt med komma',
      explanation: 'Stikkord for å gruppere tiltak.',
      example: 'transport, egen drift',
    },
    references: {
      header: 'Kilder',
      note: 'én per linje',
      explanation: 'Kilder og dokumentasjon for tallene, én per linje i cellen (Alt+Enter).',
      example: 'Miljødirektoratets beregningsverktøy for personbiler (2018)',
    },
    assumptions: {
      header: 'Forutsetninger',
      note: 'hvordan regnet',
      explanation: 'Forutsetningene bak effekten og kostnaden.',
      example: '25 biler × 12 000 km × 0,6 l/10 km',
    },
  },
  explanation: {
    intro: [
      'Slik fyller du ut arket Tiltak',
      'Én rad per tiltak. Den grå raden under overskriftene forklarer kolonnene kort; ikke endre overskriftene. Legg til, flytt og slett rader fritt.',
      'Velg sektor, systemgrense, type, status, ansvarlig og faktor fra nedtrekkslistene. Tall skrives som tall, uten enhet.',
      'Oppgi effekten enten som tonn CO2e per år (Effekt) eller som endringer i aktivitet (Faktor og Mengde).',
      'Klimarådgiveren leser arket inn igjen med «klimabudsjett import measures», som melder hver feil med celle (f.eks. Tiltak!D7).',
    ],
    headers: {
      column: 'Kolonne',
      header: 'Overskrift',
      explanation: 'Forklaring',
      example: 'Eksempel',
      required: 'Påkrevd',
    },
    yes: 'ja',
  },
  factorHeaders: {
    id: 'Faktor',
    name: 'Navn',
    unit: 'Enhet',
    kgCo2e: 'kg CO2e per enhet',
    basis: 'Grunnlag',
    source: 'Kilde',
  },
  listHeaders: {
    sector: 'Sektor',
    scope: 'Systemgrense',
    kind: 'Type',
    status: 'Status',
    responsible: 'Ansvarlig',
    factor: 'Faktor',
  },
};

/**
 * Nynorsk in full, every word written out: an earlier version spread `nb` and overrode a few
 * fields, so every field it forgot (headers, explanations, lines 2–4) said bokmål (issue 14).
 * Only `languageFree` values are shared; test/unit/nynorsk-labels.test.ts checks the words.
 * Workbooks made with the old nn headers still import: those headers were the bokmål ones.
 */
const nn: TemplateLabels = {
  sheets: { measures: 'Tiltak', explanation: 'Forklaring', factors: 'Faktorar', lists: 'Lister' },
  title: (municipality) => `Tiltak til klimabudsjettet – ${municipality}`,
  columns: {
    id: {
      header: 'ID',
      note: 'kort og eintydig',
      explanation: 'Ein kort kode som er eintydig i heile budsjettet: bokstavar, tal, punktum, _ og -.',
      example: languageFree.id,
    },
    title: {
      header: 'Tiltak',
      note: 'namn på tiltaket',
      explanation: 'Tiltaket med nokre få ord.',
      example: 'Elektriske tenestebilar',
    },
    description: {
      header: 'Skildring',
      note: 'kva blir gjort',
      explanation: 'Kva som skal gjerast, av kven og korleis.',
      example: 'Alle tenestebilane blir bytte ut med elbilar innan 2028.',
    },
    sector: {
      header: 'Sektor',
      note: 'vel frå lista',
      explanation:
        'Sektoren i utsleppsrekneskapen til Miljødirektoratet der utsleppa blir kutta (eller ein eigen kategori).',
      example: 'Vegtrafikk',
    },
    source: {
      header: 'Utsleppskjelde',
      note: 'valfri',
      explanation: 'Utsleppskjelda i sektoren, med det namnet ho har i utsleppsrekneskapen.',
      example: languageFree.source,
    },
    scope: {
      header: 'Systemgrense',
      note: 'tom = geografisk',
      explanation: 'Geografiske utslepp (standard), kommunen si eiga drift eller indirekte utslepp.',
      example: 'Geografisk',
    },
    kind: {
      header: 'Type',
      note: 'tom = talfesta',
      explanation: 'Talfesta (har effekt i tonn), ligg i referansebanen, eller ikkje talfesta.',
      example: 'Talfesta',
    },
    responsible: {
      header: 'Ansvarleg',
      note: 'verksemd/eining',
      explanation: 'Verksemda eller eininga som har ansvaret. Skriv namnet likt kvar gong.',
      example: 'Eigedom og drift',
    },
    status: {
      header: 'Status',
      note: 'vel frå lista',
      explanation: 'Status i budsjettet: føreslått, vedteke, pågår, gjennomført, utsett eller avbrote.',
      example: 'Vedteke',
    },
    start: {
      header: 'Start (år)',
      note: 'første år med effekt',
      explanation: 'Det første året tiltaket har effekt, og året kostnadene byrjar.',
      example: languageFree.start,
    },
    full_effect: {
      header: 'Full effekt (år)',
      note: 'valfri',
      explanation: 'Året tiltaket når full effekt; effekten aukar jamt frå start.',
      example: languageFree.full_effect,
    },
    end: {
      header: 'Slutt (år)',
      note: 'valfri',
      explanation: 'Det siste året med effekt.',
      example: languageFree.end,
    },
    phase: {
      header: 'Innfasing',
      note: 'år: del; …',
      explanation:
        'I staden for «Full effekt»: kor stor del av full effekt tiltaket har kvart år; delen gjeld fram til neste år i lista.',
      example: '2026: 0,3; 2027: 0,6; 2028: 1',
    },
    t_co2e: {
      header: 'Effekt (tonn CO2e/år)',
      note: 'kutt per år ved full effekt',
      explanation:
        'Utsleppskutt i tonn CO2-ekvivalentar per år når tiltaket har full effekt (negativt tal viss utsleppa aukar). Fyll ut dette eller aktivitetslinjene.',
      example: languageFree.t_co2e,
    },
    low: {
      header: 'Låg (tonn)',
      note: 'valfri',
      explanation: 'Lågt anslag for effekten.',
      example: languageFree.low,
    },
    high: {
      header: 'Høg (tonn)',
      note: 'valfri',
      explanation: 'Høgt anslag for effekten.',
      example: languageFree.high,
    },
    uncertainty_pct: {
      header: 'Uvisse (%)',
      note: 'med aktivitet',
      explanation: 'Uvisse i prosent kring effekten som er rekna ut frå aktivitetslinjene.',
      example: languageFree.uncertainty_pct,
    },
    factor_1: {
      header: 'Faktor 1',
      note: 'frå arket Faktorar',
      explanation: 'Utsleppsfaktor for endringa i aktivitet (sjå arket Faktorar).',
      example: languageFree.factor_1,
    },
    amount_1: {
      header: 'Mengd 1',
      note: 'per år, minus = mindre',
      explanation: 'Endring i aktivitet per år ved full effekt, i eininga til faktoren eller eininga ved sida av.',
      example: languageFree.amount_1,
    },
    unit_1: {
      header: 'Eining 1',
      note: 'tom = faktoren si',
      explanation: 'Eininga til mengda, viss ho ikkje er eininga til faktoren (kWh, MWh, GWh, l, kg, t …).',
      example: languageFree.unit_1,
    },
    ...laterActivityLines(
      { factor: 'Faktor', amount: 'Mengd', unit: 'Eining' },
      { factor: 'frå arket Faktorar', amount: 'per år', unit: 'tom = faktoren si' },
      (first) => `Som ${first}.`,
    ),
    investment: {
      header: 'Investering (kr)',
      note: 'eingongsbeløp',
      explanation: 'Investering i kroner, éin gong, i investeringsåret.',
      example: languageFree.investment,
    },
    annual: {
      header: 'Årleg kostnad (kr)',
      note: 'minus = innsparing',
      explanation: 'Kostnad i kroner for kvart år tiltaket verkar (negativt tal for innsparing).',
      example: languageFree.annual,
    },
    lifetime: {
      header: 'Levetid (år)',
      note: 'tom = 10',
      explanation: 'Levetida til investeringa, for årskostnaden.',
      example: languageFree.lifetime,
    },
    investment_year: {
      header: 'Investeringsår',
      note: 'tom = start',
      explanation: 'Året investeringa blir gjord.',
      example: languageFree.investment_year,
    },
    indicator_id: {
      header: 'Indikator-ID',
      note: 'for oppfølging',
      explanation: 'Ein kort kode for indikatoren som tiltaket blir følgt opp med.',
      example: languageFree.indicator_id,
    },
    indicator_title: {
      header: 'Indikator',
      note: 'kva som blir målt',
      explanation: 'Kva indikatoren måler.',
      example: 'Del nullutsleppsbilar',
    },
    indicator_unit: {
      header: 'Indikatoreining',
      note: '%, stk. …',
      explanation: 'Eininga til indikatoren.',
      example: languageFree.indicator_unit,
    },
    indicator_baseline: {
      header: 'Indikator no',
      note: 'utgangspunkt',
      explanation: 'Verdien til indikatoren ved start.',
      example: languageFree.indicator_baseline,
    },
    indicator_target: {
      header: 'Indikator mål',
      note: 'målverdi',
      explanation: 'Verdien indikatoren skal ha i målåret.',
      example: languageFree.indicator_target,
    },
    indicator_target_year: {
      header: 'Indikator målår',
      note: 'år',
      explanation: 'Året indikatoren skal ha nådd målverdien.',
      example: languageFree.indicator_target_year,
    },
    overlap_group: {
      header: 'Overlappgruppe',
      note: 'valfri',
      explanation: 'Tiltak i same gruppe blir sjekka for dobbeltteljing.',
      example: 'tenestebilar',
    },
    tags: {
      header: 'Stikkord',
      note: 'skilde med komma',
      explanation: 'Stikkord for å gruppere tiltak.',
      example: 'transport, eiga drift',
    },
    references: {
      header: 'Kjelder',
      note: 'éi per linje',
      explanation: 'Kjelder og dokumentasjon for tala, éi per linje i cella (Alt+Enter).',
      example: 'Miljødirektoratets berekningsverktøy for personbilar (2018)',
    },
    assumptions: {
      header: 'Føresetnader',
      note: 'korleis rekna',
      explanation: 'Føresetnadene bak effekten og kostnaden.',
      example: '25 bilar × 12 000 km × 0,6 l/10 km',
    },
  },
  explanation: {
    intro: [
      'Slik fyller du ut arket Tiltak',
      'Éi rad per tiltak. Den grå rada under overskriftene forklarer kolonnane kort; ikkje endre overskriftene. Legg til, flytt og slett rader fritt.',
      'Vel sektor, systemgrense, type, status, ansvarleg og faktor frå nedtrekkslistene. Tal skriv du som tal, utan eining.',
      'Skriv effekten anten som tonn CO2e per år (Effekt) eller som endringar i aktivitet (Faktor og Mengd).',
      'Klimarådgjevaren les arket inn att med «klimabudsjett import measures», som melder kvar feil med celle (t.d. Tiltak!D7).',
    ],
    headers: {
      column: 'Kolonne',
      header: 'Overskrift',
      explanation: 'Forklaring',
      example: 'Døme',
      required: 'Påkravd',
    },
    yes: 'ja',
  },
  factorHeaders: {
    id: 'Faktor',
    name: 'Namn',
    unit: 'Eining',
    kgCo2e: 'kg CO2e per eining',
    basis: 'Grunnlag',
    source: 'Kjelde',
  },
  listHeaders: {
    sector: 'Sektor',
    scope: 'Systemgrense',
    kind: 'Type',
    status: 'Status',
    responsible: 'Ansvarleg',
    factor: 'Faktor',
  },
};

const en: TemplateLabels = {
  sheets: { measures: 'Measures', explanation: 'Explanation', factors: 'Factors', lists: 'Lists' },
  title: (municipality) => `Climate budget measures – ${municipality}`,
  columns: {
    id: {
      header: 'ID',
      note: 'short, unique',
      explanation: 'A short code, unique in the budget.',
      example: languageFree.id,
    },
    title: {
      header: 'Measure',
      note: 'its name',
      explanation: 'The measure in a few words.',
      example: 'Electric service cars',
    },
    description: {
      header: 'Description',
      note: 'what is done',
      explanation: 'What will be done, by whom and how.',
      example: 'All service cars become electric by 2028.',
    },
    sector: {
      header: 'Sector',
      note: 'pick from the list',
      explanation: 'The sector of the emission inventory whose emissions are cut (or an own category).',
      example: 'Road traffic',
    },
    source: {
      header: 'Emission source',
      note: 'optional',
      explanation: 'The inventory source within the sector.',
      example: languageFree.source,
    },
    scope: {
      header: 'Scope',
      note: 'empty = territorial',
      explanation: 'Territorial emissions (default), own operations, or indirect emissions.',
      example: 'Territorial',
    },
    kind: {
      header: 'Kind',
      note: 'empty = quantified',
      explanation: 'Quantified (has an effect in tonnes), in the baseline, or not quantified.',
      example: 'Quantified',
    },
    responsible: {
      header: 'Responsible',
      note: 'agency or unit',
      explanation: 'The agency or unit responsible. Write the name the same way every time.',
      example: 'Property services',
    },
    status: {
      header: 'Status',
      note: 'pick from the list',
      explanation: 'Status in the budget: proposed, adopted, in progress, completed, postponed or cancelled.',
      example: 'Adopted',
    },
    start: {
      header: 'Start (year)',
      note: 'first year with effect',
      explanation: 'The first year with effect, and the year costs start.',
      example: languageFree.start,
    },
    full_effect: {
      header: 'Full effect (year)',
      note: 'optional',
      explanation: 'The year the full effect is reached; it grows evenly from the start.',
      example: languageFree.full_effect,
    },
    end: {
      header: 'End (year)',
      note: 'optional',
      explanation: 'The last year with effect.',
      example: languageFree.end,
    },
    phase: {
      header: 'Phase-in',
      note: 'year: share; …',
      explanation: 'Instead of full effect: the share of the full effect per year, held until the next listed year.',
      example: '2026: 0.3; 2027: 0.6; 2028: 1',
    },
    t_co2e: {
      header: 'Effect (t CO2e/yr)',
      note: 'cut per year at full effect',
      explanation:
        'The cut in tonnes CO2-equivalent per year at full effect (negative if emissions grow). Give this or the activity lines.',
      example: languageFree.t_co2e,
    },
    low: {
      header: 'Low (t)',
      note: 'optional',
      explanation: 'A low estimate of the effect.',
      example: languageFree.low,
    },
    high: {
      header: 'High (t)',
      note: 'optional',
      explanation: 'A high estimate of the effect.',
      example: languageFree.high,
    },
    uncertainty_pct: {
      header: 'Uncertainty (%)',
      note: 'with activity',
      explanation: 'Uncertainty in per cent around the effect computed from the activity lines.',
      example: languageFree.uncertainty_pct,
    },
    factor_1: {
      header: 'Factor 1',
      note: 'from the Factors sheet',
      explanation: 'The emission factor of the change in activity (see the Factors sheet).',
      example: languageFree.factor_1,
    },
    amount_1: {
      header: 'Amount 1',
      note: 'per year, minus = less',
      explanation: "The change in activity per year at full effect, in the factor's unit or the unit beside it.",
      example: languageFree.amount_1,
    },
    unit_1: {
      header: 'Unit 1',
      note: "empty = factor's",
      explanation: "The amount's unit if not the factor's (kWh, MWh, GWh, l, kg, t …).",
      example: languageFree.unit_1,
    },
    ...laterActivityLines(
      { factor: 'Factor', amount: 'Amount', unit: 'Unit' },
      { factor: 'from the Factors sheet', amount: 'per year', unit: "empty = factor's" },
      (first) => `As ${first}.`,
    ),
    investment: {
      header: 'Investment (NOK)',
      note: 'once',
      explanation: 'The investment in kroner, once, in the investment year.',
      example: languageFree.investment,
    },
    annual: {
      header: 'Annual cost (NOK)',
      note: 'minus = saving',
      explanation: 'The cost in kroner in every year the measure runs (negative for a saving).',
      example: languageFree.annual,
    },
    lifetime: {
      header: 'Lifetime (years)',
      note: 'empty = 10',
      explanation: 'The lifetime of the investment, for the annualised cost.',
      example: languageFree.lifetime,
    },
    investment_year: {
      header: 'Investment year',
      note: 'empty = start',
      explanation: 'The year of the investment.',
      example: languageFree.investment_year,
    },
    indicator_id: {
      header: 'Indicator ID',
      note: 'for follow-up',
      explanation: 'A short code of the indicator the measure is followed up with.',
      example: languageFree.indicator_id,
    },
    indicator_title: {
      header: 'Indicator',
      note: 'what is measured',
      explanation: 'What the indicator measures.',
      example: 'Share of zero-emission cars',
    },
    indicator_unit: {
      header: 'Indicator unit',
      note: '%, pieces …',
      explanation: "The indicator's unit.",
      example: languageFree.indicator_unit,
    },
    indicator_baseline: {
      header: 'Indicator now',
      note: 'starting value',
      explanation: "The indicator's value at the start.",
      example: languageFree.indicator_baseline,
    },
    indicator_target: {
      header: 'Indicator target',
      note: 'target value',
      explanation: 'The value the indicator shall reach.',
      example: languageFree.indicator_target,
    },
    indicator_target_year: {
      header: 'Indicator target year',
      note: 'year',
      explanation: 'The year the target value shall be reached.',
      example: languageFree.indicator_target_year,
    },
    overlap_group: {
      header: 'Overlap group',
      note: 'optional',
      explanation: 'Measures of one group are checked for double counting.',
      example: 'service-cars',
    },
    tags: {
      header: 'Tags',
      note: 'comma-separated',
      explanation: 'Tags to group measures by.',
      example: 'transport, own operations',
    },
    references: {
      header: 'References',
      note: 'one per line',
      explanation: 'Sources and documentation behind the figures, one per line in the cell (Alt+Enter).',
      example: 'Calculation tool for cars (2018)',
    },
    assumptions: {
      header: 'Assumptions',
      note: 'how computed',
      explanation: 'The assumptions behind the effect and the cost.',
      example: '25 cars × 12,000 km × 0.6 l/10 km',
    },
  },
  explanation: {
    intro: [
      'How to fill in the Measures sheet',
      'One row per measure. The grey row under the headers explains the columns briefly; do not change the headers. Add, move and delete rows freely.',
      'Pick sector, scope, kind, status, responsible and factor from the drop-down lists. Write numbers as numbers, without units.',
      'Give the effect either as tonnes CO2e per year (Effect) or as changes in activity (Factor and Amount).',
      'The climate adviser reads the sheet back with "klimabudsjett import measures", which locates every mistake to its cell (e.g. Measures!D7).',
    ],
    headers: {
      column: 'Column',
      header: 'Header',
      explanation: 'Explanation',
      example: 'Example',
      required: 'Required',
    },
    yes: 'yes',
  },
  factorHeaders: {
    id: 'Factor',
    name: 'Name',
    unit: 'Unit',
    kgCo2e: 'kg CO2e per unit',
    basis: 'Basis',
    source: 'Source',
  },
  listHeaders: {
    sector: 'Sector',
    scope: 'Scope',
    kind: 'Kind',
    status: 'Status',
    responsible: 'Responsible',
    factor: 'Factor',
  },
};

export const templateLabels: Record<Language, TemplateLabels> = { nb, nn, en };
