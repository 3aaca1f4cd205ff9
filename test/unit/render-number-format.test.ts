import { describe, expect, it } from 'vitest';
import { formatMachineNumber, numberFormatFor } from '../../src/render/number-format.js';

/** Intl puts no-break spaces between digit groups and before % in Norwegian. */
const nbsp = '\u00a0';

describe('human number formats', () => {
  const nb = numberFormatFor('nb');
  const nn = numberFormatFor('nn');
  const en = numberFormatFor('en');

  it('groups tonnes and kroner without decimals', () => {
    expect(nb.format(114865.1, 'tonnes')).toBe(`114${nbsp}865`);
    expect(en.format(114865.1, 'tonnes')).toBe('114,865');
    expect(nb.format(2000000, 'nok')).toBe(`2${nbsp}000${nbsp}000`);
    expect(nb.format(1234, 'nokPerTonne')).toBe(`1${nbsp}234`);
    expect(nb.format(12, 'integer')).toBe('12');
  });

  it('writes negative numbers with a minus sign, and never −0', () => {
    expect(nb.format(-500000, 'nok')).toBe(`−500${nbsp}000`);
    expect(en.format(-500000, 'nok')).toBe('-500,000');
    expect(nb.format(-0.2, 'tonnes')).toBe('0');
    expect(nb.format(-0.04, 'ratio')).toBe(`−4,0${nbsp}%`);
  });

  it('gives percentages one decimal: percent units and ratios alike', () => {
    expect(nb.format(-17.86882, 'percent')).toBe(`−17,9${nbsp}%`);
    expect(nb.format(0.0949, 'ratio')).toBe(`9,5${nbsp}%`);
    expect(en.format(0.0949, 'ratio')).toBe('9.5%');
    expect(en.format(-35, 'percent')).toBe('-35.0%');
  });

  it('keeps up to three decimals for plain numbers (factors, indicators)', () => {
    expect(nb.format(1234.5, 'number')).toBe(`1${nbsp}234,5`);
    expect(en.format(1234.5, 'number')).toBe('1,234.5');
    expect(nb.format(0.0165, 'number')).toBe('0,017');
    expect(nb.format(2.66, 'number')).toBe('2,66');
  });

  it('writes years without grouping', () => {
    expect(nb.format(2026, 'year')).toBe('2026');
    expect(en.format(2026, 'year')).toBe('2026');
  });

  it('formats nynorsk as bokmål', () => {
    expect(nn.format(1234.5, 'number')).toBe(nb.format(1234.5, 'number'));
    expect(nn.format(0.179, 'ratio')).toBe(nb.format(0.179, 'ratio'));
  });

  it('gives the empty string for a non-finite number', () => {
    expect(nb.format(Number.NaN, 'tonnes')).toBe('');
    expect(en.format(Number.POSITIVE_INFINITY, 'ratio')).toBe('');
  });
});

describe('machine numbers (CSV)', () => {
  it('writes a plain number with a point and no grouping', () => {
    expect(formatMachineNumber(1234.5)).toBe('1234.5');
    expect(formatMachineNumber(-500000)).toBe('-500000');
    expect(formatMachineNumber(2026)).toBe('2026');
  });

  it('drops binary noise beyond 15 significant digits', () => {
    expect(formatMachineNumber(18168.36599999998)).toBe('18168.366');
    expect(formatMachineNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatMachineNumber(114865.09999999999)).toBe('114865.1');
  });

  it('keeps every meaningful digit', () => {
    expect(formatMachineNumber(0.510537764983197)).toBe('0.510537764983197');
    expect(formatMachineNumber(1e-7)).toBe('1e-7');
  });

  it('writes −0 as 0 and a non-finite number as the empty string', () => {
    expect(formatMachineNumber(-0)).toBe('0');
    expect(formatMachineNumber(Number.NaN)).toBe('');
  });
});
