import { readFileSync } from 'node:fs';
import type { EmissionFactor, FactorBasis } from '../model/budget.js';
import { packageFile } from '../package-root.js';

/** One entry of `data/factors.json` as written. */
interface FactorEntry {
  id: string;
  name: { nb: string; nn: string; en: string };
  unit: string;
  kg_co2e?: number;
  values?: Record<string, number>;
  basis: FactorBasis;
  gases: 'co2' | 'co2e';
  source: string;
  url: string;
  /** The caveats in each language of the outputs. */
  note?: { nb: string; nn: string; en: string };
}

let cached: ReadonlyMap<string, EmissionFactor> | undefined;

/** Loads the built-in factor library (SPEC §4.2) from `data/factors.json`, once per process. */
export function loadBuiltinFactors(): ReadonlyMap<string, EmissionFactor> {
  cached ??= new Map(readEntries().map((entry) => [entry.id, toEmissionFactor(entry)]));
  return cached;
}

function readEntries(): FactorEntry[] {
  const entries: unknown = JSON.parse(readFileSync(packageFile('data/factors.json'), 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`data/factors.json: expected an array of factors`);
  return entries as FactorEntry[];
}

function toEmissionFactor(entry: FactorEntry): EmissionFactor {
  // Shipped data, checked by test/unit/builtin-factors.test.ts; a broken entry is a bug, not user input.
  if ((entry.kg_co2e === undefined) === (entry.values === undefined)) {
    throw new Error(`built-in factor "${entry.id}" must have exactly one of kg_co2e and values`);
  }
  const values = entry.values
    ? new Map(
        Object.entries(entry.values)
          .map(([year, kg]) => [Number(year), kg] as const)
          .sort(([yearA], [yearB]) => yearA - yearB),
      )
    : null;
  return {
    id: entry.id,
    name: { nb: entry.name.nb, nn: entry.name.nn, en: entry.name.en },
    unit: entry.unit,
    kgCo2e: entry.kg_co2e ?? null,
    values,
    basis: entry.basis,
    gases: entry.gases,
    source: entry.source,
    url: entry.url,
    ...(entry.note ? { note: entry.note.en, notes: entry.note } : {}),
    builtin: true,
  };
}
