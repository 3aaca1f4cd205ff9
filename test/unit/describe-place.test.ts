import { describe, expect, it } from 'vitest';
import { placeOf, placeText } from '../../src/diagnostics/describe.js';

describe('placeOf', () => {
  it('names a measure by its id, and the key below it', () => {
    const data = { measures: [{ id: 'VT-03', cost: { annual: 'x' } }] };
    expect(placeText(placeOf(data, ['measures', 0, 'cost', 'annual']))).toBe('`cost.annual` of measure "VT-03"');
  });

  it('names a measure without an id by its number in the list', () => {
    expect(placeText(placeOf({ measures: [{}, {}] }, ['measures', 1, 'sector']))).toBe('`sector` of measure 2');
  });

  it('shows the start of a very long id, not all of it (a 100 000-character id made a message of 100 kB)', () => {
    const id = `${'Ø'.repeat(59)}😀${'x'.repeat(100_000)}`;
    const text = placeText(placeOf({ measures: [{ id }] }, ['measures', 0, 'id']));
    expect(text).toBe(`\`id\` of measure "${'Ø'.repeat(59)}…"`);
    const sixty = 'a'.repeat(60);
    expect(placeText(placeOf({ measures: [{ id: sixty }] }, ['measures', 0]))).toBe(`measure "${sixty}"`);
  });
});
