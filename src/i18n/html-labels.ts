import type { Language } from '../model/budget.js';

/** Words of the HTML report that the tables do not carry: sections, charts, key figures. */
export interface HtmlLabels {
  sections: {
    keyFigures: string;
    pathways: string;
    sectors: string;
    abatement: string;
    measures: string;
    followUp: string;
    sources: string;
  };
  /** One line under each chart: what it shows. */
  chartNotes: {
    pathway: string;
    sectors: string;
    abatement: string;
  };
  series: { actual: string; baseline: string; path: string; projected: string };
  axes: { tonnes: string; tonnesPerYear: string; cumulativeTonnes: string; nokPerTonne: string };
  /** Key figures of a target, by the last plan year. */
  cards: {
    /** The gap with decided measures only (SPEC §5.4). */
    gapDecided: (year: number) => string;
    /** The gap with the proposals too. */
    gap: (year: number) => string;
    coverage: (year: number) => string;
    achieved: string;
    onTrack: string;
  };
  noAbatement: string;
  noEffects: string;
  /** The folded table under a pathway chart: the figures it is drawn from. */
  figuresBehind: string;
  /** The last line of the report. */
  footer: (version: string) => string;
}

const nb: HtmlLabels = {
  sections: {
    keyFigures: 'Nøkkeltall',
    pathways: 'Utslippsbaner',
    sectors: 'Effekt av tiltakene per sektor',
    abatement: 'Tiltakskostnadskurve',
    measures: 'Tiltak',
    followUp: 'Oppfølging',
    sources: 'Kilder',
  },
  chartNotes: {
    pathway:
      'Utslipp, referansebane (uten nye tiltak), utslippsramme og tiltaksbane; det lyse feltet er usikkerheten i tiltakenes effekt (lav–høy).',
    sectors: 'Effekt av tiltak som telles med, tonn CO2e per år, per sektor.',
    abatement:
      'Hvert tiltak er en søyle: bredden er full effekt (t CO2e/år), høyden er årskostnad per tonn. Billigste tiltak først.',
  },
  series: { actual: 'Utslipp', baseline: 'Referansebane', path: 'Utslippsramme', projected: 'Tiltaksbane' },
  axes: {
    tonnes: 'tonn CO2e',
    tonnesPerYear: 'tonn CO2e per år',
    cumulativeTonnes: 'samlet effekt, tonn CO2e per år',
    nokPerTonne: 'kroner per tonn',
  },
  cards: {
    gapDecided: (year) => `Utslippsgap ${year} med vedtatte tiltak`,
    gap: (year) => `Utslippsgap ${year} med forslag`,
    coverage: (year) => `Dekning ${year}`,
    achieved: 'Oppnådd reduksjon',
    onTrack: 'I rute',
  },
  noAbatement: 'Ingen tiltak som telles med, har både kostnad og effekt.',
  noEffects: 'Ingen tiltak som telles med, har effekt i disse årene.',
  figuresBehind: 'Tallene bak figuren',
  footer: (version) => `Laget med klimabudsjett ${version}. Tallene er regnet ut fra budsjettfilene uten avrunding.`,
};

const nn: HtmlLabels = {
  ...nb,
  sections: { ...nb.sections, sectors: 'Effekt av tiltaka per sektor', followUp: 'Oppfølging' },
  chartNotes: {
    pathway:
      'Utslepp, referansebane (utan nye tiltak), utsleppsramme og tiltaksbane; det lyse feltet er uvissa i effekten av tiltaka (låg–høg).',
    sectors: 'Effekt av tiltak som blir talde med, tonn CO2e per år, per sektor.',
    abatement:
      'Kvart tiltak er ei søyle: breidda er full effekt (t CO2e/år), høgda er årskostnad per tonn. Billigaste tiltak først.',
  },
  series: { actual: 'Utslepp', baseline: 'Referansebane', path: 'Utsleppsramme', projected: 'Tiltaksbane' },
  axes: { ...nb.axes, cumulativeTonnes: 'samla effekt, tonn CO2e per år' },
  cards: {
    ...nb.cards,
    gapDecided: (year) => `Utsleppsgap ${year} med vedtekne tiltak`,
    gap: (year) => `Utsleppsgap ${year} med forslag`,
    achieved: 'Oppnådd reduksjon',
  },
  noAbatement: 'Ingen tiltak som blir talde med, har både kostnad og effekt.',
  noEffects: 'Ingen tiltak som blir talde med, har effekt i desse åra.',
  figuresBehind: 'Tala bak figuren',
  footer: (version) => `Laga med klimabudsjett ${version}. Tala er rekna ut frå budsjettfilene utan avrunding.`,
};

const en: HtmlLabels = {
  sections: {
    keyFigures: 'Key figures',
    pathways: 'Emission pathways',
    sectors: 'Effect of the measures by sector',
    abatement: 'Abatement cost curve',
    measures: 'Measures',
    followUp: 'Follow-up',
    sources: 'Sources',
  },
  chartNotes: {
    pathway:
      'Emissions, baseline (no new measures), emission limit and projection; the light band is the uncertainty of the measures’ effect (low–high).',
    sectors: 'Effect of counted measures, tonnes CO2e per year, by sector.',
    abatement:
      'Each measure is a bar: its width is the full effect (t CO2e/year), its height the annualised cost per tonne. Cheapest first.',
  },
  series: { actual: 'Emissions', baseline: 'Baseline', path: 'Emission limit', projected: 'Projected' },
  axes: {
    tonnes: 'tonnes CO2e',
    tonnesPerYear: 'tonnes CO2e per year',
    cumulativeTonnes: 'cumulative effect, tonnes CO2e per year',
    nokPerTonne: 'NOK per tonne',
  },
  cards: {
    gapDecided: (year) => `Gap ${year} with decided measures`,
    gap: (year) => `Gap ${year} with proposals`,
    coverage: (year) => `Coverage ${year}`,
    achieved: 'Reduction achieved',
    onTrack: 'On track',
  },
  noAbatement: 'No counted measure has both a cost and an effect.',
  noEffects: 'No counted measure has an effect in these years.',
  figuresBehind: 'The figures behind the chart',
  footer: (version) => `Made with klimabudsjett ${version}. The figures are computed from the budget files, unrounded.`,
};

// ---- Issue 15: the gap bridge, the pathway's extra marks, the split measure tables -------------

/** The words issue 15 added to the HTML report, kept together. */
export interface HtmlLabelsMore {
  /** The pathway's projection with decided measures only, its low–high band, its marks. */
  series: { decided: string; range: string; milestone: string; target: string };
  bridge: {
    section: string;
    heading: (target: string) => string;
    note: string;
    baseline: string;
    projected: string;
    limit: string;
    gap: string;
    /** The figures table: its step column, and its caption. */
    step: string;
    caption: string;
  };
  /** The measure table split in two, so every column shows on a laptop screen: who/status/when, then effect/cost. */
  measuresEffects: string;
  measuresCosts: string;
}

const nbMore: HtmlLabelsMore = {
  series: {
    decided: 'Tiltaksbane, vedtatte tiltak',
    range: 'Usikkerhet (lav–høy)',
    milestone: 'Delmål',
    target: 'Mål',
  },
  bridge: {
    section: 'Fra referansebane til utslippsramme',
    heading: (target) => `Gapet for ${target}`,
    note: 'Referansebanen, effekten av tiltakene per sektor, tiltaksbanen, utslippsrammen og gapet som gjenstår (positivt: kutt som mangler), i siste planår og i målåret. Tonn CO2e.',
    baseline: 'Referansebane',
    projected: 'Tiltaksbane',
    limit: 'Utslippsramme',
    gap: 'Gjenstående gap',
    step: 'Ledd',
    caption: 'Tonn CO2e; effekter som kutt (negative).',
  },
  measuresEffects: 'Tiltak: ansvar, status og tid',
  measuresCosts: 'Tiltak: effekt og kostnad',
};

const nnMore: HtmlLabelsMore = {
  series: { decided: 'Tiltaksbane, vedtekne tiltak', range: 'Uvisse (låg–høg)', milestone: 'Delmål', target: 'Mål' },
  bridge: {
    section: 'Frå referansebane til utsleppsramme',
    heading: (target) => `Gapet for ${target}`,
    note: 'Referansebanen, effekten av tiltaka per sektor, tiltaksbanen, utsleppsramma og gapet som står att (positivt: kutt som manglar), i siste planår og i målåret. Tonn CO2e.',
    baseline: 'Referansebane',
    projected: 'Tiltaksbane',
    limit: 'Utsleppsramme',
    gap: 'Gap som står att',
    step: 'Ledd',
    caption: 'Tonn CO2e; effektar som kutt (negative).',
  },
  measuresEffects: 'Tiltak: ansvar, status og tid',
  measuresCosts: 'Tiltak: effekt og kostnad',
};

const enMore: HtmlLabelsMore = {
  series: {
    decided: 'Projected, decided measures',
    range: 'Uncertainty (low–high)',
    milestone: 'Milestone',
    target: 'Target',
  },
  bridge: {
    section: 'From the baseline to the emission limit',
    heading: (target) => `The gap of ${target}`,
    note: 'The baseline, the effect of the measures by sector, the projection, the emission limit and the gap that remains (positive: cuts still missing), in the last plan year and the target year. Tonnes CO2e.',
    baseline: 'Baseline',
    projected: 'Projected',
    limit: 'Emission limit',
    gap: 'Remaining gap',
    step: 'Step',
    caption: 'Tonnes CO2e; effects as cuts (negative).',
  },
  measuresEffects: 'Measures: responsibility, status and timing',
  measuresCosts: 'Measures: effect and cost',
};

const moreByLanguage: Record<Language, HtmlLabelsMore> = { nb: nbMore, nn: nnMore, en: enMore };

/** The words issue 15 added to the HTML report, in a language. */
export function htmlLabelsMore(language: Language): HtmlLabelsMore {
  return moreByLanguage[language];
}

// ---- end of issue 15's words ----------------------------------------------------------------

const labelsByLanguage: Record<Language, HtmlLabels> = { nb, nn, en };

/** The words of the HTML report in a language. */
export function htmlLabels(language: Language): HtmlLabels {
  return labelsByLanguage[language];
}
