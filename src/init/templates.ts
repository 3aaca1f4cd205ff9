import type { Language } from '../model/budget.js';
import { schemaUrl } from '../schema-url.js';

/**
 * The files `init` writes: a manifest, an empty measures file with a commented example, a CI
 * workflow and the editor's settings (ci-templates.ts, editor-templates.ts). Comments (and the
 * suggested target's title, which the reports show) are in the budget's language: bokmål, nynorsk
 * or English. Pure: the same settings give the same text.
 */

export interface InitSettings {
  municipality: string;
  /** Four digits, when known. */
  number?: string;
  language: Language;
  /** First year of the economic plan (HØP); the plan runs four years. */
  planStart: number;
  /** Base year of the suggested target (the first year of the inventory, 2009 in Mdir's statistics). */
  baseYear: number;
  /** The package version the CI workflow installs and the schema URLs name. */
  version: string;
}

/** A line of YAML with a comment after it, the comments of a file lined up. */
export function commented(code: string, comment: string): string {
  return `${code.padEnd(42)}# ${comment}`;
}

/** YAML text in double quotes (names may hold `:` or `#`). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

export function manifestYaml(settings: InitSettings): string {
  const planEnd = settings.planStart + 3;
  const targetYear = Math.max(2030, planEnd);
  const municipality = settings.number
    ? `{ name: ${quoted(settings.municipality)}, number: "${settings.number}" }`
    : `{ name: ${quoted(settings.municipality)} }`;
  const words = manifestWords(settings, targetYear);
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl('budget', settings.version)}`,
    `# ${words.heading} \`klimabudsjett schema budget\`.`,
    'schema_version: 1',
    `municipality: ${municipality}`,
    commented(`language: ${settings.language}`, words.language),
    commented(`plan_period: { start: ${settings.planStart}, end: ${planEnd} }`, words.planPeriod),
    commented('# horizon: 2040', words.horizon),
    commented('# discount_rate: 0.04', words.discountRate),
    'targets:',
    `  # ${words.replace}`,
    `  - id: t${targetYear}`,
    `    title: ${quoted(words.title)}`,
    `    base_year: ${settings.baseYear}`,
    `    year: ${targetYear}`,
    commented('    reduction_pct: 55', words.level),
    ...words.exclude.map((line) => `    # ${line}`),
    '    exclude_sectors: [industry, shipping]',
  ];
  return `${lines.join('\n')}\n`;
}

export function measuresYaml(settings: InitSettings): string {
  const words = measuresWords(settings.language);
  const start = settings.planStart;
  const example = [
    '#  - id: T-1',
    `#    title: "${words.title}"`,
    '#    sector: road_traffic',
    `#    responsible: "${words.responsible}"`,
    '#    status: proposed',
    `#    start: ${start}`,
    `#    full_effect: ${start + 2}`,
    '#    effect: { t_co2e: 150 }',
    '#    cost: { investment: 1200000, annual: -30000 }',
    '#    indicators:',
    `#      - ${words.indicator}, unit: "%", baseline: 30, target: 100, target_year: ${start + 2} }`,
  ];
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl('measures', settings.version)}`,
    words.heading,
    words.start,
    'schema_version: 1',
    'measures: []',
    ...example,
  ];
  return `${lines.join('\n')}\n`;
}

/** The manifest's comments and suggested title, per language. */
function manifestWords(settings: InitSettings, targetYear: number) {
  const { municipality, baseYear } = settings;
  if (settings.language === 'en')
    return {
      title: `Territorial emissions −55 % by ${targetYear} compared with ${baseYear}, excluding industry and shipping`,
      heading: `The climate budget of ${municipality}. Every field:`,
      language: 'nb | nn | en: the language of the reports',
      planPeriod: 'the years of the economic plan',
      horizon: 'last year computed (default: the later of plan end and target years)',
      discountRate: 'for the annualised cost of investments',
      replace: 'Replace with the targets the council adopted.',
      level: 'or level_t: the allowed emissions in tonnes CO2e',
      exclude: [
        'Common practice: industry (largely in the EU emissions trading system) and shipping are left',
        "out of a municipality's target: the council has little say over them, and one plant or port",
        'would dominate the figures. To count every sector, delete this line; to leave out others,',
        'add their ids (klimabudsjett schema budget lists them).',
      ],
    };
  if (settings.language === 'nn')
    return {
      title: `Direkte utslepp −55 % innan ${targetYear} samanlikna med ${baseYear}, utan industri og sjøfart`,
      heading: `Klimabudsjettet for ${municipality}. Alle felt:`,
      language: 'nb | nn | en: språket i rapportane',
      planPeriod: 'åra i økonomiplanen (HØP)',
      horizon: 'siste år som blir rekna ut (standard: det seinaste av planslutt og målår)',
      discountRate: 'kalkulasjonsrente for årleg kostnad av investeringar',
      replace: 'Byt ut med måla kommunestyret har vedteke.',
      level: 'eller level_t: tillatne utslepp i tonn CO2e',
      exclude: [
        'Vanleg praksis: industri (i stor grad kvotepliktig) og sjøfart blir haldne utanfor målet til',
        'kommunen: kommunen har lite styring over dei, og éin fabrikk eller hamn ville dominert tala.',
        'Slett linja for å ta med alle sektorar; legg til andre sektor-id-ar for å halde dei utanfor',
        '(klimabudsjett schema budget viser dei).',
      ],
    };
  return {
    title: `Direkte utslipp −55 % innen ${targetYear} sammenlignet med ${baseYear}, uten industri og sjøfart`,
    heading: `Klimabudsjettet for ${municipality}. Alle felt:`,
    language: 'nb | nn | en: språket i rapportene',
    planPeriod: 'årene i økonomiplanen (HØP)',
    horizon: 'siste år som regnes ut (standard: det seneste av planslutt og målår)',
    discountRate: 'kalkulasjonsrente for årlig kostnad av investeringer',
    replace: 'Erstatt med målene kommunestyret har vedtatt.',
    level: 'eller level_t: tillatte utslipp i tonn CO2e',
    exclude: [
      'Vanlig praksis: industri (i stor grad kvotepliktig) og sjøfart holdes utenfor kommunens mål:',
      'kommunen har lite styring over dem, og én fabrikk eller havn ville dominere tallene. Slett',
      'linjen for å ta med alle sektorer; legg til andre sektor-id-er for å holde dem utenfor',
      '(klimabudsjett schema budget viser dem).',
    ],
  };
}

/** The measures file's comments and example texts, per language. */
function measuresWords(language: Language) {
  if (language === 'en')
    return {
      heading: '# The measures (tiltak), one list item each. Every field: `klimabudsjett schema measures`.',
      start: '# To start from the example below, replace [] by it and remove the # in front of its lines.',
      title: 'Electric service cars',
      responsible: 'Property and operations',
      indicator: '{ id: ev-share, title: "Share of electric cars"',
    };
  if (language === 'nn')
    return {
      heading: '# Tiltaka, eitt listeelement per tiltak. Alle felt: `klimabudsjett schema measures`.',
      start: '# For å byrje med dømet under: byt ut [] med det, og fjern # framfor linjene.',
      title: 'Elektriske tenestebilar',
      responsible: 'Eigedom og drift',
      indicator: '{ id: elbildel, title: "Del elbilar i bilparken"',
    };
  return {
    heading: '# Tiltakene, ett listeelement per tiltak. Alle felt: `klimabudsjett schema measures`.',
    start: '# For å begynne med eksempelet under: erstatt [] med det, og fjern # foran linjene.',
    title: 'Elektriske tjenestebiler',
    responsible: 'Eiendom og drift',
    indicator: '{ id: elbilandel, title: "Andel elbiler i bilparken"',
  };
}
