import type { Language, Scope } from './budget.js';

export interface SectorInfo {
  id: string;
  nb: string;
  nn: string;
  en: string;
}

/** Miljødirektoratet's ten sectors (2026 publication), in the order every output uses (SPEC §4.1). */
export const inventorySectors: readonly SectorInfo[] = [
  { id: 'industry', nb: 'Industri, olje og gass', nn: 'Industri, olje og gass', en: 'Industry, oil and gas' },
  { id: 'energy_supply', nb: 'Energiforsyning', nn: 'Energiforsyning', en: 'Energy supply' },
  { id: 'heating', nb: 'Oppvarming', nn: 'Oppvarming', en: 'Heating' },
  { id: 'road_traffic', nb: 'Veitrafikk', nn: 'Vegtrafikk', en: 'Road traffic' },
  { id: 'shipping', nb: 'Sjøfart', nn: 'Sjøfart', en: 'Shipping' },
  { id: 'aviation', nb: 'Luftfart', nn: 'Luftfart', en: 'Aviation' },
  { id: 'other_mobile', nb: 'Annen mobil forbrenning', nn: 'Anna mobil forbrenning', en: 'Other mobile combustion' },
  { id: 'agriculture', nb: 'Jordbruk', nn: 'Jordbruk', en: 'Agriculture' },
  { id: 'waste_wastewater', nb: 'Avfall og avløp', nn: 'Avfall og avløp', en: 'Waste and wastewater' },
  {
    id: 'fgas_products',
    nb: 'Produkter med fluorgasser',
    nn: 'Produkt med fluorgassar',
    en: 'Products containing F-gases',
  },
];

/** The extra sector of the own_operations and indirect scopes. */
export const otherSector: SectorInfo = { id: 'other', nb: 'Annet', nn: 'Anna', en: 'Other' };

const allSectors: readonly SectorInfo[] = [...inventorySectors, otherSector];

/** Every sector of any scope, in the order of SPEC §4.1. */
export const allSectorInfos: readonly SectorInfo[] = allSectors;
const sectorById = new Map(allSectors.map((sector) => [sector.id, sector]));
const sectorRank = new Map(allSectors.map((sector, index) => [sector.id, index]));

/** The scopes that may declare their own categories (SPEC §2.1). */
export type CategoryScope = Exclude<Scope, 'territorial'>;
export const categoryScopes: readonly CategoryScope[] = ['own_operations', 'indirect'];

/** A category the manifest declares for a scope (`categories:`): an extra sector id with its labels. */
export interface Category extends SectorInfo {
  scope: CategoryScope;
}

/**
 * The sectors of one budget: the built-in ones of SPEC §4.1 plus the categories its manifest
 * declares for the own_operations and indirect scopes, which sort after the built-in ids in the
 * order declared (own_operations' first).
 */
export interface SectorCatalogue {
  /** The declared categories, in declared order. */
  categories: readonly Category[];
  /** True when `id` is a sector (or category) of `scope`. */
  isOfScope(id: string, scope: Scope): boolean;
  /** The sector and category ids allowed in a scope, in sector order. */
  idsForScope(scope: Scope): readonly string[];
  /** Compares ids in sector order (unknown ids last, alphabetically). */
  compare(a: string, b: string): number;
  /** Names a sector or category in a language; an unknown id names itself. */
  label(id: string, language: Language): string;
}

/** Builds the catalogue of a budget from its declared categories (none: the built-in sectors). */
export function sectorCatalogue(categories: readonly Category[] = []): SectorCatalogue {
  const rank = new Map(sectorRank);
  const labels = new Map<string, SectorInfo>(sectorById);
  for (const category of categories) {
    if (!rank.has(category.id)) rank.set(category.id, rank.size);
    if (!labels.has(category.id)) labels.set(category.id, category);
  }
  const declared = (id: string, scope: Scope) =>
    categories.some((category) => category.id === id && category.scope === scope);
  const isOfScope = (id: string, scope: Scope) => isSectorOfScope(id, scope) || declared(id, scope);
  return {
    categories,
    isOfScope,
    idsForScope: (scope) => [
      ...sectorIdsForScope(scope),
      ...categories.filter((category) => category.scope === scope).map((category) => category.id),
    ],
    compare: (a, b) => {
      const rankA = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
      const rankB = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
      return rankA !== rankB ? rankA - rankB : a < b ? -1 : a > b ? 1 : 0;
    },
    label: (id, language) => labels.get(id)?.[language] ?? id,
  };
}

/** Compares sector ids in the order of a budget with these categories. */
export function sectorComparator(categories: readonly Category[]): (a: string, b: string) => number {
  return categories.length === 0 ? compareSectors : sectorCatalogue(categories).compare;
}

/** Lists the built-in sector ids allowed in a scope. */
export function sectorIdsForScope(scope: Scope): readonly string[] {
  return scope === 'territorial' ? inventorySectors.map((s) => s.id) : allSectors.map((s) => s.id);
}

/** True when `id` is a built-in sector of `scope`. */
export function isSectorOfScope(id: string, scope: Scope): boolean {
  return sectorById.has(id) && (scope !== 'territorial' || id !== otherSector.id);
}

/** Names a sector in a language, among the built-in ones and `categories`; an unknown id names itself. */
export function sectorLabel(id: string, language: Language, categories: readonly SectorInfo[] = []): string {
  return (sectorById.get(id) ?? categories.find((category) => category.id === id))?.[language] ?? id;
}

/** Compares built-in sector ids in the order of SPEC §4.1 (unknown ids last, alphabetically). */
export function compareSectors(a: string, b: string): number {
  const rankA = sectorRank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rankB = sectorRank.get(b) ?? Number.MAX_SAFE_INTEGER;
  return rankA !== rankB ? rankA - rankB : a < b ? -1 : a > b ? 1 : 0;
}
