import type { BaselineSpec, ScopeInventory } from '../model/budget.js';
import { actualAt } from './actuals.js';

/** Sectors a baseline file names in any listed year (explicit method), else none. */
export function baselineSectors(spec: BaselineSpec | undefined): string[] {
  if (spec?.method !== 'explicit') return [];
  const sectors = new Set<string>();
  for (const listed of spec.years.values()) for (const sector of listed.keys()) sectors.add(sector);
  return [...sectors];
}

/**
 * Computes baseline(y, s) of one sector for the years L+1 … L+length (SPEC §5.3): flat, growth, or
 * explicit (linear between (L, actual(L, s)) and the listed years, flat after the last). Without a
 * baseline file the method is flat; a sector absent in year L starts from 0.
 */
export function computeSectorBaseline(
  inventory: ScopeInventory,
  spec: BaselineSpec | undefined,
  sector: string,
  length: number,
): Float64Array {
  const latestYear = inventory.latestYear;
  const latest = actualAt(inventory, latestYear, sector) ?? 0;
  const values = new Float64Array(Math.max(0, length));
  if (spec === undefined || spec.method === 'flat') {
    values.fill(latest);
  } else if (spec.method === 'growth') {
    const rate = 1 + (spec.growthPct.get(sector) ?? spec.defaultPct) / 100;
    for (let index = 0; index < values.length; index++) values[index] = latest * rate ** (index + 1);
  } else {
    const anchors = explicitAnchors(spec.years, sector, latestYear, latest);
    for (let index = 0; index < values.length; index++) values[index] = interpolate(anchors, latestYear + 1 + index);
  }
  return values;
}

function explicitAnchors(
  listed: ReadonlyMap<number, ReadonlyMap<string, number>>,
  sector: string,
  latestYear: number,
  latest: number,
): [number, number][] {
  const anchors: [number, number][] = [[latestYear, latest]];
  const years = [...listed.keys()].filter((year) => year > latestYear).sort((a, b) => a - b);
  for (const year of years) {
    const value = listed.get(year)?.get(sector);
    if (value !== undefined) anchors.push([year, value]);
  }
  return anchors;
}

/** Linear between anchors (ascending, at least one), flat after the last. */
function interpolate(anchors: readonly [number, number][], year: number): number {
  let previous = anchors[0] as [number, number];
  for (let index = 1; index < anchors.length; index++) {
    const next = anchors[index] as [number, number];
    if (year <= next[0])
      return previous[1] + ((next[1] - previous[1]) * (year - previous[0])) / (next[0] - previous[0]);
    previous = next;
  }
  return previous[1];
}
