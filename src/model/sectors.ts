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

/** Lists the sector ids allowed in a scope. */
export function sectorIdsForScope(scope: Scope): readonly string[] {
  return scope === 'territorial' ? inventorySectors.map((s) => s.id) : allSectors.map((s) => s.id);
}

/** True when `id` is a sector of `scope`. */
export function isSectorOfScope(id: string, scope: Scope): boolean {
  return sectorById.has(id) && (scope !== 'territorial' || id !== otherSector.id);
}

/** Finds a sector by id. */
export function findSector(id: string): SectorInfo | undefined {
  return sectorById.get(id);
}

/** Names a sector in a language; an unknown id names itself. */
export function sectorLabel(id: string, language: Language): string {
  return sectorById.get(id)?.[language] ?? id;
}

/** Compares sector ids in the order of SPEC §4.1 (unknown ids last, alphabetically). */
export function compareSectors(a: string, b: string): number {
  const rankA = sectorRank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rankB = sectorRank.get(b) ?? Number.MAX_SAFE_INTEGER;
  return rankA !== rankB ? rankA - rankB : a < b ? -1 : a > b ? 1 : 0;
}
