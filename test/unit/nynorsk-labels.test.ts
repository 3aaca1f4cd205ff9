/**
 * The nynorsk labels say no bokmål (or English) word: nn.ts takes much from nb.ts by spreading a
 * section, so a bokmål header can slip into a nynorsk table, sheet or page unseen.
 */
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';

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

describe('nynorsk labels', () => {
  it('say no bokmål word in any table, sheet, page, overview or diff', () => {
    const found = texts(nn, 'nn').flatMap(({ path, text }) =>
      text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((word) => Object.hasOwn(bokmal, word))
        .map((word) => `${path}: «${word}» (nynorsk: ${bokmal[word]}) in «${text}»`),
    );
    expect(found).toEqual([]);
  });

  it('finds the bokmål words in the bokmål labels (the probe can fail)', () => {
    const words = new Set(texts(nb, 'nb').flatMap(({ text }) => text.toLowerCase().split(/[^\p{L}]+/u)));
    for (const word of ['ikke', 'fra', 'nå', 'lav', 'utslipp', 'kilder']) expect(words.has(word), word).toBe(true);
  });
});
