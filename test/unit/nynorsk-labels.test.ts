/**
 * The nynorsk labels say no bokmål (or English) word: nn.ts takes much from nb.ts by spreading a
 * section, so a bokmål header can slip into a nynorsk table, sheet or page unseen.
 */
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';
import { templateLabels } from '../../src/i18n/template-labels.js';

/**
 * Words that are bokmål (or English), never nynorsk, each beside the nynorsk word. `nå` is the
 * bokmål adverb (nynorsk `no`); the labels use no verb `nå`.
 */
const bokmal: Record<string, string> = {
  ikke: 'ikkje',
  fra: 'frå',
  hva: 'kva',
  hvor: 'kvar',
  hvert: 'kvart',
  jeg: 'eg',
  nå: 'no',
  lav: 'låg',
  høy: 'høg',
  uten: 'utan',
  mangler: 'manglar',
  utslipp: 'utslepp',
  tall: 'tal',
  tallene: 'tala',
  kilde: 'kjelde',
  kilder: 'kjelder',
  enhet: 'eining',
  navn: 'namn',
  summer: 'summar',
  gasser: 'gassar',
  faktorer: 'faktorar',
  indikatorer: 'indikatorar',
  referanser: 'referansar',
  sektorer: 'sektorar',
  oversikt: 'oversyn',
  ukjent: 'ukjend',
  beregnet: 'berekna',
  hvis: 'viss',
  hvordan: 'korleis',
  hvem: 'kven',
  en: 'ein',
  ett: 'eitt',
  et: 'eit',
  noen: 'nokre',
  mengde: 'mengd',
  utslippskutt: 'utsleppskutt',
  utslippene: 'utsleppa',
  utslippsfaktor: 'utsleppsfaktor',
  utslippskilde: 'utsleppskjelde',
  utslippskilden: 'utsleppskjelda',
  utslippsregnskapet: 'utsleppsrekneskapen',
  faktorens: 'til faktoren',
  enheten: 'eininga',
  tallfestet: 'talfesta',
  ligger: 'ligg',
  øker: 'aukar',
  egen: 'eigen',
  eget: 'eige',
  virksomhet: 'verksemd',
  vedtatt: 'vedteke',
  foreslått: 'føreslått',
  tjenestebiler: 'tenestebilar',
  valgfri: 'valfri',
  velg: 'vel',
  listen: 'lista',
  hver: 'kvar',
  gang: 'gong',
  høyt: 'høgt',
  lavt: 'lågt',
  usikkerhet: 'uvisse',
  beskrivelse: 'skildring',
  kilden: 'kjelda',
  indikatorenhet: 'indikatoreining',
  påkrevd: 'påkravd',
  eksempel: 'døme',
  forutsetninger: 'føresetnader',
  årlig: 'årleg',
  ansvarlig: 'ansvarleg',
  stedet: 'staden',
  andel: 'del',
  biler: 'bilar',
  the: '(English)',
  and: '(English)',
  of: '(English)',
};

/** Every text of a label set with its path: strings, and what its functions say for a few probes. */
function texts(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    try {
      return texts(value(2030, 2031, 2032), `${path}()`);
    } catch {
      // A function that wants other arguments (lists, objects) is probed no further.
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => texts(item, `${path}.${key}`));
  return [];
}

/** The bokmål words of a label set's texts, each with its path and text. */
function bokmalWords(labels: unknown, name: string): string[] {
  return texts(labels, name).flatMap(({ path, text }) =>
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => Object.hasOwn(bokmal, word))
      .map((word) => `${path}: «${word}» (nynorsk: ${bokmal[word]}) in «${text}»`),
  );
}

/**
 * Template texts of four words or more that the nynorsk template may share with the bokmål one:
 * the inventory's own name of a source (bokmål in Miljødirektoratet's inventory, and in the English
 * template too), and phrases spelt the same in both written forms. Any other shared sentence is a
 * bokmål text the nynorsk template took over.
 */
const sharedTemplateTexts = new Set([
  'Personbiler',
  'første år med effekt',
  'Effekt (tonn CO2e/år)',
  'kutt per år ved full effekt',
  'per år, minus = mindre',
  'Stikkord for å gruppere tiltak.',
  'Slik fyller du ut arket Tiltak',
]);

describe('nynorsk labels', () => {
  it('say no bokmål word in any table, sheet, page, overview or diff', () => {
    expect(bokmalWords(nn, 'nn')).toEqual([]);
  });

  it('say no bokmål word in the measures template (headers, notes, explanations, examples, title)', () => {
    expect(bokmalWords(templateLabels.nn, 'template.nn')).toEqual([]);
    expect(templateLabels.nn.title('Voss')).toContain('Voss');
  });

  it('share no sentence with the bokmål template but language-free values', () => {
    const bokmalTexts = new Set(texts(templateLabels.nb, 'nb').map(({ text }) => text));
    const shared = texts(templateLabels.nn, 'template.nn')
      .filter(({ text }) => (text.match(/\p{L}+/gu) ?? []).length >= 4 && bokmalTexts.has(text))
      .filter(({ text }) => !sharedTemplateTexts.has(text));
    expect(shared).toEqual([]);
  });

  it('finds the bokmål words in the bokmål labels (the probe can fail)', () => {
    const words = new Set(texts(nb, 'nb').flatMap(({ text }) => text.toLowerCase().split(/[^\p{L}]+/u)));
    for (const word of ['ikke', 'fra', 'nå', 'lav', 'utslipp', 'kilder']) expect(words.has(word), word).toBe(true);
  });

  it('finds bokmål words in every part of the bokmål template (the probe can fail)', () => {
    const paths = new Set(bokmalWords(templateLabels.nb, 'nb').map((found) => found.split(/[.:[]/)[1]));
    for (const part of ['sheets', 'columns', 'explanation', 'factorHeaders', 'listHeaders']) {
      expect(paths.has(part), part).toBe(true);
    }
  });
});
