/**
 * Activity units and their conversion (SPEC §4.3). Units within one dimension differ by a power
 * of ten, so a conversion is one multiplication or division by an exact power of ten: no chain
 * of factors, no accumulated float error (-1.5 GWh is exactly -1 500 000 kWh).
 */

export type UnitDimension = 'energy' | 'mass' | 'volume' | 'distance' | 'money';

/** Units that convert into one another, grouped by dimension, smallest first. */
export const convertibleUnits: Readonly<Record<UnitDimension, readonly string[]>> = {
  energy: ['Wh', 'kWh', 'MWh', 'GWh', 'TWh'],
  mass: ['g', 'kg', 't'],
  volume: ['l', 'm3'],
  distance: ['km'],
  money: ['NOK', 'kNOK', 'MNOK'],
};

/** Units that are known but convert only to themselves (offered as spelling suggestions too). */
const selfOnlyUnits: readonly string[] = ['Sm3'];

/** Power of ten of each unit relative to the smallest unit of its dimension. */
const decimalExponent: ReadonlyMap<string, number> = new Map([
  ['Wh', 0],
  ['kWh', 3],
  ['MWh', 6],
  ['GWh', 9],
  ['TWh', 12],
  ['g', 0],
  ['kg', 3],
  ['t', 6],
  ['l', 0],
  ['m3', 3],
  ['km', 0],
  ['NOK', 0],
  ['kNOK', 3],
  ['MNOK', 6],
]);

const dimensionOfUnit: ReadonlyMap<string, UnitDimension> = new Map(
  (Object.entries(convertibleUnits) as [UnitDimension, readonly string[]][]).flatMap(([dimension, units]) =>
    units.map((unit) => [unit, dimension] as const),
  ),
);

/** Names the dimension of a unit, or undefined for units that convert only to themselves. */
export function unitDimension(unit: string): UnitDimension | undefined {
  return dimensionOfUnit.get(unit);
}

/** Converts an amount between units; undefined when the units are not of one dimension. */
export function convertUnit(amount: number, from: string, to: string): number | undefined {
  if (from === to) return amount;
  const dimension = dimensionOfUnit.get(from);
  if (dimension === undefined || dimension !== dimensionOfUnit.get(to)) return undefined;
  const shift = (decimalExponent.get(from) ?? 0) - (decimalExponent.get(to) ?? 0);
  // Dividing by 10^n rounds once, correctly; multiplying by 10^-n would round twice.
  return shift >= 0 ? amount * 10 ** shift : amount / 10 ** -shift;
}

const knownUnitByFoldedCase: ReadonlyMap<string, string> = new Map(
  [...dimensionOfUnit.keys(), ...selfOnlyUnits].map((unit) => [unit.toLowerCase(), unit]),
);

/** Suggests the correctly written unit when `unit` differs from a known one only in case (or writes ³ for 3). */
export function suggestUnit(unit: string): string | undefined {
  const suggestion = knownUnitByFoldedCase.get(unit.trim().replaceAll('³', '3').toLowerCase());
  return suggestion === unit ? undefined : suggestion;
}
